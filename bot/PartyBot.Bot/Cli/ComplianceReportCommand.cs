using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Cli;

/// <summary>
/// The verb <c>committee-report &lt;quý&gt; &lt;tệp.csv&gt;</c>: the compliance figures of "tình hình dự sinh hoạt" for the whole
/// organisation, as a CSV for Excel (UTF-8 with BOM), for the office. The bot has no way to send a file in Teams, so the file
/// is made where the bot's storage is.
/// </summary>
internal static class ComplianceReportCommand
{
    /// <summary>The verb's one target: the quarter's key and the file, "2026Q4|path" (a key never holds '|').</summary>
    public static (string? Target, string? Problem) TargetOf(CliArguments args) => args.Positional switch
    {
        [] or [_] => (null, CliTexts.ReportArgumentsRequired),
        [var quarter, var file] when QuarterText.TryParse(quarter, out var q) => ($"{q.Key}|{file}", null),
        [var quarter, _] => (null, CliTexts.NotAQuarter(quarter)),
        [_, _, var extra, ..] => (null, CliTexts.ExtraArgument(extra)),
    };

    public static Task<int> RunAsync(
        string target, IReadOnlyList<string> hostArgs, IEnumerable<KeyValuePair<string, string?>>? settings,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parts = target.Split('|', 2);
        if (!Quarter.TryParse(parts[0], out var quarter))
        {
            throw new ArgumentException("The target is made by TargetOf: a quarter's key first.", nameof(target));
        }
        var file = Path.GetFullPath(parts[1]);
        return ImportCommand.RunInHostAsync(hostArgs, settings, output, error, async (services, token) =>
        {
            var tree = await services.GetRequiredService<OrganizationStore>().LoadTreeAsync(token);
            var roots = tree.Units.Where(u => u.ParentId is null || tree.Find(u.ParentId) is null).Select(u => u.Id).ToList();
            var report = await services.GetRequiredService<ComplianceService>().ReportAsync(quarter, roots, token);
            await using (var stream = File.Create(file))
            {
                await ComplianceCsv.WriteAsync(report, stream, token);
            }
            await output.WriteLineAsync(CliTexts.ReportWritten(file, quarter, report.Uncovered.Count, report.Cells, report.Members.Count));
            return CliVerbs.Success;
        }, cancellationToken);
    }
}
