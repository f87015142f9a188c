using BenchmarkDotNet.Attributes;
using PartyBot.Core.CommitteeAttendance;

namespace PartyBot.Benchmarks.CommitteeAttendance;

/// <summary>Issue 12: one quarter of an organisation of 2,000 chi bộ and 300 committee members assigned in a few seconds.</summary>
[MemoryDiagnoser]
public class RotationBenchmark
{
    private RotationInput input = null!;

    [GlobalSetup]
    public void Setup()
    {
        input = LargeOrganization.Create(cells: 2000, committee: 300);
        var plan = RotationPlanner.Plan(input);
        Console.WriteLine(
            $"// {input.Meetings.Count} meetings, {input.Committee.Count} committee members: {plan.Choices.Count} assigned, " +
            $"{plan.Choices.Select(c => c.UnitId).Distinct().Count()} chi bộ visited, {plan.Breaches.Count} rules not kept " +
            $"({string.Join(", ", plan.Breaches.CountBy(b => b.Rule).Select(c => $"{c.Key}: {c.Value}"))})");
    }

    [Benchmark]
    public RotationPlan PlanQuarter() => RotationPlanner.Plan(input);
}
