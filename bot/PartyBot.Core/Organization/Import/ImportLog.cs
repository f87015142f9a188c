using Microsoft.Extensions.Logging;

namespace PartyBot.Core.Organization.Import;

/// <summary>The import's logs: counts and durations only, never names or e-mails.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Organisation import rejected: {Errors} errors, {Warnings} warnings; nothing written")]
    public static partial void Rejected(ILogger logger, int errors, int warnings);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Organisation import done in {ElapsedMs} ms: units {UnitsCreated} created, {UnitsUpdated} updated, {UnitsUnchanged} unchanged; " +
                  "members {MembersCreated} created, {MembersUpdated} updated, {MembersUnchanged} unchanged, {MembersKeptAbsent} kept absent; {Warnings} warnings")]
    public static partial void Imported(
        ILogger logger, long elapsedMs, int unitsCreated, int unitsUpdated, int unitsUnchanged,
        int membersCreated, int membersUpdated, int membersUnchanged, int membersKeptAbsent, int warnings);
}
