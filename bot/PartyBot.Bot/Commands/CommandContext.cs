using PartyBot.BotFramework.Hosting;

namespace PartyBot.Bot.Commands;

/// <summary>A recognised text command: the turn it came in, and what followed the command word(s), as typed.</summary>
public sealed record CommandContext(TurnContext Turn, string Arguments);

/// <summary>Handles one text command. Each lives in its feature folder and does one thing.</summary>
public interface ICommandHandler
{
    Task HandleAsync(CommandContext context, CancellationToken cancellationToken);
}
