using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Reports;
using static PartyBot.Cards.Tests.Organization.CardInspection;
using static PartyBot.Cards.Tests.Reports.ReportSamples;

namespace PartyBot.Cards.Tests.Reports;

public sealed class ReportCardTests
{
    [Fact]
    public void List_OwedFirstWithIdDueAndState_SubmitFormOnlyUnderTheOwedOne()
    {
        var card = ReportListCard.Build(List);

        var text = Text(card);
        Assert.True(text.IndexOf("quy:2026-Q4", StringComparison.Ordinal) < text.IndexOf("nam:2026", StringComparison.Ordinal));
        Assert.Contains("Quá hạn 3 ngày làm việc", text, StringComparison.Ordinal);
        Assert.Contains("Đã nộp trễ 1 ngày làm việc, chờ văn phòng xem", text, StringComparison.Ordinal);
        Assert.Contains("Đã nhận (nộp đúng hạn)", text, StringComparison.Ordinal);
        var json = CardJson.ToJsonElement(card).GetRawText();
        Assert.Equal(1, json.Split("\"verb\":\"report.submit\"").Length - 1);
        Assert.Contains("\"reportId\":\"quy:2026-Q4\"", json, StringComparison.Ordinal);
        Assert.Contains("\"maxLength\":500", json, StringComparison.Ordinal);
    }

    [Fact]
    public void List_NotTheSecretary_NoForm()
    {
        Assert.DoesNotContain("report.submit", CardJson.ToJsonElement(ReportListCard.Build(List with { CanSubmit = false })).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reminder_OverdueSaysHowLate_WithTheForm()
    {
        var card = ReportNoticeCards.Reminder(Reminder, Today);

        Assert.Contains("đã quá hạn 3 ngày làm việc (hạn 16/12/2026)", Text(card), StringComparison.Ordinal);
        Assert.Equal(ReportVerbs.Submit, Assert.IsType<ExecuteAction>(Assert.Single(Assert.IsType<ShowCardAction>(Assert.Single(card.Actions!)).Card.Actions!)).Verb);
        Assert.Contains("Hôm nay (16/12/2026) là hạn nộp", Text(ReportNoticeCards.Reminder(DueToday, new DateOnly(2026, 12, 16))), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_OpenAcceptAndReturnWithAReason_NoButtonsOnceReviewed()
    {
        var card = ReportNoticeCards.Review(Review);

        Assert.Equal(["Mở văn bản", "Nhận báo cáo", "Trả lại"], card.Actions!.Select(a => a.Title));
        Assert.Contains("trễ 1 ngày làm việc", Text(card), StringComparison.Ordinal);
        var accepted = ReportNoticeCards.Review(Review with { Report = Yearly with { Status = Core.Reports.ReportStatus.Accepted } });
        Assert.Equal(["Mở văn bản"], accepted.Actions!.Select(a => a.Title));
    }

    [Fact]
    public void Dashboard_TilesByStatus_OverdueAndReturnedMostLateFirst_WithWhoWasTold_ChartAndCsv()
    {
        var card = ReportDashboardCard.Build(DashboardWithChart);

        var text = Text(card);
        Assert.Contains("Quá hạn 6 ngày làm việc", text, StringComparison.Ordinal);
        Assert.Contains("đã báo Nguyễn Bích Dung", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Quá hạn 6", StringComparison.Ordinal) < text.IndexOf("Bị trả lại, cần nộp lại", StringComparison.Ordinal));
        Assert.DoesNotContain("Trung tâm Phục vụ", text, StringComparison.Ordinal); // on time: counted, not listed
        Assert.StartsWith("data:image/png;base64,", card.Body.OfType<Image>().Single().Url.OriginalString, StringComparison.Ordinal);
        Assert.Equal("Tải danh sách (CSV)", Assert.Single(card.Actions!).Title);
        Assert.True(CardJson.SizeInBytes(card) < CardJson.MaxSizeInBytes);
    }

    [Fact]
    public void Targets_EachAgainstItsTarget_NoDataSaidSo()
    {
        var card = TargetsCard.Build(TargetsWithChart);

        var text = Text(card);
        Assert.Contains("27/30 (90 %) · chỉ tiêu 100 %", text, StringComparison.Ordinal);
        Assert.Contains("7/9 (77,8 %) · chỉ tiêu 90 %", text, StringComparison.Ordinal);
        Assert.Contains("chưa có số liệu", text, StringComparison.Ordinal);
        Assert.True(CardJson.SizeInBytes(card) < CardJson.MaxSizeInBytes);
    }
}
