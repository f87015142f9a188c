using System.Globalization;
using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Attendance.AttendanceHost;

namespace PartyBot.Bot.Tests.Attendance;

/// <summary>A chi bộ of 200 members answering and checking in within the same second, through the real host.</summary>
public sealed class AttendanceLoadTests : IAsyncLifetime
{
    private const string BigCell = "CB-LON";
    private const int Members = 200;

    private AttendanceHost bot = null!;

    public async Task InitializeAsync()
    {
        bot = await StartAsync(MeetingStart.AddMinutes(-30));
        var store = bot.Host.Service<OrganizationStore>();
        await store.SaveUnitAsync(new Unit(BigCell, UnitKind.Cell, "Chi bộ Khối Nhà máy", "DBCS-SXD", MeetingSlot.Default), CancellationToken.None);
        await Parallel.ForEachAsync(Enumerable.Range(0, Members), async (i, ct) =>
        {
            var roles = i == 0 ? new HashSet<UnitRole> { UnitRole.Secretary } : [];
            await store.SaveMemberAsync(new Member(MemberId(i), $"Đảng viên {i:D3}", BigCell, MemberStatus.Full, roles, Aad(i)), null, ct);
        });
        Assert.True(await bot.Host.Service<MeetingStore>().AddAsync(new Meeting(BigCell, MeetingId, MeetingKind.Regular, MeetingStart, 90), CancellationToken.None));
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private static string MemberId(int i) => "L" + i.ToString("D3", CultureInfo.InvariantCulture);

    private static string Aad(int i) => "aad-big-" + i.ToString("D3", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> BigIds(params (string Key, string Value)[] more)
    {
        var data = Ids(BigCell);
        foreach (var (key, value) in more)
        {
            data[key] = value;
        }
        return data;
    }

    [Fact]
    public async Task Rsvp_200MembersAtOnceWithDoubleClicks_GivesExactCounts()
    {
        // Even members come, odd ones are excused; every tenth clicks twice, and one invoke is delivered twice.
        var clicks = Enumerable.Range(0, Members).SelectMany(i =>
        {
            var data = i % 2 == 0
                ? BigIds((AttendanceVerbs.AnswerKey, AttendanceVerbs.Attending))
                : BigIds((AttendanceVerbs.AnswerKey, AttendanceVerbs.Excused), (AttendanceVerbs.ReasonInput, "Đi ca"));
            var click = TestActivities.InvokeAdaptiveCardAction(AttendanceVerbs.Rsvp, data, Aad(i), bot.Channel.ServiceUrl, "channel");
            return i % 10 == 0 ? [click, click] : new[] { click };
        }).ToList();

        var answers = await Task.WhenAll(clicks.Select(bot.InvokeAsync));

        Assert.All(answers, a => Assert.Equal(200, a.StatusCode));
        var entries = await bot.Host.Service<AttendanceStore>().ListAsync(BigCell, MeetingId, CancellationToken.None);
        Assert.Equal(Members, entries.Count);
        Assert.Equal(Members / 2, entries.Count(e => e.Rsvp == RsvpAnswer.Attending));
        Assert.Equal(Members / 2, entries.Count(e => e.Rsvp == RsvpAnswer.Excused));
        Assert.Equal(Members, (await bot.Host.Service<AttendanceStore>().ChangesAsync(BigCell, MeetingId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task RsvpAndCheckIn_200MembersAtOnce_NoInvokeCallsTheConnector()
    {
        // An invoke must answer in well under a second: it never waits on a connector call or its retries (what a
        // click causes elsewhere goes to the outbox). Counted at the fake connector: the bursts add no call.
        var beforeRsvps = bot.Channel.Calls.Count;
        var rsvps = await Task.WhenAll(Enumerable.Range(0, Members).Select(i => bot.InvokeAsync(
            TestActivities.InvokeAdaptiveCardAction(AttendanceVerbs.Rsvp, BigIds((AttendanceVerbs.AnswerKey, AttendanceVerbs.Attending)), Aad(i), bot.Channel.ServiceUrl, "channel"))));
        var rsvpCalls = bot.Channel.Calls.Count - beforeRsvps;
        await bot.SendAsync("điểm danh " + BigCell, Aad(0));
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(2));
        var beforeCheckIns = bot.Channel.Calls.Count;

        var checkIns = await Task.WhenAll(Enumerable.Range(0, Members).Select(i => bot.InvokeAsync(AttendanceVerbs.CheckIn, BigIds(), Aad(i))));

        Assert.All(rsvps.Concat(checkIns), a => Assert.Equal(200, a.StatusCode));
        Assert.Equal(0, rsvpCalls);
        Assert.Equal(beforeCheckIns, bot.Channel.Calls.Count);
        Assert.Equal(Members, (await bot.Host.Service<AttendanceStore>().ListAsync(BigCell, MeetingId, CancellationToken.None)).Count(e => e.Rsvp == RsvpAnswer.Attending));
    }

    [Fact]
    public async Task CheckIn_200MembersInTheSameSecond_ClosesWithExactCounts()
    {
        await bot.SendAsync("điểm danh " + BigCell, Aad(0));
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(2));
        var present = Enumerable.Range(0, Members).Where(i => i % 4 != 3).ToList(); // 150 of 200

        var answers = await Task.WhenAll(present.Concat(present.Take(20)).Select(i =>
            bot.InvokeAsync(AttendanceVerbs.CheckIn, BigIds(), Aad(i))));
        var closed = await bot.InvokeAsync(AttendanceVerbs.Close, BigIds(), Aad(0));

        Assert.All(answers, a => Assert.Equal(200, a.StatusCode));
        Assert.Equal(200, closed.StatusCode);
        var record = (await bot.Host.Service<RollCallStore>().GetAsync(BigCell, MeetingId, CancellationToken.None))!.Record!;
        Assert.Equal(new AttendanceTally(Members, 150, 0, 50, 0, 0, Members, 150), record.Tally);
        Assert.True(record.Tally.Validity.AdmissionCanPass); // 150 ≥ ⌈2·200/3⌉ = 134
    }
}
