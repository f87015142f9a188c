using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Attendance;
using PartyBot.Cards.Tests.Schema;
using PartyBot.Core.Attendance;
using PartyBot.Core.Organization;
using static PartyBot.Cards.Tests.Attendance.AttendanceSamples;
using static PartyBot.Cards.Tests.Attendance.InvitationCardTests;
using static PartyBot.Cards.Tests.Meetings.MeetingCardInspection;
using static PartyBot.Cards.Tests.Organization.CardInspection;

namespace PartyBot.Cards.Tests.Attendance;

public sealed class RollCallCardTests
{
    public static TheoryData<string> States() =>
        ["shared", "member", "pending", "secretary", "closed", "closed-member", "not-yet", "window-over", "refused", "large", "large-long-names", "large-closed",
         "draft", "300-secretary", "300-secretary-last-page", "300-shared", "300-member", "300-closed", "300-closed-shared"];

    private static RollCallView State(string name) => name switch
    {
        "shared" => SharedRollCall,
        "member" => MemberRollCall,
        "pending" => PendingRollCall,
        "secretary" => SecretaryRollCall,
        "closed" => ClosedRollCallView,
        "closed-member" => ClosedRollCallView with { Lines = null, Mine = ClosedLines[9] },
        "not-yet" => PendingRollCall with { Now = On1December(7, 50) },
        "window-over" => SecretaryRollCall with { Now = On1December(8, 45) },
        "refused" => PendingRollCall with { Notice = AttendanceTexts.CheckInOver("08:30 01/12/2026"), NoticeIsError = true },
        "large" => Large(@long: false),
        "large-long-names" => Large(@long: true),
        "large-closed" => Large(@long: true, closed: true),
        "draft" => SecretaryRollCall with { Draft = new MarkDraft("dv-009", "Excused", null), Notice = "Chưa ghi nhận", NoticeIsError = true },
        "300-secretary" => Large(@long: true, count: 300),
        "300-secretary-last-page" => Large(@long: true, count: 300) with { Page = 7 },
        "300-shared" => Large(@long: true, count: 300) with { Lines = null, Mine = null },
        "300-member" => Large(@long: true, count: 300) with { Lines = null },
        "300-closed" => Large(@long: true, closed: true, count: 300),
        "300-closed-shared" => Large(@long: true, closed: true, count: 300) with { Mine = null },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static RollCallView Large(bool @long, bool closed = false, int count = 200)
    {
        var lines = LargeLines(@long, closed, count);
        var view = RollCall(lines, On1December(8, 10), closed ? ClosedRollCall : null);
        return view with { Lines = lines, Mine = lines[3] };
    }

    [Theory]
    [MemberData(nameof(States))]
    public void Build_EveryState_IsValidAgainstOfficialSchemaAndUnderSizeLimit(string state)
    {
        var card = RollCallCard.Build(State(state));

        AdaptiveCardSchema.AssertValid(card);
        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
    }

    [Fact]
    public void Build_Open_TitleUnitOpenerAndMeetingTimeInVietnamTime()
    {
        var card = RollCallCard.Build(SharedRollCall);

        var lines = Lines(card);
        Assert.Equal("Điểm danh — Sinh hoạt định kỳ tháng 12/2026", lines[0]);
        Assert.Equal(Meetings.MeetingSamples.UnitName, lines[1]);
        Assert.Equal(Meetings.MeetingSamples.UnitPath, lines[2]);
        Assert.Equal("Bí thư Nguyễn Thị Thu Hà mở điểm danh lúc 07:45", lines[3]);
        Assert.Equal("08:00–09:30, Thứ Ba 01/12/2026 (90 phút)", Fact(card, "Thời gian"));
        Assert.Equal("Đang điểm danh (đến 08:30)", Fact(card, "Trạng thái"));
    }

    [Fact]
    public void Build_NoSecretaryName_OpeningTimeOnly()
    {
        Assert.Contains("Mở điểm danh lúc 07:45", Lines(RollCallCard.Build(SharedRollCall with { SecretaryName = null })));
    }

    [Theory]
    [InlineData(8, 10, "Đang điểm danh (đến 08:30)")]
    [InlineData(7, 50, "Chưa đến giờ điểm danh (mở lúc 08:00)")]
    [InlineData(8, 31, "Hết giờ tự điểm danh (08:30); đồng chí có mặt mà chưa điểm danh xin báo bí thư ghi nhận")]
    public void Build_Status_OneStatusSayingWhetherCheckInIsOpenNow(int hour, int minute, string status)
    {
        var card = RollCallCard.Build(SharedRollCall with { Now = On1December(hour, minute) });

        Assert.Equal(status, Fact(card, "Trạng thái"));
        Assert.Single(Lines(card), l => l.StartsWith("Đang điểm danh", StringComparison.Ordinal) || l.StartsWith("Chưa đến giờ", StringComparison.Ordinal) || l.StartsWith("Hết giờ", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_CheckInOpen_CheckInButtonPositiveWithIdsAndNoInputs()
    {
        var checkIn = Button(RollCallCard.Build(PendingRollCall), "Có mặt");

        Assert.Equal(AttendanceVerbs.CheckIn, Str(checkIn, "verb"));
        Assert.Equal("positive", Str(checkIn, "style"));
        Assert.Equal("none", Str(checkIn, "associatedInputs"));
        Assert.Equal(new Dictionary<string, string> { ["unitId"] = "CB-KHTC", ["meetingId"] = "R-2026-12" }, Data(checkIn));
    }

    [Fact]
    public void Build_AfterCheckInWindow_NoCheckInButtonButRefresh()
    {
        var card = RollCallCard.Build(PendingRollCall with { Now = On1December(8, 31) });

        Assert.Equal(["Làm mới"], Buttons(card).Select(a => Str(a, "title")));
    }

    [Fact]
    public void Build_BeforeCheckInWindow_NoCheckInButtonAndNotSaidToBeOpen()
    {
        var card = RollCallCard.Build(PendingRollCall with { Now = On1December(7, 45) });

        Assert.Equal(["Làm mới"], Buttons(card).Select(a => Str(a, "title")));
        Assert.Equal("Chưa đến giờ điểm danh (mở lúc 08:00)", Fact(card, "Trạng thái"));
        Assert.DoesNotContain("Đang điểm danh", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AlreadyPresent_NoCheckInButton()
    {
        Assert.DoesNotContain(Buttons(RollCallCard.Build(MemberRollCall)), a => Str(a, "verb") == AttendanceVerbs.CheckIn);
    }

    [Fact]
    public void Build_SharedCardWhileOpen_CheckInAndRefreshButtons()
    {
        var card = RollCallCard.Build(SharedRollCall);

        Assert.Equal(["Có mặt", "Làm mới"], Buttons(card).Select(a => Str(a, "title")));
        Assert.Equal(AttendanceVerbs.ViewRollCall, Str(Button(card, "Làm mới"), "verb"));
        Assert.Empty(Inputs(card));
    }

    [Fact]
    public void Build_Open_RefreshViewRollCallWithIdsAndUsers()
    {
        var json = CardJson.ToJsonElement(RollCallCard.Build(MemberRollCall));

        var refresh = json.GetProperty("refresh");
        Assert.Equal(AttendanceVerbs.ViewRollCall, Str(refresh.GetProperty("action"), "verb"));
        Assert.Equal("R-2026-12", Data(refresh.GetProperty("action"))["meetingId"]);
        Assert.Equal(RefreshUserIds, refresh.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public void Build_MemberView_OwnLineWithCheckInTime()
    {
        var card = RollCallCard.Build(MemberRollCall);

        Assert.Contains("Điểm danh của đồng chí: Có mặt (lúc 08:05)", Lines(card));
        Assert.StartsWith("✓ Đã ghi nhận đồng chí có mặt", Lines(card)[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Danh sách điểm danh", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MemberPending_SaysToPressCheckIn()
    {
        var lines = Lines(RollCallCard.Build(PendingRollCall));

        Assert.Contains("Điểm danh của đồng chí: Chưa điểm danh", lines);
        Assert.Contains(AttendanceCardTexts.MineCheckInHint, lines);
    }

    [Fact]
    public void Build_MemberPendingBeforeWindow_SaysFromWhen()
    {
        Assert.Contains("Đồng chí điểm danh được từ 08:00: khi đó nút “Có mặt” hiện ra (bấm “Làm mới” nếu chưa thấy).", Lines(RollCallCard.Build(State("not-yet"))));
    }

    [Fact]
    public void Build_MarkedBySecretary_SaysSo()
    {
        var card = RollCallCard.Build(SharedRollCall with { Mine = OpenLines[6] });

        Assert.Contains("Điểm danh của đồng chí: Có mặt (lúc 08:12) · bí thư ghi", Lines(card));
    }

    [Fact]
    public void Build_EightOfTenFullPresent_ResolutionAndAdmissionCanPassWithTheNumbers()
    {
        var lines = Lines(RollCallCard.Build(SharedRollCall));

        Assert.Contains("Biểu quyết nghị quyết: đủ điều kiện — cần ít nhất 6/10 đảng viên chính thức có mặt (hơn một nửa), hiện có 8.", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Biểu quyết kết nạp", StringComparison.Ordinal)); // in the summary
    }

    [Fact]
    public void Build_SixOfTenFullPresent_ResolutionPassesAdmissionDoesNot()
    {
        var six = OpenLines.Select(l => l.MemberId is "dv-007" or "dv-008" ? l with { State = AttendanceState.Pending, At = null } : l).ToList();

        var card = RollCallCard.Build(RollCall(six, On1December(8, 10)));

        var lines = Lines(card);
        Assert.Contains("Biểu quyết nghị quyết: đủ điều kiện — cần ít nhất 6/10 đảng viên chính thức có mặt (hơn một nửa), hiện có 6.", lines);
        Assert.Equal("good", Run(card, "đủ điều kiện").GetProperty("color").GetString());
    }

    [Fact]
    public void Build_HalfOfFullMembersPresent_ResolutionCannotPass()
    {
        var half = OpenLines.Select(l => l.MemberId is "dv-006" or "dv-007" or "dv-008" ? l with { State = AttendanceState.Excused, Reason = "Ốm" } : l).ToList();

        var lines = Lines(RollCallCard.Build(RollCall(half, On1December(8, 10))));

        Assert.Contains("Biểu quyết nghị quyết: chưa đủ điều kiện — cần ít nhất 6/10 đảng viên chính thức có mặt (hơn một nửa), hiện có 5.", lines);
    }

    [Fact]
    public void Build_Open_CountsTilesRateWithDecimalCommaAndBand()
    {
        var card = RollCallCard.Build(SharedRollCall);

        Assert.Contains("Tình hình điểm danh (12 đảng viên được triệu tập)", Lines(card));
        Assert.Equal(["10", "Có mặt"], Tile(card, "Có mặt"));
        Assert.Equal(["1", "Vắng có lý do"], Tile(card, "Vắng có lý do"));
        Assert.Equal(["0", "Vắng không lý do"], Tile(card, "Vắng không lý do"));
        Assert.Equal(["1", "Chưa điểm danh"], Tile(card, "Chưa điểm danh"));
        Assert.Contains("Tỷ lệ có mặt: 83,3 % (10/12 đồng chí) · tạm tính", Lines(card));
        Assert.DoesNotContain("Mức chuyên cần", Text(card), StringComparison.Ordinal); // a band rates a held meeting
    }

    [Fact]
    public void Build_OpenNobodyPresentYet_NoBandNoRateNoRedVote()
    {
        var nobody = OpenLines.Select(l => l.State == AttendanceState.Exempt ? l : l with { State = AttendanceState.Pending, At = null, MarkedBy = null, Reason = null }).ToList();

        var card = RollCallCard.Build(RollCall(nobody, On1December(7, 50)));

        Assert.Equal(["0", "Có mặt"], Tile(card, "Có mặt"));
        Assert.Equal(["12", "Chưa điểm danh"], Tile(card, "Chưa điểm danh"));
        Assert.DoesNotContain("Kém", Lines(card));
        Assert.DoesNotContain("Tỷ lệ có mặt", Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain(Runs(card), r => Str(r, "color") == "attention");
    }

    [Fact]
    public void Build_Closed_UnexcusedAbsenceLowersTheBandAndSaysSo()
    {
        var card = RollCallCard.Build(ClosedRollCallView);

        Assert.Contains("Tỷ lệ có mặt: 83,3 % (10/12 đồng chí) · Mức chuyên cần: Trung bình", Lines(card));
        Assert.Equal(["1", "Vắng không lý do"], Tile(card, "Vắng không lý do"));
        Assert.DoesNotContain("Chưa điểm danh", Lines(card));
    }

    [Fact]
    public void Build_Closed_NoButtonsNoFormNoRefresh()
    {
        var card = RollCallCard.Build(ClosedRollCallView);

        Assert.Null(card.Refresh);
        Assert.Null(card.Actions);
        Assert.Empty(Actions(card));
        Assert.Empty(Inputs(card));
        Assert.Equal("Đã kết thúc lúc 09:35, Thứ Ba 01/12/2026", Fact(card, "Trạng thái"));
        Assert.Contains("Kết quả điểm danh", Lines(card));
        Assert.Contains("Đỗ Văn Đức — Vắng không lý do", Lines(card));
    }

    [Fact]
    public void Build_SecretaryView_EveryLineWithStateReasonProbationaryAndMarkedBy()
    {
        var card = RollCallCard.Build(SecretaryRollCall);

        var lines = Lines(card).ToList();
        Assert.Contains("Danh sách điểm danh (15 đảng viên)", lines);
        Assert.All(OpenLines, l => Assert.Contains(l.FullName, Text(card), StringComparison.Ordinal));
        Assert.Contains("Phạm Thị Lan — Có mặt (lúc 08:02)", lines);
        Assert.Contains("Đặng Quốc Bảo — Có mặt (lúc 08:12) · bí thư ghi", lines);
        Assert.Contains("Trịnh Văn Dũng — Vắng có lý do — Đi công tác tại Hà Nội theo Quyết định số 125/QĐ-STC", lines);
        Assert.Contains("Đỗ Văn Đức — Chưa điểm danh", lines);
        Assert.Contains("Ngô Thị Hồng (dự bị) — Có mặt (lúc 08:07)", lines);
        Assert.Contains("Dương Văn Long — Đình chỉ sinh hoạt", lines);
        Assert.Contains("Bùi Thị Mai — Miễn sinh hoạt", lines);
    }

    [Theory]
    [InlineData("Có mặt", "good")]
    [InlineData("Vắng có lý do", "accent")]
    [InlineData("Vắng không lý do", "attention")]
    public void Build_LineStates_InTheirColours(string state, string color)
    {
        var card = RollCallCard.Build(ClosedRollCallView);

        Assert.Contains(Runs(card), r => r.GetProperty("text").GetString() == state && Str(r, "color") == color);
    }

    [Fact]
    public void Build_PendingAndExemptLines_Subtle()
    {
        var card = RollCallCard.Build(SecretaryRollCall);

        var lines = Runs(card).Where(r => r.GetProperty("text").GetString() is "Chưa điểm danh" or "Miễn sinh hoạt" && Str(r, "weight") is null).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, r => Assert.True(r.GetProperty("isSubtle").GetBoolean()));
    }

    [Fact]
    public void Build_SecretaryOpen_MarkFormWithSummonedMembersStatesAndReason()
    {
        var card = RollCallCard.Build(SecretaryRollCall);

        var member = Input(card, AttendanceVerbs.MarkMemberInput);
        Assert.Equal("Input.ChoiceSet", Str(member, "type"));
        Assert.Null(Str(member, "style")); // compact
        var choices = member.GetProperty("choices").EnumerateArray().ToList();
        Assert.Equal(12, choices.Count);
        Assert.Equal(("Trịnh Văn Dũng", "dv-009"), (Str(choices[8], "title"), Str(choices[8], "value")));
        Assert.DoesNotContain(choices, c => Str(c, "value") is "dv-013" or "dv-014" or "dv-015");
        var state = Input(card, AttendanceVerbs.MarkStateInput);
        Assert.Equal(
            [("Có mặt", "Present"), ("Vắng có lý do", "Excused"), ("Vắng không lý do", "Unexcused"), ("Bỏ đánh dấu (trả về tự điểm danh)", "Pending")],
            state.GetProperty("choices").EnumerateArray().Select(c => (Str(c, "title"), Str(c, "value"))));
        Assert.Equal(200, Input(card, AttendanceVerbs.MarkReasonInput).GetProperty("maxLength").GetInt32());
        var save = Button(card, "Ghi nhận");
        Assert.Equal(AttendanceVerbs.Mark, Str(save, "verb"));
        Assert.Null(Str(save, "associatedInputs")); // auto: the form goes along
        Assert.Equal("R-2026-12", Data(save)["meetingId"]);
    }

    [Fact]
    public void Build_SecretaryOpen_CloseAsksToConfirmAndExplains()
    {
        var close = Button(RollCallCard.Build(SecretaryRollCall), "Kết thúc");

        Assert.Equal("Action.ShowCard", Str(close, "type"));
        var nested = close.GetProperty("card");
        Assert.False(nested.TryGetProperty("msteams", out _));
        Assert.Contains("vắng không lý do", nested.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("trừ những đồng chí đã báo vắng có lý do", nested.GetRawText(), StringComparison.Ordinal);
        var confirm = Assert.Single(nested.GetProperty("actions").EnumerateArray());
        Assert.Equal("Xác nhận kết thúc", Str(confirm, "title"));
        Assert.Equal(AttendanceVerbs.Close, Str(confirm, "verb"));
        Assert.Equal("none", Str(confirm, "associatedInputs"));
        Assert.Equal("R-2026-12", Data(confirm)["meetingId"]);
    }

    [Fact]
    public void Build_MemberOrSharedView_NoMarkFormNoClose()
    {
        foreach (var view in new[] { SharedRollCall, MemberRollCall, PendingRollCall })
        {
            var card = RollCallCard.Build(view);

            Assert.Empty(Inputs(card));
            Assert.DoesNotContain(Actions(card), a => Str(a, "verb") is AttendanceVerbs.Mark or AttendanceVerbs.Close);
            Assert.DoesNotContain(Buttons(card), a => Str(a, "title") is "Kết thúc" or "Kết thúc điểm danh");
        }
    }

    [Fact]
    public void Build_SecretaryClosed_LinesButNoForm()
    {
        var card = RollCallCard.Build(ClosedRollCallView);

        var lines = Lines(card).ToList();
        Assert.Contains("Danh sách điểm danh (15 đảng viên)", lines);
        Assert.Contains("Đỗ Văn Đức — Vắng không lý do", lines);
        Assert.DoesNotContain(AttendanceCardTexts.MarkHeading, Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoHundredLongNames_FortyLinesAPageWithNextPage()
    {
        var view = Large(@long: true);

        var card = RollCallCard.Build(view);

        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
        Assert.Contains("Danh sách điểm danh (200 đảng viên) — trang 1/5", Lines(card));
        var names = view.Lines!.Select(l => l.FullName).ToList();
        Assert.All(names.Take(40), n => Assert.Contains(Runs(card), r => r.GetProperty("text").GetString() == n && Str(r, "type") == "TextRun"));
        Assert.DoesNotContain(Lines(card), l => l.StartsWith(names[40] + " — ", StringComparison.Ordinal));
        var next = Button(card, "Trang sau");
        Assert.Equal((AttendanceVerbs.ViewRollCall, "1"), (Str(next, "verb"), Data(next)[AttendanceVerbs.PageKey]));
        Assert.DoesNotContain(Buttons(card), b => Str(b, "title") == "Trang trước");
        Assert.Equal(
            view.Lines!.Take(40).Count(l => l.State != AttendanceState.Exempt),
            Input(card, AttendanceVerbs.MarkMemberInput).GetProperty("choices").GetArrayLength());
    }

    [Fact]
    public void Build_SecondPage_NextFortyWithBothPageButtonsAndThePageInTheForm()
    {
        var view = Large(@long: false) with { Page = 1 };

        var card = RollCallCard.Build(view);

        Assert.Contains("Danh sách điểm danh (200 đảng viên) — trang 2/5", Lines(card));
        Assert.Contains(Lines(card), l => l.StartsWith(view.Lines![40].FullName + " — ", StringComparison.Ordinal));
        Assert.DoesNotContain(Lines(card), l => l.StartsWith(view.Lines![39].FullName + " — ", StringComparison.Ordinal));
        Assert.Equal("0", Data(Button(card, "Trang trước"))[AttendanceVerbs.PageKey]);
        Assert.Equal("2", Data(Button(card, "Trang sau"))[AttendanceVerbs.PageKey]);
        Assert.Equal("1", Data(Button(card, "Ghi nhận"))[AttendanceVerbs.PageKey]);
    }

    [Fact]
    public void Build_PageOutOfRange_LastPage()
    {
        var card = RollCallCard.Build(Large(@long: false) with { Page = 99 });

        Assert.Contains("Danh sách điểm danh (200 đảng viên) — trang 5/5", Lines(card));
        Assert.DoesNotContain(Buttons(card), b => Str(b, "title") == "Trang sau");
    }

    [Fact]
    public void Build_LongReasonInTheList_CutWithEllipsis()
    {
        var card = RollCallCard.Build(Large(@long: false));

        var line = Assert.Single(Lines(card), l => l.StartsWith(Name(0) + " (dự bị) — Vắng có lý do — ", StringComparison.Ordinal));
        Assert.Contains(LongReason[..RollCallCard.ListedReasonLength] + "… · bí thư ghi", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("300-secretary")]
    [InlineData("300-secretary-last-page")]
    [InlineData("300-shared")]
    [InlineData("300-member")]
    [InlineData("300-closed")]
    [InlineData("300-closed-shared")]
    public void Build_ThreeHundredLongNames_UnderTeamsLimitCountedInUtf16(string state)
    {
        var card = RollCallCard.Build(State(state));

        Assert.InRange(2 * CardJson.ToJson(card).Length, 1, CardJson.MaxSizeInBytes);
        Assert.DoesNotContain(Lines(card), l => l.StartsWith("… và ", StringComparison.Ordinal)); // the page is whole
    }

    [Fact]
    public void Build_UsualChiBo_OneLineOfTextPerMember()
    {
        var card = RollCallCard.Build(SecretaryRollCall);

        Assert.DoesNotContain(card.Body.OfType<ColumnSet>(), c => c.Columns.Count == 2 && c.Columns[0].Width == ColumnWidth.Weight(1));
        Assert.Equal(15, card.Body.OfType<RichTextBlock>().Count(b => b.Inlines.Any(r => r.Text == AttendanceCardTexts.ReasonSeparator)));
    }

    [Fact]
    public void Build_SecretaryOpen_MarkFormFoldedBehindAButton()
    {
        var card = RollCallCard.Build(SecretaryRollCall);

        Assert.Empty(card.Body.OfType<ChoiceSetInput>());
        var show = Button(card, AttendanceCardTexts.MarkOne);
        Assert.Equal("Action.ShowCard", Str(show, "type"));
        Assert.Contains(AttendanceVerbs.MarkMemberInput, show.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SecretaryOpen_MarkTheRestAsksToConfirmWithTheCountAndNames()
    {
        var card = RollCallCard.Build(SecretaryRollCall);

        var show = Button(card, "Có mặt cho số còn lại");
        Assert.Equal("Action.ShowCard", Str(show, "type"));
        var nested = show.GetProperty("card");
        Assert.Contains("Đánh dấu có mặt cho 1 đồng chí còn lại chưa điểm danh", nested.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Đỗ Văn Đức", nested.GetRawText(), StringComparison.Ordinal);
        var confirm = Assert.Single(nested.GetProperty("actions").EnumerateArray());
        Assert.Equal(("Xác nhận có mặt (1)", AttendanceVerbs.MarkRest, "none"), (Str(confirm, "title"), Str(confirm, "verb"), Str(confirm, "associatedInputs")));
    }

    [Fact]
    public void Build_NobodyLeftPending_NoMarkTheRest()
    {
        var card = RollCallCard.Build(ClosedRollCallView with { RollCall = OpenRollCall, Now = On1December(8, 40) });

        Assert.DoesNotContain(Buttons(card), b => Str(b, "title") == "Có mặt cho số còn lại");
    }

    [Fact]
    public void Build_RefusedMark_FormShownOpenWithWhatWasChosen()
    {
        var card = RollCallCard.Build(State("draft"));

        Assert.Equal("dv-009", Str(Input(card, AttendanceVerbs.MarkMemberInput), "value"));
        Assert.Equal("Excused", Str(Input(card, AttendanceVerbs.MarkStateInput), "value"));
        Assert.Contains(card.Body, e => e is ChoiceSetInput { Id: AttendanceVerbs.MarkMemberInput });
        Assert.Equal(AttendanceVerbs.Mark, Str(Button(card, "Ghi nhận"), "verb"));
    }

    [Fact]
    public void Build_UpperAttendee_ShownApartFromTheCounts_CheckInOnlyUntilCheckedIn()
    {
        var checkedIn = RollCallCard.Build(UpperAttendeeRollCall);
        var notYet = RollCallCard.Build(UpperAttendeeRollCall with { UpperAttendee = new UpperAttendeeStatus("Trương Văn Nam", null) });
        var summary = CardJson.ToJson(RollCallSummaryCard.Build(SummaryWithUpperAttendee));

        Assert.Contains("đồng chí Trương Văn Nam — có mặt (lúc 08:04)", CardJson.ToJson(checkedIn), StringComparison.Ordinal);
        Assert.DoesNotContain(AttendanceVerbs.CheckIn, CardJson.ToJson(checkedIn), StringComparison.Ordinal);
        Assert.Contains("đồng chí Trương Văn Nam — chưa điểm danh", CardJson.ToJson(notYet), StringComparison.Ordinal);
        Assert.Contains(AttendanceVerbs.CheckIn, CardJson.ToJson(notYet), StringComparison.Ordinal);
        Assert.Contains(AttendanceCardTexts.FactUpperAttendee, summary, StringComparison.Ordinal);
        Assert.Contains("đồng chí Trương Văn Nam — có mặt", summary, StringComparison.Ordinal);
        Assert.Equal(RollCallSummaryCard.Build(Summary with { UpperAttendee = null }).Body.Count + 1, RollCallSummaryCard.Build(SummaryWithUpperAttendee).Body.Count);
    }
}
