using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBot.BotFramework.Teams;

/// <summary>The parts of Teams' <c>channelData</c> that PartyBot reads (names as in Microsoft.Bot.Schema.Teams).</summary>
public sealed record TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }
    public TeamInfo? Team { get; init; }
    public ChannelInfo? Channel { get; init; }
    /// <summary>For conversationUpdate: teamMemberAdded, teamMemberRemoved, channelCreated, teamRenamed…</summary>
    public string? EventType { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}

public sealed record TenantInfo(string? Id);

public sealed record TeamInfo(string? Id, string? Name, string? AadGroupId = null);

public sealed record ChannelInfo(string? Id, string? Name);
