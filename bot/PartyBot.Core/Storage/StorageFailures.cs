using Azure;

namespace PartyBot.Core.Storage;

/// <summary>What the table client throws when storage is down or slow, for the boundaries that answer the user instead.</summary>
public static class StorageFailures
{
    /// <summary>
    /// A failed request (<see cref="RequestFailedException"/>, also for a refused connection), the retries' aggregate of
    /// such failures, or the network timeout (a cancellation caused by a <see cref="TimeoutException"/>).
    /// </summary>
    public static bool IsStorageFailure(Exception exception) => exception switch
    {
        RequestFailedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsStorageFailure),
        OperationCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };
}
