using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBot.BotFramework.Schema;

/// <summary>An activity entity; for a mention: <c>{ "type": "mention", "mentioned": {…}, "text": "&lt;at&gt;Name&lt;/at&gt;" }</c>.</summary>
public sealed class Entity
{
    public string? Type { get; set; }
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
