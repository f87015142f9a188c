using PartyBot.BotFramework.Schema;
using PartyBot.BotFramework.Teams;

namespace PartyBot.BotFramework.Hosting;

/// <summary>
/// What the endpoint accepts of an activity before any handler runs: the fields every turn needs (a serviceUrl to answer
/// to, a conversation to answer in) and lengths that storage and cards can hold. Real Teams ids are well under
/// <see cref="MaxIdLength"/> (Table keys hold 512 characters) and names under <see cref="MaxNameLength"/>.
/// </summary>
public static class InboundActivityRules
{
    public const int MaxIdLength = 256;
    public const int MaxNameLength = 1024;
    public const int MaxServiceUrlLength = 2048;

    /// <summary>Null when the activity can be handled; otherwise a short problem, for the caller and the log (never a value from the activity).</summary>
    public static string? Problem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "the activity has no serviceUrl";
        }
        if (activity.ServiceUrl.Length > MaxServiceUrlLength)
        {
            return $"serviceUrl is longer than {MaxServiceUrlLength} characters";
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "the activity has no conversation id";
        }
        var team = activity.GetTeamInfo();
        var channel = activity.GetChannelInfo();
        var ids = new (string Field, string? Value)[]
        {
            ("id", activity.Id), ("channelId", activity.ChannelId), ("replyToId", activity.ReplyToId), ("name", activity.Name),
            ("conversation.id", activity.Conversation.Id), ("conversation.tenantId", activity.Conversation.TenantId),
            ("from.id", activity.From?.Id), ("from.aadObjectId", activity.From?.AadObjectId),
            ("recipient.id", activity.Recipient?.Id), ("recipient.aadObjectId", activity.Recipient?.AadObjectId),
            ("channelData.team.id", team?.Id), ("channelData.channel.id", channel?.Id), ("channelData.tenant.id", activity.GetTenantId()),
        };
        var names = new (string Field, string? Value)[]
        {
            ("from.name", activity.From?.Name), ("recipient.name", activity.Recipient?.Name), ("conversation.name", activity.Conversation.Name),
            ("channelData.team.name", team?.Name), ("channelData.channel.name", channel?.Name),
        };
        var members = (activity.MembersAdded ?? []).Concat(activity.MembersRemoved ?? []).ToList();
        var longId = ids.Concat(members.SelectMany(m => new (string Field, string? Value)[] { ("members[].id", m.Id), ("members[].aadObjectId", m.AadObjectId) }))
            .FirstOrDefault(f => f.Value?.Length > MaxIdLength).Field;
        if (longId is not null)
        {
            return $"{longId} is longer than {MaxIdLength} characters";
        }
        var longName = names.Concat(members.Select(m => (Field: "members[].name", Value: m.Name)))
            .FirstOrDefault(f => f.Value?.Length > MaxNameLength).Field;
        return longName is null ? null : $"{longName} is longer than {MaxNameLength} characters";
    }
}
