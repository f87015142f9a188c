using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyBot.Core.Attendance;
using PartyBot.Core.Organization;
using PartyBot.Core.Surveys;
using PartyBot.Jobs.Messaging.Outbox;
using PartyBot.Jobs.Surveys;
using PartyBot.Jobs.Tests.Meetings;

namespace PartyBot.Jobs.Tests.Surveys;

/// <summary>
/// The scanner on the <see cref="NoticeRig"/> (23/11/2026 08:00 Vietnam time, quarter IV): CB1's summoned members are M1
/// (personal chat), M2 (chat to be created) and M4 (no address); M3 is exempt.
/// </summary>
public sealed class SurveyScannerTests
{
    private static readonly SurveyId Q4 = new(NoticeRig.UnitId, new Quarter(2026, 4));

    /// <summary>Friday 20/11/2026 08:00 Vietnam time: the quarter's last meeting, held.</summary>
    private static readonly DateTimeOffset LastMeeting = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    private static Task<SurveyScan> ScanAsync(IServiceProvider services) =>
        services.CreateScope().ServiceProvider.GetRequiredService<SurveyScanner>().ScanAsync(CancellationToken.None);

    private static async Task CloseRollCallAsync(NoticeRig rig, string meetingId, DateTimeOffset at) =>
        await rig.Services.GetRequiredService<RollCallStore>().OpenAsync(
            new RollCall(NoticeRig.UnitId, meetingId, RollCallStatus.Closed, at.AddHours(-2), "M1", at.AddHours(-2), at.AddHours(-1), at, "M1"), CancellationToken.None);

