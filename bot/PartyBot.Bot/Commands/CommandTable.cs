using PartyBot.Bot.Help;

namespace PartyBot.Bot.Commands;

/// <summary>Every text command the bot knows, in the order the help card lists them.</summary>
public static class CommandTable
{
    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        CommandDefinition.For<HelpCommand>(["trợ giúp", "help", "hướng dẫn"], "Xem danh sách lệnh và cách dùng PartyBot."),
    ];
}
