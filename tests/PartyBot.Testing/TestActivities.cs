using System.Text.Json;
using PartyBot.BotFramework.Schema;

namespace PartyBot.Testing;

/// <summary>
/// Teams-shaped activities as the channel sends them (ids in Teams' formats, channelData with the tenant, team
/// and channel). Every activity gets a fresh id; the bot is <see cref="BotId"/> named <see cref="BotName"/>.
/// </summary>
public static class TestActivities
{
    public const string BotAppId = "8d6a1c4e-2f3b-4a5d-9e8f-0a1b2c3d4e5f";
    public const string BotId = "28:" + BotAppId;
    public const string BotName = "PartyBot";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string TeamId = "19:team-general@thread.tacv2";
    public const string TeamName = "Đảng bộ Khối";
    public const string ChannelId = "19:channel-chibo1@thread.tacv2";
    public const string ChannelName = "Chi bộ 1";
    public const string GroupChatId = "19:groupchat-chibo1@thread.v2";

    /// <summary>The 1:1 conversation id of a user (Teams' a:… form, stable per user).</summary>
    public static string PersonalConversationId(string aadObjectId) => $"a:personal-{aadObjectId}";

    /// <summary>The Teams user id (29:…) of a user.</summary>
    public static string UserId(string aadObjectId) => $"29:user-{aadObjectId}";

    /// <summary>A message from a user; with <paramref name="mentionBot"/> the text starts with the bot's @mention and its entity.</summary>
    public static Activity Message(string text, string fromAadObjectId, string conversationType, string serviceUrl, bool mentionBot = false)
    {
        var activity = Base(ActivityTypes.Message, conversationType, serviceUrl, fromAadObjectId);
        activity.TextFormat = "plain";
        activity.Text = text;
        if (mentionBot)
        {
            var mention = $"<at>{BotName}</at>";
            activity.Text = $"{mention} {text}";
            activity.Entities = [new Entity { Type = "mention", Mentioned = Bot(), Text = mention }];
        }

        return activity;
    }

    /// <summary>The bot was added to a team (<c>team</c>), group chat (<c>groupChat</c>) or personal scope (<c>personal</c>).</summary>
    public static Activity ConversationUpdateBotAdded(string scope, string serviceUrl, string? fromAadObjectId = null)
    {
        var activity = Base(ActivityTypes.ConversationUpdate, ConversationTypeOf(scope), serviceUrl, fromAadObjectId ?? Guid.NewGuid().ToString());
        activity.MembersAdded = [Bot()];
        if (scope == "team")
        {
            activity.ChannelData = ChannelData(ConversationTypes.Channel, "teamMemberAdded");
        }

        return activity;
    }

    /// <summary>An installationUpdate <c>add</c> in a scope: personal, team or groupChat.</summary>
    public static Activity InstallationUpdateAdd(string scope, string serviceUrl, string? fromAadObjectId = null)
    {
        var activity = Base(ActivityTypes.InstallationUpdate, ConversationTypeOf(scope), serviceUrl, fromAadObjectId ?? Guid.NewGuid().ToString());
        activity.Action = "add";
        return activity;
    }

    /// <summary>An Action.Execute click: invoke <c>adaptiveCard/action</c> with value.action { verb, data }.</summary>
    public static Activity InvokeAdaptiveCardAction(
        string verb, object? data, string fromAadObjectId, string serviceUrl, string conversationType = ConversationTypes.Personal, string? replyToId = null)
    {
        var activity = Base(ActivityTypes.Invoke, conversationType, serviceUrl, fromAadObjectId);
        activity.Name = "adaptiveCard/action";
        activity.ReplyToId = replyToId;
        activity.Value = JsonSerializer.SerializeToElement(
            new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" }, BotJson.Options);
        return activity;
    }

    public static ChannelAccount Bot() => new() { Id = BotId, Name = BotName };

    private static Activity Base(string type, string conversationType, string serviceUrl, string fromAadObjectId)
    {
        var now = TimeProvider.System.GetUtcNow();
        return new Activity
        {
            Type = type,
            Id = $"f:{Guid.NewGuid():N}",
            Timestamp = now,
            LocalTimestamp = now.ToOffset(TimeSpan.FromHours(7)),
            ServiceUrl = serviceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = UserId(fromAadObjectId), Name = $"User {fromAadObjectId[..Math.Min(8, fromAadObjectId.Length)]}", AadObjectId = fromAadObjectId },
            Recipient = Bot(),
            Conversation = Conversation(conversationType, fromAadObjectId),
            Locale = "vi-VN",
            ChannelData = ChannelData(conversationType, null),
        };
    }

    private static ConversationAccount Conversation(string conversationType, string fromAadObjectId) => conversationType switch
    {
        ConversationTypes.Personal => new() { Id = PersonalConversationId(fromAadObjectId), ConversationType = ConversationTypes.Personal, TenantId = TenantId },
        ConversationTypes.GroupChat => new() { Id = GroupChatId, ConversationType = ConversationTypes.GroupChat, TenantId = TenantId, IsGroup = true },
        ConversationTypes.Channel => new() { Id = ChannelId, ConversationType = ConversationTypes.Channel, TenantId = TenantId, IsGroup = true, Name = ChannelName },
        _ => throw new ArgumentOutOfRangeException(nameof(conversationType), conversationType, "personal, groupChat or channel"),
    };

    private static JsonElement ChannelData(string conversationType, string? eventType)
    {
        var tenant = new { id = TenantId };
        object data = conversationType == ConversationTypes.Channel
            ? new { tenant, team = new { id = TeamId, name = TeamName }, channel = new { id = ChannelId, name = ChannelName }, eventType }
            : new { tenant, eventType };
        return JsonSerializer.SerializeToElement(data, BotJson.Options);
    }

    private static string ConversationTypeOf(string scope) => scope switch
    {
        "personal" => ConversationTypes.Personal,
        "groupChat" or "groupchat" => ConversationTypes.GroupChat,
        "team" => ConversationTypes.Channel,
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "personal, team or groupChat"),
    };
}
