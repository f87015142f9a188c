using System.Text.Json;
using System.Text.RegularExpressions;
using PartyBot.BotFramework.Schema;

namespace PartyBot.BotFramework.Teams;

/// <summary>Reading Teams specifics off an activity: the bot's @mention, tenant, team, channel, event type.</summary>
public static partial class TeamsActivityExtensions
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The text without the bot's own <c>&lt;at&gt;…&lt;/at&gt;</c> mentions (as the mention entities of the
    /// recipient give them, else by the recipient's name), with <c>&amp;nbsp;</c> decoded and whitespace collapsed.
    /// Mentions of other people stay. Null when the activity has no text.
    /// </summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Text is not { } text)
        {
            return null;
        }

        var recipientId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) &&
                recipientId is not null &&
                string.Equals(entity.Mentioned?.Id, recipientId, StringComparison.Ordinal) &&
                !string.IsNullOrEmpty(entity.Text))
            {
                text = text.Replace(entity.Text, " ", StringComparison.Ordinal);
            }
        }

        text = text.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase).Replace('\u00A0', ' ');
        if (activity.Recipient?.Name is { Length: > 0 } name)
        {
            var pattern = $@"<at>\s*{Regex.Escape(name)}\s*</at>";
            text = Regex.Replace(text, pattern, " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout);
        }

        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>Teams' channelData, or an empty record when there is none or it has another shape.</summary>
    public static TeamsChannelData GetTeamsChannelData(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return new TeamsChannelData();
        }

        try
        {
            return data.Deserialize<TeamsChannelData>(BotJson.Options) ?? new TeamsChannelData();
        }
        catch (JsonException)
        {
            return new TeamsChannelData();
        }
    }

    /// <summary><c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public static string? GetTenantId(this Activity activity) =>
        activity.GetTeamsChannelData().Tenant?.Id is { Length: > 0 } id ? id : activity.Conversation?.TenantId;

    /// <summary><c>channelData.team</c> (id and name), when the activity comes from a team.</summary>
    public static TeamInfo? GetTeamInfo(this Activity activity) => activity.GetTeamsChannelData().Team;

    /// <summary><c>channelData.channel</c> (id and name), when the activity comes from a team channel.</summary>
    public static ChannelInfo? GetChannelInfo(this Activity activity) => activity.GetTeamsChannelData().Channel;

    /// <summary><c>channelData.eventType</c> of a conversationUpdate (teamMemberAdded, channelCreated…).</summary>
    public static string? GetEventType(this Activity activity) => activity.GetTeamsChannelData().EventType;

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