    private static async Task<NoticeRig> OpenedAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var rig = await NoticeRig.CreateAsync(settings);
        await rig.AddMeetingAsync("R-2026-11", LastMeeting);
        await CloseRollCallAsync(rig, "R-2026-11", LastMeeting.AddHours(2));
        Assert.Equal(1, (await ScanAsync(rig.Services)).Opened);
        return rig;
    }

    private static Task<Survey?> SurveyAsync(NoticeRig rig) => rig.Services.GetRequiredService<SurveyStore>().GetAsync(Q4, CancellationToken.None);

    private static Task<VoteOutcome> VoteAsync(NoticeRig rig, string memberId, int rating) =>
        rig.Services.GetRequiredService<SurveyVoting>().VoteAsync(
            NoticeRig.NewMember(memberId, memberId, MemberStatus.Full, null),
            new VoteRequest(Q4.UnitId, Q4.Quarter.ToString(), SurveyOptions.DefaultCriteria.ToDictionary(c => c.Id, _ => (string?)rating.ToString(System.Globalization.CultureInfo.InvariantCulture)), null),
            CancellationToken.None);

    private static IReadOnlyList<string> CardTexts(IEnumerable<Testing.RecordedCall> calls) =>
        [.. calls.Select(c => c.Body!.Value.GetRawText())];

    [Fact]
    public async Task Scan_LastMeetingsRollCallNotClosedBeforeTheLastWeek_OpensNothing()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.AddMeetingAsync("R-2026-11", LastMeeting);

        var scan = await ScanAsync(rig.Services);

        Assert.Equal(0, scan.Opened);
        Assert.Null(await SurveyAsync(rig));
    }

    [Fact]
    public async Task Scan_LastMeetingsRollCallClosed_OpensForSevenDays_BallotToEverySummonedMemberOnce_TwoRunsTwoHosts()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.AddMeetingAsync("R-2026-11", LastMeeting);
        await CloseRollCallAsync(rig, "R-2026-11", LastMeeting.AddHours(2));

        var scans = await Task.WhenAll(ScanAsync(rig.Services), ScanAsync(rig.AnotherHost()));
        await ScanAsync(rig.Services);

        var survey = await SurveyAsync(rig);
        Assert.Equal(1, scans.Sum(s => s.Opened));
        Assert.Equal((SurveyStatus.Open, "R-2026-11", 3), (survey!.Status, survey.OpenedBecause, survey.Summoned.Count));
        Assert.Equal(NoticeRig.Now.AddDays(7), survey.ClosesAt);
        Assert.True(survey.BallotsQueued);
        Assert.Equal(
            new[] { SurveyKeys.Ballot(Q4, "M1"), SurveyKeys.Ballot(Q4, "M2") },
            await rig.DueKeysAsync());
        await rig.DispatchAsync();
        await rig.DispatchAsync();
        var ballots = rig.Posts("a:personal-1").Concat(rig.Posts("a:fake-29:user-2")).ToList();
        Assert.Equal(2, ballots.Count);
        Assert.Equal(2, rig.AllActivityPosts().Count);
        Assert.All(CardTexts(ballots), json => Assert.Contains("Phiếu khảo sát chất lượng sinh hoạt chi bộ", JsonUnescaped(json), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scan_QuarterLastWeekWithoutMeetingLeft_Opens_EarlierItWaits()
    {
        await using var rig = await NoticeRig.CreateAsync();
        rig.Time.SetUtcNow(new DateTimeOffset(2026, 12, 24, 16, 0, 0, TimeSpan.Zero)); // 24/12 23:00: not yet the last 7 days
        Assert.Equal(0, (await ScanAsync(rig.Services)).Opened);

        rig.Time.Advance(TimeSpan.FromHours(1)); // 25/12 00:00 Vietnam time
        Assert.Equal(1, (await ScanAsync(rig.Services)).Opened);
        Assert.Null((await SurveyAsync(rig))!.OpenedBecause);
    }

    [Fact]
    public async Task Scan_LastWeekButAMeetingStillToCome_WaitsForIt()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.AddMeetingAsync("T-2026-12", new DateTimeOffset(2026, 12, 29, 1, 0, 0, TimeSpan.Zero));
        rig.Time.SetUtcNow(new DateTimeOffset(2026, 12, 26, 1, 0, 0, TimeSpan.Zero));

        Assert.Equal(0, (await ScanAsync(rig.Services)).Opened);

        rig.Time.SetUtcNow(new DateTimeOffset(2026, 12, 29, 3, 0, 0, TimeSpan.Zero)); // the meeting has ended (2 hours)
        Assert.Equal(1, (await ScanAsync(rig.Services)).Opened);
    }

    [Fact]
    public async Task Scan_TwoDaysBeforeTheClose_RemindsOnlyNonVotersOnce_TwoRunsTwoHosts()
    {
        await using var rig = await OpenedAsync();
        await rig.DispatchAsync();
        Assert.Equal(VoteStatus.Recorded, (await VoteAsync(rig, "M1", 5)).Status);

        rig.Time.Advance(TimeSpan.FromDays(5) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await ScanAsync(rig.Services)).RemindersQueued);
        rig.Time.Advance(TimeSpan.FromMinutes(1));
        var scans = await Task.WhenAll(ScanAsync(rig.Services), ScanAsync(rig.AnotherHost()));
        await ScanAsync(rig.Services);
        await rig.DispatchAsync();

        Assert.Equal(1, scans.Sum(s => s.RemindersQueued));
        Assert.True((await SurveyAsync(rig))!.Reminded);
        Assert.Single(rig.Posts("a:personal-1")); // the ballot only: M1 has voted
        var toM2 = rig.Posts("a:fake-29:user-2");
        Assert.Equal(2, toM2.Count);
        Assert.Contains("chưa nhận được phiếu của đồng chí", JsonUnescaped(toM2[1].Body!.Value.GetRawText()), StringComparison.Ordinal);
        Assert.DoesNotContain("M1", JsonUnescaped(toM2[1].Body!.Value.GetRawText()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_AfterSevenDays_ClosesAndPostsTheResultsOnce_VotesAfterAreRefused()
    {
        await using var rig = await OpenedAsync(new Dictionary<string, string?> { ["Surveys:MinBallots"] = "2" });
        await VoteAsync(rig, "M1", 5);
        await VoteAsync(rig, "M2", 4);

        rig.Time.Advance(TimeSpan.FromDays(7));
        var scans = await Task.WhenAll(ScanAsync(rig.Services), ScanAsync(rig.AnotherHost()));
        await ScanAsync(rig.Services);
        await rig.DispatchAsync();

        var survey = await SurveyAsync(rig);
        Assert.Equal(SurveyStatus.Closed, survey!.Status);
        Assert.True(survey.ResultPosted);
        Assert.Equal((2, 3, true, 90.0, SurveyBand.Good), (survey.Result!.Ballots, survey.Result.Summoned, survey.Result.Rated, survey.Result.Score!.Value, survey.Result.Band!.Value));
        var results = Assert.Single(rig.Posts(NoticeRig.ChatId));
        var text = JsonUnescaped(results.Body!.Value.GetRawText());
        Assert.Contains("Kết quả khảo sát chất lượng sinh hoạt chi bộ", text, StringComparison.Ordinal);
        Assert.Contains("90/100", text, StringComparison.Ordinal);
        Assert.Contains("Tốt", text, StringComparison.Ordinal);
        Assert.Contains("2/3 đảng viên", text, StringComparison.Ordinal);
        Assert.Equal(VoteStatus.Closed, (await VoteAsync(rig, "M2", 1)).Status);
    }

    [Fact]
    public async Task Scan_CloseBelowTheMinimumTurnout_ResultsCardSaysNotRated()
    {
        await using var rig = await OpenedAsync();
        await VoteAsync(rig, "M1", 5);

        rig.Time.Advance(TimeSpan.FromDays(7));
        await ScanAsync(rig.Services);
        await rig.DispatchAsync();

        var survey = await SurveyAsync(rig);
        Assert.False(survey!.Result!.Rated);
        var text = JsonUnescaped(Assert.Single(rig.Posts(NoticeRig.ChatId)).Body!.Value.GetRawText());
        Assert.Contains("Chưa đủ số phiếu tối thiểu", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Xếp loại", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_ClockMovedThroughTheWholeSurvey_TwoHostsEveryThreeHours_EachMessageOnce()
    {
        await using var rig = await NoticeRig.CreateAsync(new Dictionary<string, string?> { ["Surveys:MinBallots"] = "1" });
        await rig.AddMeetingAsync("R-2026-11", LastMeeting);
        await CloseRollCallAsync(rig, "R-2026-11", LastMeeting.AddHours(2));
        var other = rig.AnotherHost();
        for (var step = 0; step <= 9 * 8; step++)
        {
            await Task.WhenAll(ScanAsync(rig.Services), ScanAsync(other));
            await rig.DispatchAsync();
            if (step == 8)
            {
                await VoteAsync(rig, "M2", 3);
            }
            rig.Time.Advance(TimeSpan.FromHours(3));
        }

        // M1: ballot and reminder; M2 (voted on day 1): ballot only; the chi bộ: one results card.
        Assert.Equal(2, rig.Posts("a:personal-1").Count);
        Assert.Single(rig.Posts("a:fake-29:user-2"));
        Assert.Single(rig.Posts(NoticeRig.ChatId));
        Assert.Equal(4, rig.AllActivityPosts().Count);
        Assert.Equal(SurveyStatus.Closed, (await SurveyAsync(rig))!.Status);
    }

    /// <summary>Every string in the JSON, unescaped, one a line.</summary>
    private static string JsonUnescaped(string json) => string.Join("\n", Strings(JsonSerializer.Deserialize<JsonElement>(json)));

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
