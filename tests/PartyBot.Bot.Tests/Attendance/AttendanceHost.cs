using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PartyBot.BotFramework.Schema;
using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
using PartyBot.Core.Conversations;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Attendance;

/// <summary>
/// The bot host on a fake clock with the test organisation, CB1 linked to its team channel, and one meeting of CB1
/// at 08:00 on Tuesday 01/12/2026 (Vietnam time). CB1 gets a temporarily transferred and a suspended member too, so
/// the counts have every status: full M01, M02, M10; probationary M03; exempt M04; transferred M11; suspended M12.
/// </summary>
public sealed class AttendanceHost : IAsyncDisposable
{
    public const string Cell = "CB1";
    public const string MeetingId = "R-2026-12";
    public const string FullNoTeams = "M10";

    public static readonly DateTimeOffset MeetingStart = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private AttendanceHost(FakeChannel channel, BotHost host, FakeTimeProvider time) => (Channel, Host, Time) = (channel, host, time);

    public FakeChannel Channel { get; }
    public BotHost Host { get; }
    public FakeTimeProvider Time { get; }

    /// <summary>Starts at <paramref name="now"/> (default: the day before the meeting, 09:00 Vietnam time).</summary>
    public static async Task<AttendanceHost> StartAsync(DateTimeOffset? now = null)
    {
        var time = new FakeTimeProvider(now ?? MeetingStart.AddHours(-23));
        var channel = await FakeChannel.StartAsync();
        // Local mode (no app id): the channel's tokens are dated by the real clock, the host runs on the fake one.
        var host = await BotHost.StartAsync(channel, withAppId: false, time: time);
        await SeedAsync(host);
        var store = host.Service<OrganizationStore>();
        Member[] more =
        [
            new(FullNoTeams, "Đặng Văn Khoa", Cell, MemberStatus.Full, new HashSet<UnitRole>()),
            new("M11", "Bùi Thị Mai", Cell, MemberStatus.TemporarilyTransferred, new HashSet<UnitRole>(), "aad-transferred"),
            new("M12", "Ngô Văn Tùng", Cell, MemberStatus.Suspended, new HashSet<UnitRole>()),
        ];
        foreach (var member in more)
        {
            await store.SaveMemberAsync(member, null, CancellationToken.None);
        }
        var attendance = new AttendanceHost(channel, host, time);
        await attendance.SendAsync("liên kết chi bộ CB1", Secretary1, ConversationTypes.Channel);
        Assert.True(await host.Service<MeetingStore>().AddAsync(
            new Meeting(Cell, MeetingId, MeetingKind.Regular, MeetingStart, 90, Place: "Phòng họp tầng 2"), CancellationToken.None));
        channel.ResetCalls();
        return attendance;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }

    public static Dictionary<string, string> Ids(string unitId = Cell, string meetingId = MeetingId) =>
        new() { ["unitId"] = unitId, ["meetingId"] = meetingId };

    public async Task SendAsync(string text, string fromAad, string conversationType = ConversationTypes.Personal)
    {
        var response = await Host.PostAsync(TestActivities.Message(text, fromAad, conversationType, Channel.ServiceUrl));
        Assert.True(response.IsSuccessStatusCode, $"{text}: {response.StatusCode}");
    }

    public async Task<InvokeAnswer> InvokeAsync(string verb, Dictionary<string, string> data, string fromAad, string conversationType = ConversationTypes.Channel)
    {
        var activity = TestActivities.InvokeAdaptiveCardAction(verb, data, fromAad, Channel.ServiceUrl, conversationType);
        return await InvokeAsync(activity);
    }

    public async Task<InvokeAnswer> InvokeAsync(Activity activity)
    {
        var response = await Host.PostAsync(activity);
        var content = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode && content.Length > 0,
            $"{activity.Value}: HTTP {(int)response.StatusCode} {content} {Host.Logs.Entries.LastOrDefault(e => e.Exception is not null)?.Exception}");
        var body = JsonDocument.Parse(content).RootElement;
        var statusCode = body.GetProperty("statusCode").GetInt32();
        var value = body.GetProperty("value");
        var text = body.GetProperty("type").GetString() switch
        {
            AdaptiveCardInvokeResponse.CardType => RecordedCards.TextOf(value),
            AdaptiveCardInvokeResponse.ErrorType => value.GetProperty("message").GetString() ?? "",
            _ => value.ToString(),
        };
        return new InvokeAnswer(statusCode, text, value.GetRawText());
    }

    public Task<IReadOnlyList<AttendanceEntry>> EntriesAsync() =>
        Host.Service<AttendanceStore>().ListAsync(Cell, MeetingId, CancellationToken.None);

    public Task<RollCall?> RollCallAsync() => Host.Service<RollCallStore>().GetAsync(Cell, MeetingId, CancellationToken.None);

    public static string VietnamDay(DateTimeOffset instant) => VietnamTime.Format(instant);
}

/// <summary>An invoke's answer: its status, and every string of the card (or the error's message).</summary>
/// <param name="Json">The answer's value as sent (the card, or the error).</param>
public sealed record InvokeAnswer(int StatusCode, string Text, string Json = "");
