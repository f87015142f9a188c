using System.Text.Json;
using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;
using PartyBot.Testing;
using Xunit.Abstractions;

namespace PartyBot.Bot.Tests.TwoInstances;

/// <summary>
/// Issue 16, item 5: two real host processes on loopback against one Azurite and one fake connector cooperate. Each runs
/// every job on start and its own dispatcher; together they send what one host alone sends, each message once; a card
/// click gives the same stored result and card on either; and a host killed while its send is held loses nothing.
/// </summary>
public sealed class TwoInstancesTests(TwoInstancesTests.OneHost one, ITestOutputHelper output) : IClassFixture<TwoInstancesTests.OneHost>
{
    /// <summary>A kind of message from each job, all due at <see cref="InstanceRig.Moment"/>.</summary>
    private static readonly string[] Kinds =
        ["invitation", "reminder", "thematic-secretary", "committee-assignment", "survey-ballot", "report-reminder", "report-escalation"];

    [Fact]
    public async Task TwoHosts_EachRunsEveryJob_TheyQueueAndSendWhatOneHostDoes_EachMessageOnce()
    {
        var alone = await one.RunAsync();
        await using var channel = await FakeChannel.StartAsync();
        await using var rig = await InstanceRig.CreateAsync(channel);

        var hosts = await Task.WhenAll(rig.StartHostAsync(), rig.StartHostAsync());
        await rig.WaitUntilSettledAsync(hosts);

        await AssertAsOneHostAsync(rig, alone);
    }

    [Fact]
    public async Task CardClick_OnEitherHost_TheSameStoredAnswerAndTheSameCard()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var rig = await InstanceRig.CreateAsync(channel);
        var hosts = await Task.WhenAll(rig.StartHostAsync(jobs: false), rig.StartHostAsync(jobs: false));
        var (a, b) = (hosts[0], hosts[1]);
        var meeting = Assert.Single(await rig.Service<MeetingStore>().ListForUnitAsync(
            "CB2", InstanceRig.Moment, InstanceRig.Moment.AddDays(7), CancellationToken.None));
        var ids = new Dictionary<string, string> { ["unitId"] = "CB2", ["meetingId"] = meeting.Id };
        var attending = new Dictionary<string, string>(ids) { [AttendanceVerbs.AnswerKey] = AttendanceVerbs.Attending };
        var excused = new Dictionary<string, string>(ids) { [AttendanceVerbs.AnswerKey] = AttendanceVerbs.Excused, [AttendanceVerbs.ReasonInput] = "Đi công tác Đà Nẵng" };

        var attendingOnA = await rig.ClickAsync(a, 5, AttendanceVerbs.Rsvp, attending);
        var attendingAgainOnB = await rig.ClickAsync(b, 5, AttendanceVerbs.Rsvp, attending); // the channel's retry, taken by the other host
        var attendingEntries = await EntriesAsync(rig, meeting);
        var excusedOnB = await rig.ClickAsync(b, 5, AttendanceVerbs.Rsvp, excused); // the member's change of mind
        var excusedAgainOnA = await rig.ClickAsync(a, 5, AttendanceVerbs.Rsvp, excused);
        var viewOnA = await rig.ClickAsync(a, 5, AttendanceVerbs.ViewInvitation, ids);
        var viewOnB = await rig.ClickAsync(b, 5, AttendanceVerbs.ViewInvitation, ids);

