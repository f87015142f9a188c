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
        ["shared", "member", "pending", "secretary", "closed", "closed-member", "not-yet", "window-over", "refused", "large", "large-long-names", "large-closed"];

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
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static RollCallView Large(bool @long, bool closed = false)
    {
        var lines = LargeLines(@long, closed);
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
        Assert.Equal("Đang điểm danh", Fact(card, "Trạng thái"));
    }

    [Fact]
    public void Build_NoSecretaryName_OpeningTimeOnly()
    {
        Assert.Contains("Mở điểm danh lúc 07:45", Lines(RollCallCard.Build(SharedRollCall with { SecretaryName = null })));
    }

    [Theory]
    [InlineData(8, 10, "Đồng chí tự điểm danh từ 08:00 đến 08:30. Đang trong giờ tự điểm danh.")]
    [InlineData(7, 50, "Đồng chí tự điểm danh từ 08:00 đến 08:30. Chưa đến giờ tự điểm danh.")]
    [InlineData(8, 31, "Đồng chí tự điểm danh từ 08:00 đến 08:30. Đã hết giờ tự điểm danh; đồng chí có mặt mà chưa điểm danh xin báo bí thư ghi nhận.")]
    public void Build_Window_SaysWhetherCheckInIsOpenNow(int hour, int minute, string line)
    {
        Assert.Contains(line, Lines(RollCallCard.Build(SharedRollCall with { Now = On1December(hour, minute) })));
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
    public void Build_BeforeCheckInWindow_KeepsCheckInButtonForTheCardPostedEarly()
    {
        var card = RollCallCard.Build(PendingRollCall with { Now = On1December(7, 45) });

        Assert.Equal(["Có mặt", "Làm mới"], Buttons(card).Select(a => Str(a, "title")));
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
        Assert.Contains("Đồng chí điểm danh được từ 08:00.", Lines(RollCallCard.Build(State("not-yet"))));
    }

    [Fact]
    public void Build_MarkedBySecretary_SaysSo()
    {
        var card = RollCallCard.Build(SharedRollCall with { Mine = OpenLines[6] });

        Assert.Contains("Điểm danh của đồng chí: Có mặt (lúc 08:12) (bí thư ghi)", Lines(card));
    }

    [Fact]
    public void Build_EightOfTenFullPresent_ResolutionAndAdmissionCanPassWithTheNumbers()
    {
        var lines = Lines(RollCallCard.Build(SharedRollCall));

        Assert.Contains("Biểu quyết nghị quyết: đủ điều kiện — cần ít nhất 6/10 đảng viên chính thức có mặt (hơn một nửa), hiện có 8.", lines);
        Assert.Contains("Biểu quyết kết nạp đảng viên: đủ điều kiện — cần ít nhất 7/10 (hai phần ba), hiện có 8.", lines);
        Assert.Contains(
            "Tính trên 10 đảng viên chính thức được triệu tập, kể cả đồng chí vắng mặt (Điều lệ Đảng, Điều 9); 2 đảng viên dự bị được triệu tập không tính vào số biểu quyết.",
            lines);
    }

    [Fact]
    public void Build_SixOfTenFullPresent_ResolutionPassesAdmissionDoesNot()
    {
        var six = OpenLines.Select(l => l.MemberId is "dv-007" or "dv-008" ? l with { State = AttendanceState.Pending, At = null } : l).ToList();

        var card = RollCallCard.Build(RollCall(six, On1December(8, 10)));

        var lines = Lines(card);
        Assert.Contains("Biểu quyết nghị quyết: đủ điều kiện — cần ít nhất 6/10 đảng viên chính thức có mặt (hơn một nửa), hiện có 6.", lines);
        Assert.Contains("Biểu quyết kết nạp đảng viên: chưa đủ điều kiện — cần ít nhất 7/10 (hai phần ba), hiện có 6.", lines);
        Assert.Equal("attention", Run(card, "chưa đủ điều kiện").GetProperty("color").GetString());
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

        Assert.Equal(["12", "Triệu tập"], Tile(card, "Triệu tập"));
        Assert.Equal(["10", "Có mặt"], Tile(card, "Có mặt"));
        Assert.Equal(["1", "Vắng có lý do"], Tile(card, "Vắng có lý do"));
        Assert.Equal(["0", "Vắng không lý do"], Tile(card, "Vắng không lý do"));
        Assert.Equal(["1", "Chưa điểm danh"], Tile(card, "Chưa điểm danh"));
        Assert.Equal(["3", "Miễn / không triệu tập"], Tile(card, "Miễn / không triệu tập"));
        Assert.Equal("83,3 % (10/12 đồng chí) (tạm tính)", Fact(card, "Tỷ lệ có mặt"));
        Assert.Equal("Khá", Fact(card, "Mức chuyên cần"));
        Assert.DoesNotContain("hạ một bậc", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Closed_UnexcusedAbsenceLowersTheBandAndSaysSo()
    {
        var card = RollCallCard.Build(ClosedRollCallView);

        Assert.Equal("83,3 % (10/12 đồng chí)", Fact(card, "Tỷ lệ có mặt"));
        Assert.Equal("Trung bình", Fact(card, "Mức chuyên cần"));
        Assert.Contains("Có 1 đồng chí vắng không lý do nên mức chuyên cần bị hạ một bậc.", Lines(card));
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
        Assert.DoesNotContain("tự điểm danh từ", Text(card), StringComparison.Ordinal);
        Assert.Contains("Biểu quyết nghị quyết: đủ điều kiện — cần ít nhất 6/10 đảng viên chính thức có mặt (hơn một nửa), đã có 8.", Lines(card));
    }

    [Fact]
    public void Build_SecretaryView_EveryLineWithStateReasonProbationaryAndMarkedBy()
    {
        var card = RollCallCard.Build(SecretaryRollCall);

        var lines = Lines(card).ToList();
        Assert.Contains("Danh sách điểm danh (15 đảng viên)", lines);
        Assert.All(OpenLines, l => Assert.Contains(l.FullName, Text(card), StringComparison.Ordinal));
        Assert.Equal("Có mặt (lúc 08:02)", lines[lines.IndexOf("Phạm Thị Lan") + 1]);
        Assert.Equal("Có mặt (lúc 08:12) (bí thư ghi)", lines[lines.IndexOf("Đặng Quốc Bảo") + 1]);
        Assert.Equal("Vắng có lý do — Đi công tác tại Hà Nội theo Quyết định số 125/QĐ-STC", lines[lines.IndexOf("Trịnh Văn Dũng") + 1]);
        Assert.Equal("Chưa điểm danh", lines[lines.IndexOf("Đỗ Văn Đức") + 1]);
        Assert.Equal("Có mặt (lúc 08:07)", lines[lines.IndexOf("Ngô Thị Hồng (dự bị)") + 1]);
        Assert.Equal("Đình chỉ sinh hoạt", lines[lines.IndexOf("Dương Văn Long") + 1]);
        Assert.Equal("Miễn sinh hoạt", lines[lines.IndexOf("Bùi Thị Mai") + 1]);
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
        var close = Button(RollCallCard.Build(SecretaryRollCall), "Kết thúc điểm danh");

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
            Assert.DoesNotContain(Buttons(card), a => Str(a, "title") == "Kết thúc điểm danh");
        }
    }

    [Fact]
    public void Build_SecretaryClosed_LinesButNoForm()
    {
        var card = RollCallCard.Build(ClosedRollCallView);

        var lines = Lines(card).ToList();
        Assert.Contains("Danh sách điểm danh (15 đảng viên)", lines);
        Assert.Equal("Vắng không lý do", lines[lines.IndexOf("Đỗ Văn Đức") + 1]);
        Assert.DoesNotContain(AttendanceCardTexts.MarkHeading, Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoHundredLongNames_UnderSizeLimitWithCountOfTheRest()
    {
        var view = Large(@long: true);

        var card = RollCallCard.Build(view);

        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
        Assert.Contains("Danh sách điểm danh (200 đảng viên)", Lines(card));
        var names = view.Lines!.Select(l => l.FullName).ToHashSet();
        var shown = Runs(card).Count(r => names.Contains(r.GetProperty("text").GetString()!));
        Assert.InRange(shown, 50, 200);
        if (shown < 200)
        {
            Assert.Contains($"… và {200 - shown} đồng chí khác.", Lines(card));
        }
        Assert.Equal(
            view.Lines!.Count(l => l.State != AttendanceState.Exempt),
            Input(card, AttendanceVerbs.MarkMemberInput).GetProperty("choices").GetArrayLength());
    }

    [Fact]
    public void Build_TwoHundredShortNames_EveryLineShownOneLineOfTextEach()
    {
        var view = Large(@long: false);

        var card = RollCallCard.Build(view);

        Assert.DoesNotContain("đồng chí khác", Text(card), StringComparison.Ordinal);
        var lines = Lines(card);
        Assert.Contains(view.Lines![1].FullName + " — Chưa điểm danh", lines);
        Assert.Contains(view.Lines![0].FullName + " (dự bị) — Vắng có lý do — " + LongReason + " (bí thư ghi)", lines);
    }

    [Fact]
    public void Build_UsualChiBo_TableOfNameAndStateColumns()
    {
        var card = RollCallCard.Build(SecretaryRollCall);

        Assert.Equal(15, card.Body.OfType<ColumnSet>().Count(c => c.Columns.Count == 2 && c.Columns[0].Width == ColumnWidth.Weight(1)));
    }
}
