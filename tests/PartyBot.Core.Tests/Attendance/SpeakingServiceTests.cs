using Microsoft.Extensions.Options;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;

namespace PartyBot.Core.Tests.Attendance;

/// <summary>Who spoke: stored with the meeting, logged, only for members present, correctable until the record closes; the silent runs.</summary>
public sealed class SpeakingServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = AttendanceHarness.December1;

    private static SpeakingService Speaking(AttendanceHarness h) =>
        new(h.Attendance, h.RollCalls, h.History, Options.Create(new SpeakingOptions()), h.Time);

    private static async Task<(AttendanceHarness, IReadOnlyList<PartyBot.Core.Organization.Member>)> OpenAsync()
    {
        var h = await AttendanceHarness.CreateAsync();
        h.Time.SetUtcNow(Start.AddMinutes(5));
        var members = ChiBo.Members(h.UnitId);
        Assert.Null((await h.Service().OpenRollCallAsync(h.Meeting(), members[0], None)).Error);
        Assert.Null((await h.Service().MarkAsync(h.Meeting(), members[1], AttendanceState.Excused, "Ốm", members[0], None)).Error);
        return (h, members);
    }

    [Fact]
    public async Task SetSpeakers_TickAndUntick_StoresTheSetAndLogsEachChange()
    {
        var (h, members) = await OpenAsync();
        var service = Speaking(h);

        Assert.Equal(2, (await service.SetSpeakersAsync(h.Meeting(), members, ["DV03", "DV04", "DV05"], ["DV03", "DV04"], members[0], None)).Value);
        Assert.Equal(1, (await service.SetSpeakersAsync(h.Meeting(), members, ["DV03", "DV04"], ["DV04"], members[0], None)).Value);

        Assert.Equal(["DV04"], (await service.RecordAsync(h.Meeting(), None)).Spoke);
        var log = (await h.Attendance.ChangesAsync(h.UnitId, h.Meeting().Id, None)).Where(c => c.What == "spoke").ToList();
        Assert.Equal(3, log.Count);
        Assert.Contains(log, c => c is { MemberId: "DV03", To: "False" });
    }

    [Fact]
    public async Task SetSpeakers_AnAbsentOrUnknownMember_RefusedAndNothingStored()
    {
        var (h, members) = await OpenAsync();
        var service = Speaking(h);

        var absent = await service.SetSpeakersAsync(h.Meeting(), members, ["DV02", "DV03"], ["DV02", "DV03"], members[0], None);
        var stranger = await service.SetSpeakersAsync(h.Meeting(), members, ["DV03", "X99"], ["DV03"], members[0], None);
        var exempt = await service.SetSpeakersAsync(h.Meeting(), members, ["DV10"], ["DV10"], members[0], None);

        Assert.Equal(SpeakingTexts.NotPresent("Trần Thị Lan"), absent.Error);
        Assert.Equal(SpeakingTexts.UnknownSpeaker, stranger.Error);
        Assert.Equal(SpeakingTexts.UnknownSpeaker, exempt.Error);
        Assert.Empty((await service.RecordAsync(h.Meeting(), None)).Spoke);
    }

    [Fact]
    public async Task CloseThenTick_HistoryCarriesSpokeOnlyForThoseTicked()
    {
        var (h, members) = await OpenAsync();
        var service = Speaking(h);
        await service.SetSpeakersAsync(h.Meeting(), members, ["DV03"], ["DV03"], members[0], None);
        await h.Service().MarkRestPresentAsync(h.Meeting(), members, members[0], None);
        await h.Service().CloseRollCallAsync(h.Meeting(), members, members[0], None);

        await service.SetSpeakersAsync(h.Meeting(), members, ["DV04"], ["DV04"], members[0], None);

        Assert.True((await h.Service().HistoryAsync("DV03", 2026, None)).Single().Spoke);
        Assert.True((await h.Service().HistoryAsync("DV04", 2026, None)).Single().Spoke);
        Assert.False((await h.Service().HistoryAsync("DV05", 2026, None)).Single().Spoke);
    }

    [Fact]
    public async Task SetSpeakers_AfterCorrectableHours_RefusedAsClosed()
    {
        var (h, members) = await OpenAsync();
        h.Time.SetUtcNow(h.Meeting().EndsAt.AddHours(48).AddSeconds(1));

        var result = await Speaking(h).SetSpeakersAsync(h.Meeting(), members, ["DV03"], ["DV03"], members[0], None);

        Assert.StartsWith("Biên bản phát biểu", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameClerk_StoredAndLogged_NotSummonedRefused()
    {
        var (h, members) = await OpenAsync();
        var service = Speaking(h);

        Assert.Null((await service.NameClerkAsync(h.Meeting(), members[2], members[0], None)).Error);
        Assert.NotNull((await service.NameClerkAsync(h.Meeting(), members[9], members[0], None)).Error);

        var record = await service.RecordAsync(h.Meeting(), None);
        Assert.True(record.IsClerk("DV03"));
        Assert.Contains(await h.Attendance.ChangesAsync(h.UnitId, h.Meeting().Id, None), c => c is { What: "clerk", To: "DV03", ByMemberId: "DV01" });
    }

    [Fact]
    public void SilentStreaks_AbsencesNeitherBreakNorExtend_SpeakingEndsTheRun()
    {
        static AttendanceHistoryEntry E(int month, AttendanceState state, bool spoke = false) =>
            new("DV03", "CB1", $"R-2026-{month:D2}", MeetingKind.Regular, new DateTimeOffset(2026, month, 1, 1, 0, 0, TimeSpan.Zero), state, null, spoke);

        var figures = SilentStreaks.Of("DV03",
        [
            E(1, AttendanceState.Present, spoke: true), E(2, AttendanceState.Present), E(3, AttendanceState.Excused),
            E(4, AttendanceState.Present), E(5, AttendanceState.Unexcused), E(6, AttendanceState.Present),
        ]);

        Assert.Equal(new SpeakingFigures("DV03", 4, 1, 3), figures);
        Assert.Equal(0, SilentStreaks.Of("DV03", [E(1, AttendanceState.Present), E(2, AttendanceState.Present, spoke: true)]).SilentInARow);
    }
}
