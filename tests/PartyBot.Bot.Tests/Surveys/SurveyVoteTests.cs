using Azure.Data.Tables;
using PartyBot.Bot.Tests.Attendance;
using PartyBot.Cards.Surveys;
using PartyBot.Core.Calendar;
using PartyBot.Core.Organization;
using PartyBot.Core.Storage;
using PartyBot.Core.Surveys;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Surveys;

/// <summary>"Gửi phiếu" through the real host: CB1's quarter IV/2026 survey is open for its summoned members (M01, M02, M03).</summary>
public sealed class SurveyVoteTests : IAsyncLifetime
{
    private static readonly SurveyId Q4 = new(AttendanceHost.Cell, new Quarter(2026, 4));

    private AttendanceHost bot = null!;

    public async Task InitializeAsync()
    {
        bot = await AttendanceHost.StartAsync();
        var host = bot.Host;
        var organization = host.Service<OrganizationStore>();
        var receipts = host.Service<BallotReceipts>();
        var today = DateOnly.FromDateTime(VietnamTime.ToVietnam(bot.Time.GetUtcNow()).DateTime);
        var summoned = (await organization.MembersOfSubtreeAsync(await organization.LoadTreeAsync(CancellationToken.None), Q4.UnitId, CancellationToken.None))
            .Where(m => m.IsSummonedOn(today)).Select(m => receipts.Of(Q4, m.Id)).ToList();
        var now = bot.Time.GetUtcNow();
        await host.Service<SurveyStore>().OpenAsync(new Survey(Q4, SurveyStatus.Open, now, now.AddDays(7), summoned), CancellationToken.None);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private static Dictionary<string, string> Vote(int rating, string unitId = AttendanceHost.Cell, string surveyId = "2026-Q4")
    {
        var data = new Dictionary<string, string> { [SurveyVerbs.UnitIdKey] = unitId, [SurveyVerbs.SurveyIdKey] = surveyId };
        foreach (var criterion in SurveyOptions.DefaultCriteria)
        {
            data[SurveyVerbs.RatingInput(criterion.Id)] = rating.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return data;
    }

    private Task<int> BallotsAsync() => bot.Host.Service<SurveyStore>().CountBallotsAsync(Q4, CancellationToken.None);

    private async Task<TableEntity?> UserRowAsync(string aad)
    {
        var found = await bot.Host.Service<TableStore>().Table(TableNames.Conversations).GetEntityIfExistsAsync<TableEntity>("user", aad);
        return found.HasValue ? found.Value : null;
    }

    [Fact]
    public async Task Vote_FromTheBallot_RecordedCardWithoutTheRatings_ThenChanged_OneBallot()
    {
        var first = await bot.InvokeAsync(SurveyVerbs.Vote, Vote(4), Member1, "personal");
        var second = await bot.InvokeAsync(SurveyVerbs.Vote, Vote(5), Member1, "personal");

        Assert.Equal(200, first.StatusCode);
        Assert.Contains(SurveyTexts.Recorded, first.Text, StringComparison.Ordinal);
        Assert.Contains(SurveyTexts.Changed, second.Text, StringComparison.Ordinal);
        Assert.Empty(ChosenValues(System.Text.Json.JsonDocument.Parse(first.Json).RootElement)); // the chat keeps the card: no ratings in it
        Assert.Equal(1, await BallotsAsync());
    }

    /// <summary>The values preselected in the card's choice sets, wherever they are (a show card's form too).</summary>
    private static IEnumerable<string> ChosenValues(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object when element.TryGetProperty("type", out var type) && type.GetString() == "Input.ChoiceSet" =>
            element.TryGetProperty("value", out var value) ? [value.ToString()] : [],
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => ChosenValues(p.Value)),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(ChosenValues),
        _ => [],
    };

    [Fact]
    public async Task Vote_LeavesNoTraceOfTheVoter_UserRowUntouchedNoIdInTheLogs()
    {
        await bot.SendAsync("trợ giúp", Member1);
        var before = await UserRowAsync(Member1);
        var logsBefore = bot.Host.Logs.Entries.Count;

        await bot.InvokeAsync(SurveyVerbs.Vote, Vote(3), Member1, "personal");

        Assert.Equal(before!.ETag, (await UserRowAsync(Member1))!.ETag);
        var voteLogs = string.Join("\n", bot.Host.Logs.Entries.Skip(logsBefore).Select(e => e.Message));
        Assert.Contains("a ballot was recorded", voteLogs, StringComparison.Ordinal);
        foreach (var trace in new[] { "M02", Member1, "Lê Thị Hoa", "hoa.lethi" })
        {
            Assert.DoesNotContain(trace, voteLogs, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Vote_BadVotes_EachAClearVietnameseAnswer_NothingStored()
    {
        var forged = await bot.InvokeAsync(SurveyVerbs.Vote, Vote(5, surveyId: "2026-Q3"), Member1, "personal");
        var otherUnit = await bot.InvokeAsync(SurveyVerbs.Vote, Vote(5, unitId: "CB2"), Member1, "personal");
        var stranger = await bot.InvokeAsync(SurveyVerbs.Vote, Vote(5), "aad-not-a-member", "personal");
        var otherCell = await bot.InvokeAsync(SurveyVerbs.Vote, Vote(5), Secretary2, "personal");
        var valid = await bot.InvokeAsync(SurveyVerbs.Vote, Vote(5), Member1, "personal");
        var duplicate = await bot.InvokeAsync(SurveyVerbs.Vote, Vote(5), Member1, "personal");
        var outOfRange = await bot.InvokeAsync(SurveyVerbs.Vote, new Dictionary<string, string>(Vote(5)) { [SurveyVerbs.RatingInput("results")] = "7" }, Secretary1, "personal");
        var unknown = await bot.InvokeAsync(SurveyVerbs.Vote, new Dictionary<string, string>(Vote(5)) { [SurveyVerbs.RatingInput("bonus")] = "5" }, Secretary1, "personal");
        var missing = Vote(5);
        missing.Remove(SurveyVerbs.RatingInput("time"));
        var incomplete = await bot.InvokeAsync(SurveyVerbs.Vote, missing, Secretary1, "personal");

        Assert.Contains(SurveyTexts.Recorded, valid.Text, StringComparison.Ordinal);
        Assert.Contains(SurveyTexts.Unchanged, duplicate.Text, StringComparison.Ordinal);
        Assert.Equal((404, SurveyTexts.NotFound), (forged.StatusCode, forged.Text));
        Assert.Equal((404, SurveyTexts.NotFound), (otherUnit.StatusCode, otherUnit.Text));
        Assert.Equal((403, SurveyTexts.NotAMember), (stranger.StatusCode, stranger.Text));
        Assert.Equal((403, SurveyTexts.OtherCell), (otherCell.StatusCode, otherCell.Text));
        Assert.Contains(SurveyTexts.OutOfRange("Kết quả thực hiện nghị quyết tháng trước", 1, 5), outOfRange.Text, StringComparison.Ordinal);
        Assert.Contains(SurveyTexts.UnknownCriterion, unknown.Text, StringComparison.Ordinal);
        Assert.Contains("còn thiếu: Thời gian, thời lượng sinh hoạt", incomplete.Text, StringComparison.Ordinal);
        Assert.Equal(1, await BallotsAsync()); // only Member1's valid vote above
    }

    [Fact]
    public async Task Vote_AfterTheClose_Refused_ClosedCard_NothingStored()
    {
        bot.Time.Advance(TimeSpan.FromDays(7));

        var late = await bot.InvokeAsync(SurveyVerbs.Vote, Vote(5), Member1, "personal");

        Assert.Contains(SurveyTexts.Closed, late.Text, StringComparison.Ordinal);
        Assert.Contains("Khảo sát đã kết thúc lúc", late.Text, StringComparison.Ordinal);
        Assert.Equal(0, await BallotsAsync());
    }

    [Fact]
    public async Task TurnoutCommand_Secretary_SeesHowManyVotedOnly_AMemberIsRefused()
    {
        await bot.InvokeAsync(SurveyVerbs.Vote, Vote(4), Member1, "personal");
        var summoned = (await bot.Host.Service<SurveyStore>().GetAsync(Q4, CancellationToken.None))!.Summoned.Count;
        bot.Channel.ResetCalls();

        await bot.SendAsync("khảo sát", Secretary1);
        await bot.SendAsync("khảo sát", Member1);

        var answers = bot.Channel.Calls.Where(c => c.Method == "POST" && c.Body is not null && c.Body.Value.TryGetProperty("text", out _))
            .Select(c => c.Body!.Value.GetProperty("text").GetString()!).ToList();
        Assert.Contains(answers, a => a.Contains($"1/{summoned} đảng viên đã bỏ phiếu", StringComparison.Ordinal) && !a.Contains("Lê Thị Hoa", StringComparison.Ordinal));
        Assert.Contains(answers, a => a.Contains(SurveyTexts.TurnoutDenied, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PhieuKhaoSat_TheBlankBallotAgain_ThenRecordedOnceVoted_AnotherCellsSecretaryRefused()
    {
        await bot.SendAsync("phiếu khảo sát", Member1);
        var blank = LastPostedText();
        await bot.InvokeAsync(SurveyVerbs.Vote, Vote(4), Member1, "personal");
        await bot.SendAsync("phiếu khảo sát", Member1);
        var recorded = LastPostedText();
        await bot.SendAsync("phiếu khảo sát", Secretary2); // CB2 has no survey open

        Assert.Contains(SurveyCardTexts.Submit, blank, StringComparison.Ordinal);
        Assert.Contains(SurveyCardTexts.Recorded, recorded, StringComparison.Ordinal);
        Assert.Empty(ChosenValues(System.Text.Json.JsonDocument.Parse(recorded).RootElement)); // not how he or she voted
        Assert.Contains("hiện không có khảo sát chất lượng sinh hoạt nào đang mở", LastPostedText(), StringComparison.Ordinal);
        Assert.Equal(1, await BallotsAsync());
    }

    private string LastPostedText() =>
        bot.Channel.Calls.Last(c => c.Method == "POST" && c.Body is not null && c.Body.Value.TryGetProperty("type", out var type) && type.GetString() == "message")
            .Body!.Value.GetRawText();

    [Fact]
    public async Task Vote_AsActionSubmitFromAnOlderClient_Recorded_NoProcessedActivityRowTimesIt()
    {
        var submit = PartyBot.Testing.TestActivities.Message("", Member1, "personal", bot.Channel.ServiceUrl);
        var data = new Dictionary<string, string>(Vote(4)) { ["verb"] = SurveyVerbs.Vote };
        submit.Value = System.Text.Json.JsonSerializer.SerializeToElement(data);

        var response = await bot.Host.PostAsync(submit);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(1, await BallotsAsync());
        var processed = new List<TableEntity>();
        await foreach (var row in bot.Host.Service<TableStore>().Table(TableNames.ProcessedActivities).QueryAsync<TableEntity>())
        {
            processed.Add(row);
        }
        Assert.DoesNotContain(processed, r => r.RowKey.Contains(submit.Id!, StringComparison.Ordinal) || r.PartitionKey.Contains(submit.Id!, StringComparison.Ordinal));
    }
}
