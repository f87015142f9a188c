namespace PartyBot.Jobs.Messaging;

/// <summary>What one "send once" attempt did.</summary>
public enum SendOutcome
{
    /// <summary>Claimed before (by this or another host): nothing sent.</summary>
    AlreadyDone,
    Sent,
    NoAddress,
    Unreachable,

    /// <summary>The send threw: the claim was given back, so the next run tries again.</summary>
    Failed,

    /// <summary>Written to the outbox: the dispatcher delivers it.</summary>
    Queued,
}

/// <summary>Counts of a scanner run's 1:1 messages.</summary>
public sealed record DeliveryTally(int Sent, int NoAddress, int Unreachable, int Failed, int AlreadyDone, int Queued = 0)
{
    public static DeliveryTally Empty { get; } = new(0, 0, 0, 0, 0);

    public DeliveryTally Add(SendOutcome outcome) => outcome switch
    {
        SendOutcome.Sent => this with { Sent = Sent + 1 },
        SendOutcome.NoAddress => this with { NoAddress = NoAddress + 1 },
        SendOutcome.Unreachable => this with { Unreachable = Unreachable + 1 },
        SendOutcome.Failed => this with { Failed = Failed + 1 },
        SendOutcome.Queued => this with { Queued = Queued + 1 },
        _ => this with { AlreadyDone = AlreadyDone + 1 },
    };
}
