using Microsoft.Extensions.Options;
using PartyBot.BotFramework;
using PartyBot.Core.Outbox;

namespace PartyBot.Jobs.Messaging.Outbox;

/// <summary>
/// The lease must outlast a delivery: at most two single-attempt connector calls (create the 1:1, then send) and the
/// writes around them. A shorter lease would let another dispatcher take a row over while it is still being sent.
/// </summary>
internal sealed class ValidateOutboxLease(IOptions<BotFrameworkOptions> botFramework) : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var minimum = botFramework.Value.ConnectorAttemptTimeout * 3;
        return options.Lease >= minimum
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Outbox:Lease ({options.Lease}) must be at least three connector attempt timeouts ({minimum}).");
    }
}
