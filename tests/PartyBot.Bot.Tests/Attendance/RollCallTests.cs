using System.Text.Json;
using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Attendance.AttendanceHost;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Attendance;

public sealed class RollCallTests : IAsyncLifetime
{
    private AttendanceHost bot = null!;

    /// <summary>The morning of the meeting, 05:00; the roll call is opened at 07:30, half an hour before the start.</summary>
    public async Task InitializeAsync() => bot = await StartAsync(MeetingStart.AddHours(-3));

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private async Task OpenAsync()
    {
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(-30));
        await bot.SendAsync("điểm danh", Secretary1);
        await bot.Host.DeliverQueuedAsync();
        Assert.NotNull((await bot.RollCallAsync())?.CardActivityId);
        bot.Channel.ResetCalls();
    }

    private static Dictionary<string, string> Mark(string memberId, AttendanceState state, string? reason = null)
    {
        var data = Ids();
        data[AttendanceVerbs.MarkMemberInput] = memberId;
        data[AttendanceVerbs.MarkStateInput] = state.ToString();
        if (reason is not null)
        {
            data[AttendanceVerbs.MarkReasonInput] = reason;
        }
        return data;
    }

    [Fact]
    public async Task RollCallCommand_BySecretaryInPersonalChat_PostsTheCardToTheCellAndRepliesWithTheSecretarysView()
    {
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(-30));
        await bot.SendAsync("điểm danh", Secretary1);
        await bot.Host.DeliverQueuedAsync();

        var posts = bot.Channel.Calls.Where(c => c.IsActivityPost()).ToList();
        var toChannel = Assert.Single(posts, c => c.Path.Contains(Uri.EscapeDataString(TestActivities.ChannelId), StringComparison.Ordinal) || c.Path.Contains(TestActivities.ChannelId, StringComparison.Ordinal));
        // Half an hour before the start: not yet "Có mặt", and the card says from when.
        Assert.DoesNotContain(AttendanceVerbs.CheckIn, toChannel.CardJson(), StringComparison.Ordinal);
        Assert.Contains(AttendanceCardTexts.StatusNotYet("08:00"), toChannel.CardText(), StringComparison.Ordinal);
        Assert.Contains(AttendanceVerbs.ViewRollCall, toChannel.CardJson(), StringComparison.Ordinal);
        Assert.DoesNotContain(AttendanceVerbs.Mark, toChannel.CardJson(), StringComparison.Ordinal);
        var mine = Assert.Single(posts, c => c != toChannel && c.CardJson() is not null);
        Assert.Contains(AttendanceVerbs.Mark, mine.CardJson(), StringComparison.Ordinal);
        Assert.Contains("Đặng Văn Khoa", mine.CardText(), StringComparison.Ordinal);
        var rollCall = await bot.RollCallAsync();
        Assert.NotNull(rollCall?.CardActivityId);
    }

    [Fact]
    public async Task RollCallCommand_Again_PostsNoSecondCardAndSaysWhereTheCardIs()
    {
        await OpenAsync();

        await bot.SendAsync("điểm danh", Secretary1);

        var posts = bot.Channel.Calls.Where(c => c.IsActivityPost()).ToList();
        Assert.DoesNotContain(posts, c => c.Path.Contains(TestActivities.ChannelId, StringComparison.Ordinal));
        Assert.Contains(posts, c => c.Text() == AttendanceTexts.RollCallOpenIn("Chi bộ Văn phòng Sở"));
        Assert.Contains(posts, c => c.CardJson()?.Contains(AttendanceVerbs.Close, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task RollCallCommand_ByPlainMember_IsRefusedAndOpensNothing()
    {
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(-30));
        await bot.SendAsync("điểm danh", Member1);

        var reply = Assert.Single(bot.Channel.Calls, c => c.IsActivityPost());
        Assert.Equal(AttendanceTexts.OnlyLeaders, reply.Text());
        Assert.Null(await bot.RollCallAsync());
    }

    [Fact]
    public async Task RollCallCommand_HoursBeforeTheMeeting_SaysThereIsNothingToCall()
    {
        await bot.SendAsync("điểm danh", Secretary1);

        var reply = Assert.Single(bot.Channel.Calls, c => c.IsActivityPost());
        Assert.Equal(AttendanceTexts.NoMeetingToCall("Chi bộ Văn phòng Sở"), reply.Text());
        Assert.Null(await bot.RollCallAsync());
    }

    [Fact]
    public async Task CheckIn_OnlyInsideTheWindow_CountsOnce()
    {
        await OpenAsync();

        var early = await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Member1);
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(5));
        var inTime = await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Member1);
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(6));
        var again = await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Member1);
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(31));
        var late = await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Secretary1);

        Assert.Contains(AttendanceTexts.CheckInNotYet(VietnamDay(MeetingStart)), early.Text, StringComparison.Ordinal);
        Assert.Contains(AttendanceTexts.CheckedIn, inTime.Text, StringComparison.Ordinal);
        Assert.Equal(200, again.StatusCode);
        Assert.Contains(AttendanceTexts.CheckInOver(VietnamDay(MeetingStart.AddMinutes(30))), late.Text, StringComparison.Ordinal);
        var entry = Assert.Single(await bot.EntriesAsync());
        Assert.Equal(("M02", MeetingStart.AddMinutes(5)), (entry.MemberId, entry.CheckedInAt));
    }

    [Fact]
    public async Task Mark_BySecretary_RecordsMembersWithoutTeamsAndEveryCorrectionWithWhoAndWhen()
    {
        await OpenAsync();
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(10));

        var present = await bot.InvokeAsync(AttendanceVerbs.Mark, Mark(FullNoTeams, AttendanceState.Present), Secretary1);
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(12));
        var corrected = await bot.InvokeAsync(AttendanceVerbs.Mark, Mark(FullNoTeams, AttendanceState.Excused, "Đi viện"), Secretary1);
        var noReason = await bot.InvokeAsync(AttendanceVerbs.Mark, Mark("M03", AttendanceState.Excused), Secretary1);
        var byMember = await bot.InvokeAsync(AttendanceVerbs.Mark, Mark("M03", AttendanceState.Present), Member1);
        var exempt = await bot.InvokeAsync(AttendanceVerbs.Mark, Mark("M04", AttendanceState.Present), Secretary1);

        Assert.Contains(AttendanceTexts.Marked("Đặng Văn Khoa", AttendanceCardTexts.StateName(AttendanceState.Present)), present.Text, StringComparison.Ordinal);
        Assert.Contains("Đi viện", corrected.Text, StringComparison.Ordinal);
        Assert.Contains(AttendanceTexts.ReasonRequired, noReason.Text, StringComparison.Ordinal);
        Assert.Equal(403, byMember.StatusCode);
        Assert.Contains(AttendanceTexts.NotSummonedTarget("Phạm Văn Cường"), exempt.Text, StringComparison.Ordinal);
        var entry = Assert.Single(await bot.EntriesAsync());
        Assert.Equal((FullNoTeams, AttendanceState.Excused, "Đi viện"), (entry.MemberId, entry.Mark, entry.MarkReason));
        var changes = await bot.Host.Service<AttendanceStore>().ChangesAsync(Cell, MeetingId, CancellationToken.None);
        Assert.Collection(
            changes,
            c => Assert.Equal(("M01", MeetingStart.AddMinutes(10), "Pending", "Present"), (c.ByMemberId, c.At, c.From, c.To)),
            c => Assert.Equal(("M01", MeetingStart.AddMinutes(12), "Present", "Excused"), (c.ByMemberId, c.At, c.From, c.To)));
    }

    [Fact]
    public async Task Close_FixesEveryMemberAndPostsTheSummaryOnce_WithTheRightNumbers()
    {
        await OpenAsync();
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(5));
        await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Secretary1);
        await bot.InvokeAsync(AttendanceVerbs.Mark, Mark("M03", AttendanceState.Present), Secretary1);
        await bot.InvokeAsync(AttendanceVerbs.Mark, Mark(FullNoTeams, AttendanceState.Excused, "Đi viện"), Secretary1);
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(100));
        bot.Channel.ResetCalls();

        var closed = await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1);
        var again = await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1);
        await bot.Host.DeliverQueuedAsync();

        Assert.Equal(200, closed.StatusCode);
        var record = (await bot.RollCallAsync())!.Record!;
        // Summoned: M01, M02, M10 (full) and M03 (probationary); M04 exempt, M11 transferred, M12 suspended are not.
        Assert.Equal(new AttendanceTally(Summoned: 4, Present: 2, Excused: 1, Unexcused: 1, Pending: 0, Exempt: 3, FullSummoned: 3, FullPresent: 1), record.Tally);
        Assert.False(record.Tally.Validity.ResolutionCanPass); // 1 of 3 full members: a resolution needs 2.
        Assert.Equal(AttendanceState.Unexcused, record.Lines.Single(l => l.MemberId == "M02").State);
        Assert.Contains("Đi viện", closed.Text, StringComparison.Ordinal);
        Assert.Equal(closed.Text, again.Text);
        var summaries = bot.Channel.Calls.Where(c => c.IsActivityPost() && c.CardJson() is not null).ToList();
        Assert.Single(summaries);
        var cardId = (await bot.RollCallAsync())!.CardActivityId;
        Assert.All(bot.Channel.Calls.Where(c => c.Method == "PUT"), c => Assert.EndsWith("/activities/" + cardId, c.Path, StringComparison.Ordinal));
        var history = await bot.Host.Service<AttendanceService>().HistoryAsync("M02", 2026, CancellationToken.None);
        Assert.Equal(AttendanceState.Unexcused, Assert.Single(history).State);
    }

    [Fact]
    public async Task Close_ClickedCardBecomesTheClosedRollCallWithTheListAndTheSummaryIsPostedOnceBeside()
    {
        await OpenAsync();
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(5));
        await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Member1);
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(100));
        bot.Channel.ResetCalls();

        var closed = await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1);
        await bot.Host.DeliverQueuedAsync();

        // The answer replaces the card clicked: it stays the roll call, with each member's line and check-in time.
        Assert.Contains(AttendanceCardTexts.RollCallTitlePrefix, closed.Text, StringComparison.Ordinal);
        Assert.Contains(AttendanceCardTexts.LinesHeading(7), closed.Text, StringComparison.Ordinal);
        Assert.Matches("Lê Thị Hoa TextRun — TextRun Có mặt good TextRun \\(lúc 08:05\\)", Squeezed(closed.Text));
        Assert.DoesNotContain(AttendanceCardTexts.SummaryFootnote, closed.Text, StringComparison.Ordinal);
        var update = Assert.Single(bot.Channel.Calls, c => c.Method == "PUT");
        Assert.Matches("Lê Thị Hoa TextRun — TextRun Có mặt good TextRun \\(lúc 08:05\\)", Squeezed(update.CardText()));
        var summary = Assert.Single(bot.Channel.Calls, c => c.IsActivityPost() && c.CardJson() is not null);
        Assert.Contains(AttendanceCardTexts.SummaryFootnote, summary.CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_WhileTheConnectorHangsThenFails_AnswersAtOnceWithTheClosedCard_CardSummaryAndWarningDeliveredOnceItRecovers()
    {
        await bot.Host.Service<AttendanceHistoryStore>().SaveAsync(
            [new AttendanceHistoryEntry("M02", Cell, "R-2026-11", MeetingKind.Regular, MeetingStart.AddMonths(-1), AttendanceState.Unexcused)], CancellationToken.None);
        await OpenAsync();
        var cardId = (await bot.RollCallAsync())!.CardActivityId;
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(45));
        bot.Channel.EnqueueDelay(TimeSpan.FromSeconds(30)); // longer than Teams waits for an invoke's answer
        bot.Channel.EnqueueFailure(500);
        bot.Channel.EnqueueFailure(502);
        var requestsBefore = bot.Channel.ConnectorRequestsReceived;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var closed = await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Equal(200, closed.StatusCode);
        Assert.Contains(AttendanceTexts.RollCallClosedNow, closed.Text, StringComparison.Ordinal);
        Assert.Equal(requestsBefore, bot.Channel.ConnectorRequestsReceived);
        Assert.True((await bot.RollCallAsync())!.IsClosed);

        for (var round = 0; round < 6; round++)
        {
            await bot.Host.DeliverQueuedAsync();
            bot.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var put = Assert.Single(bot.Channel.Calls, c => c.Method == "PUT" && c.AnsweredStatus == 200);
        Assert.EndsWith("/activities/" + cardId, put.Path, StringComparison.Ordinal);
        Assert.Contains(AttendanceCardTexts.RollCallTitlePrefix, put.CardText(), StringComparison.Ordinal);
        Assert.DoesNotContain(AttendanceVerbs.CheckIn, put.CardJson(), StringComparison.Ordinal);
        Assert.Single(bot.Channel.Calls, c => c.IsActivityPost() && c.CardJson() is not null
            && c.CardText().Contains(AttendanceCardTexts.SummaryFootnote, StringComparison.Ordinal));
        var warning = AttendanceCardTexts.AbsenceWarning("Lê Thị Hoa", "Chi bộ Văn phòng Sở", new AbsenceWarning("M02", AbsenceWarningKind.UnexcusedMonths, 2, 2026));
        Assert.Single(bot.Channel.Calls, c => c.IsActivityPost() && c.Text() == warning);
        Assert.Contains(bot.Channel.Calls, c => c.AnsweredStatus is 499 or 500 or 502);
    }

    [Fact]
    public async Task MarkRest_BySecretary_MarksPresentOnlyWhoHasNoStateLoggedAndAgainMarksNobody()
    {
        await OpenAsync();
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(5));
        await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Member1);
        await bot.InvokeAsync(AttendanceVerbs.Mark, Mark(FullNoTeams, AttendanceState.Excused, "Đi viện"), Secretary1);
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(15));

        var first = await bot.InvokeAsync(AttendanceVerbs.MarkRest, Ids(), Secretary1);
        var again = await bot.InvokeAsync(AttendanceVerbs.MarkRest, Ids(), Secretary1);
        var byMember = await bot.InvokeAsync(AttendanceVerbs.MarkRest, Ids(), Member1);

        // Pending were M01 (the secretary) and M03; M02 checked in, M10 is excused, M04 is exempt.
        Assert.Contains(AttendanceTexts.MarkedRest(2), first.Text, StringComparison.Ordinal);
        Assert.Contains(AttendanceTexts.MarkedRest(0), again.Text, StringComparison.Ordinal);
        Assert.Equal(403, byMember.StatusCode);
        var entries = (await bot.EntriesAsync()).ToDictionary(e => e.MemberId);
        Assert.Equal((AttendanceState.Present, "M01", MeetingStart.AddMinutes(15)), (entries["M01"].Mark, entries["M01"].MarkedBy, entries["M01"].MarkedAt));
        Assert.Equal(AttendanceState.Present, entries["M03"].Mark);
        Assert.Equal((null, MeetingStart.AddMinutes(5)), (entries["M02"].Mark, entries["M02"].CheckedInAt));
        Assert.Equal(AttendanceState.Excused, entries[FullNoTeams].Mark);
        Assert.False(entries.ContainsKey("M04"));
        var changes = await bot.Host.Service<AttendanceStore>().ChangesAsync(Cell, MeetingId, CancellationToken.None);
        Assert.Equal(2, changes.Count(c => c.At == MeetingStart.AddMinutes(15) && c.ByMemberId == "M01" && c.To == "Present"));
    }

    [Fact]
    public async Task Mark_Refused_FormKeepsWhatWasChosenAndTheNoticeNamesTheMember()
    {
        await OpenAsync();
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(10));

        var refused = await bot.InvokeAsync(AttendanceVerbs.Mark, Mark(FullNoTeams, AttendanceState.Excused), Secretary1);

        Assert.Contains(AttendanceTexts.MarkRefused("Đặng Văn Khoa", AttendanceTexts.ReasonRequired), refused.Text, StringComparison.Ordinal);
        var card = JsonDocument.Parse(refused.Json).RootElement;
        var inputs = Objects(card).Where(o => o.TryGetProperty("id", out _)).ToDictionary(o => o.GetProperty("id").GetString()!);
        Assert.Equal(FullNoTeams, inputs[AttendanceVerbs.MarkMemberInput].GetProperty("value").GetString());
        Assert.Equal(nameof(AttendanceState.Excused), inputs[AttendanceVerbs.MarkStateInput].GetProperty("value").GetString());
        Assert.Empty(await bot.EntriesAsync());
    }

    [Fact]
    public async Task Mark_RefusedWithAHugeReasonAndAnUnknownMember_AnswersACardThatFits()
    {
        await OpenAsync();
        var data = Mark("nobody-" + new string('x', 5000), AttendanceState.Excused, new string('R', 100_000));

        var refused = await bot.InvokeAsync(AttendanceVerbs.Mark, data, Secretary1);

        Assert.Equal(200, refused.StatusCode);
        Assert.Contains(AttendanceTexts.UnknownMember, refused.Text, StringComparison.Ordinal);
        Assert.InRange(2 * refused.Json.Length, 1, PartyBot.Cards.AdaptiveCards.CardJson.MaxSizeInBytes);
        Assert.DoesNotContain("nobody-", refused.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ViewRollCall_PageOfTheList_ClampedAndAnythingElseIsTheFirstPage()
    {
        await OpenAsync();
        var data = Ids();
        data[AttendanceVerbs.PageKey] = "-1";

        var view = await bot.InvokeAsync(AttendanceVerbs.ViewRollCall, data, Secretary1);
        data[AttendanceVerbs.PageKey] = "99999999999";
        var huge = await bot.InvokeAsync(AttendanceVerbs.ViewRollCall, data, Secretary1);

        Assert.Equal((200, 200), (view.StatusCode, huge.StatusCode));
        Assert.Contains("Danh sách điểm danh (7 đảng viên)", view.Text, StringComparison.Ordinal);
        Assert.Contains("Danh sách điểm danh (7 đảng viên)", huge.Text, StringComparison.Ordinal);
    }

    /// <summary>The card's strings joined as a reader sees a line of runs (the recorder joins them with spaces).</summary>
    private static string Squeezed(string text) => System.Text.RegularExpressions.Regex.Replace(text, " {2,}", " ");

    private static IEnumerable<JsonElement> Objects(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().SelectMany(p => Objects(p.Value)).Prepend(json),
        JsonValueKind.Array => json.EnumerateArray().SelectMany(Objects),
        _ => [],
    };

    [Fact]
    public async Task AttendanceHistory_OwnForAMemberAnyInTheCellForTheSecretary_DeniedForAnotherMembers()
    {
        await OpenAsync();
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(45));
        await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1);
        bot.Channel.ResetCalls();

        await bot.SendAsync("chuyên cần", Member1);
        await bot.SendAsync("chuyên cần M02", Secretary1);
        await bot.SendAsync("chuyên cần M01", Member1);
        await bot.SendAsync("chuyên cần M99", Secretary1);

        var replies = bot.Channel.Calls.Where(c => c.IsActivityPost()).ToList();
        Assert.Equal(4, replies.Count);
        Assert.All(replies.Take(2), r => Assert.Contains("Lê Thị Hoa", r.CardText(), StringComparison.Ordinal));
        Assert.All(replies.Take(2), r => Assert.Contains(AttendanceCardTexts.StateName(AttendanceState.Unexcused), r.CardText(), StringComparison.Ordinal));
        Assert.Equal(AttendanceTexts.HistoryDenied("M01"), replies[2].Text());
        Assert.Equal(AttendanceTexts.NoSuchMember("M99"), replies[3].Text());
    }

    [Theory]
    [InlineData("chuyên cần Lê Thị Hoa", Secretary1)]
    [InlineData("chuyen can  le thi HOA", Secretary1)]
    [InlineData("chuyên cần lê thị hoa", Follower)]
    [InlineData("chuyên cần Lê Thị Hoa", Administrator)]
    [InlineData("chuyên cần Lê Thị Hoa", Member1)]
    public async Task AttendanceHistory_ByFullNameIgnoringCaseAndDiacritics_ShowsThatMembersYear(string text, string caller)
    {
        await OpenAsync();
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(45));
        await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1);
        bot.Channel.ResetCalls();

        await bot.SendAsync(text, caller);

        var reply = Assert.Single(bot.Channel.Calls, c => c.IsActivityPost());
        Assert.Contains("Lê Thị Hoa", reply.CardText(), StringComparison.Ordinal);
        Assert.Contains(AttendanceCardTexts.StateName(AttendanceState.Unexcused), reply.CardText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Member1, "Nguyễn Văn An")]
    [InlineData(Secretary2, "Lê Thị Hoa")]
    [InlineData(Secretary1, "Không Có Ai")]
    public async Task AttendanceHistory_NameOutsideWhatTheCallerMaySee_NotFoundAndNothingShown(string caller, string name)
    {
        await bot.SendAsync("chuyên cần " + name, caller);

        var reply = Assert.Single(bot.Channel.Calls, c => c.IsActivityPost());
        Assert.Null(reply.CardJson());
        Assert.Equal(AttendanceTexts.NoSuchMember(name), reply.Text());
    }

    [Fact]
    public async Task AttendanceHistory_NameOfTwoMembers_ListsBothWithTheirCodesAndShowsNeither()
    {
        var twin = new Member("M13", "Lê Thị Hoa", Cell, MemberStatus.Full, new HashSet<UnitRole>());
        await bot.Host.Service<OrganizationStore>().SaveMemberAsync(twin, null, CancellationToken.None);

        await bot.SendAsync("chuyên cần le thi hoa", Secretary1);

        var reply = Assert.Single(bot.Channel.Calls, c => c.IsActivityPost());
        Assert.Null(reply.CardJson());
        Assert.Contains("M02", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("M13", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("chuyên cần M02", reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardActions_AfterClose_AreRefusedAndChangeNothing()
    {
        await OpenAsync();
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(5));
        await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1);
        var record = JsonSerializer.Serialize((await bot.RollCallAsync())!.Record);

        var checkIn = await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Member1);
        var mark = await bot.InvokeAsync(AttendanceVerbs.Mark, Mark("M02", AttendanceState.Present), Secretary1);

        Assert.Contains(AttendanceTexts.RollCallClosed, checkIn.Text, StringComparison.Ordinal);
        Assert.Contains(AttendanceTexts.RollCallClosed, mark.Text, StringComparison.Ordinal);
        Assert.Empty(await bot.EntriesAsync());
        Assert.Equal(record, JsonSerializer.Serialize((await bot.RollCallAsync())!.Record));
    }

    [Fact]
    public async Task Close_SecondUnexcusedMonthOfTheYear_WarnsTheSecretaryOnce()
    {
        // Lê Thị Hoa missed November's meeting without reason.
        await bot.Host.Service<AttendanceHistoryStore>().SaveAsync(
            [new AttendanceHistoryEntry("M02", Cell, "R-2026-11", MeetingKind.Regular, MeetingStart.AddMonths(-1), AttendanceState.Unexcused)], CancellationToken.None);
        await OpenAsync();
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(45));

        await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1);
        await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1);
        await bot.Host.DeliverQueuedAsync();

        var expected = AttendanceCardTexts.AbsenceWarning("Lê Thị Hoa", "Chi bộ Văn phòng Sở", new AbsenceWarning("M02", AbsenceWarningKind.UnexcusedMonths, 2, 2026));
        var warning = Assert.Single(bot.Channel.Calls, c => c.IsActivityPost() && c.Text() == expected);
        Assert.Contains(TestActivities.PersonalConversationId(Secretary1), Uri.UnescapeDataString(warning.Path), StringComparison.Ordinal);
    }
}
