using PartyBot.Bot.Organization;
using PartyBot.BotFramework.Hosting;

namespace PartyBot.Bot.Commands;

/// <summary>A recognised text command: the turn, what followed the command words (as typed), and who sent it.</summary>
/// <param name="Caller">The member behind the turn; never null for a command that is for members only.</param>
public sealed record CommandContext(TurnContext Turn, string Arguments, Caller? Caller)
{
    public Caller Member => Caller ?? throw new InvalidOperationException("This command is for members only; the router checks membership first.");
}

/// <summary>Handles one text command. Each lives in its feature folder and does one thing.</summary>
public interface ICommandHandler
{
    Task HandleAsync(CommandContext context, CancellationToken cancellationToken);
}
