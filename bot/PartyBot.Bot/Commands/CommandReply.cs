using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Schema;

namespace PartyBot.Bot.Commands;

/// <summary>
/// The answer to a text command, and whether it is for the asker alone: a refusal (the caller may not use the
/// command, or not on that unit or member) is nobody else's business, so in a group chat or a channel it goes 1:1.
/// </summary>
public sealed record CommandReply(Activity Activity, bool AskerOnly)
{
    public static CommandReply Refusal(string text) => new(CardReplies.Text(text), AskerOnly: true);

    public static CommandReply ToAll(Activity activity) => new(activity, AskerOnly: false);

    /// <summary>An ordinary answer, in the conversation where the command was typed.</summary>
    public static implicit operator CommandReply(Activity activity) => ToAll(activity);
}
