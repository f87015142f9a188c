using PartyBot.Bot.Organization;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Hosting;

namespace PartyBot.Bot.Commands;

/// <summary>A recognised text command: the turn, what followed the command words (as typed), and who sent it.</summary>
/// <param name="Caller">The member behind the turn; never null for a command that is for members only.</param>
/// <param name="Replies">How the answer is sent (a refusal typed in a group goes to the asker alone).</param>
public sealed record CommandContext(TurnContext Turn, string Arguments, Caller? Caller, AskerOnlyReplies Replies)
{
    public Caller Member => Caller ?? throw new InvalidOperationException("This command is for members only; the router checks membership first.");

    /// <summary>Answers the command: in this conversation, or 1:1 for a refusal typed in a group chat or channel.</summary>
    public Task ReplyAsync(CommandReply reply, CancellationToken cancellationToken) => Replies.SendAsync(Turn, reply, cancellationToken);
}

/// <summary>Handles one text command. Each lives in its feature folder and does one thing.</summary>
public interface ICommandHandler
{
    Task HandleAsync(CommandContext context, CancellationToken cancellationToken);
}

/// <summary>
/// A command that changes nothing (it reads and answers; a refusal for the asker alone goes to the outbox under a key
/// made from the activity). Its turn takes no storage claim: a redelivery is dropped by this instance's memory of recent
/// ids, and at worst (another instance) answered twice. README, "Performance".
/// </summary>
public interface IReadOnlyCommand : ICommandHandler;