        Assert.Contains(AttendanceTexts.RsvpSaved(attending: true), Text(attendingOnA), StringComparison.Ordinal);
        Assert.Equal(attendingOnA, attendingAgainOnB);
        Assert.Equal(("DV05", RsvpAnswer.Attending), attendingEntries.Select(e => (e.MemberId, e.Rsvp)).Single());
        Assert.Contains(AttendanceTexts.RsvpSaved(attending: false), Text(excusedOnB), StringComparison.Ordinal);
        Assert.Equal(excusedOnB, excusedAgainOnA);
        Assert.Equal(viewOnA, viewOnB);
        Assert.Contains("Đi công tác Đà Nẵng", Text(viewOnB), StringComparison.Ordinal);
        var entry = Assert.Single(await EntriesAsync(rig, meeting));
        Assert.Equal(("DV05", RsvpAnswer.Excused, "Đi công tác Đà Nẵng"), (entry.MemberId, entry.Rsvp, entry.RsvpReason));
    }

    [Fact]
    public async Task HostKilledWhileItsSendsAreHeld_TheOtherHostCompletes_NothingLostNothingSentTwice()
    {
        var alone = await one.RunAsync();
        await using var channel = await FakeChannel.StartAsync();
        await using var rig = await InstanceRig.CreateAsync(channel);
        channel.AnswerLate();
        // At most two sends in flight per host: with three held, each host has one held.
        var twoAtATime = new Dictionary<string, string> { ["Outbox__Dispatcher__MaxConcurrency"] = "2" };
        var hosts = await Task.WhenAll(rig.StartHostAsync(settings: twoAtATime), rig.StartHostAsync(settings: twoAtATime));
        var (killed, survivor) = (hosts[0], hosts[1]);

        await InstanceRig.WaitUntilAsync(() => Task.FromResult(channel.CallsHeld >= 3), () => $"Fewer than three sends held: {channel.CallsHeld}.");
        await killed.KillAsync();
        channel.AnswerOnTime();
        await rig.WaitUntilSettledAsync(survivor); // the killed host's leased rows are taken over when their lease runs out

        var cut = channel.Calls.Where(c => c.AnsweredStatus == 499).ToList();
        output.WriteLine($"{cut.Count} sends cut by the kill (not shown, sent again by the survivor)");
        Assert.NotEmpty(cut);
        await AssertAsOneHostAsync(rig, alone);
    }

    /// <summary>The same rows as one host's, each finished as there; every post shown once, by its row.</summary>
    private async Task AssertAsOneHostAsync(InstanceRig rig, OneHost.Result alone)
    {
        var rows = await rig.OutboxAsync();
        var shown = await rig.ShownKeysAsync();
        output.WriteLine($"{rows.Count} outbox rows, {shown.Count} posts shown; one host: {alone.Rows.Count} rows, {alone.Shown.Count} shown");
        output.WriteLine(string.Join(", ", rows.GroupBy(r => r.Kind).Select(g => $"{g.Key} {g.Count()}")));
        Assert.Equal(alone.Rows.Select(r => (r.Key, r.Status)), rows.Select(r => (r.Key, r.Status)));
        Assert.Equal(alone.Shown, shown);
        Assert.Equal(shown.Distinct(StringComparer.Ordinal), shown);
        Assert.DoesNotContain("(no row)", shown);
    }

    private static Task<IReadOnlyList<AttendanceEntry>> EntriesAsync(InstanceRig rig, Meeting meeting) =>
        rig.Service<AttendanceStore>().ListAsync(meeting.UnitId, meeting.Id, CancellationToken.None);

    /// <summary>Every string value of an invoke's card, one a line.</summary>
    private static string Text(string json) => string.Join('\n', Strings(JsonDocument.Parse(json).RootElement));

    private static List<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => [.. element.EnumerateObject().SelectMany(p => Strings(p.Value))],
        JsonValueKind.Array => [.. element.EnumerateArray().SelectMany(Strings)],
        _ => [],
    };

    /// <summary>The reference: ONE host doing the same work (run once for the class, when a test first asks).</summary>
    public sealed class OneHost : IDisposable
    {
        private readonly SemaphoreSlim gate = new(1, 1);
        private Result? result;

        internal sealed record Result(IReadOnlyList<OutboxRow> Rows, IReadOnlyList<string> Shown);

        internal async Task<Result> RunAsync()
        {
            await gate.WaitAsync();
            try
            {
                if (result is null)
                {
                    await using var channel = await FakeChannel.StartAsync();
                    await using var rig = await InstanceRig.CreateAsync(channel);
                    var host = await rig.StartHostAsync();
                    await rig.WaitUntilSettledAsync(host);
                    var rows = await rig.OutboxAsync();
                    var shown = await rig.ShownKeysAsync();
                    foreach (var kind in Kinds)
                    {
                        Assert.True(rows.Any(r => r.Kind == kind), $"One host queued no {kind}: {string.Join(", ", rows.Select(r => r.Key))}");
                    }
                    Assert.All(rows, r => Assert.Equal("Sent", r.Status));
                    result = new Result(rows, shown);
                }
                return result;
            }
            finally
            {
                gate.Release();
            }
        }

        public void Dispose() => gate.Dispose();
    }
}
