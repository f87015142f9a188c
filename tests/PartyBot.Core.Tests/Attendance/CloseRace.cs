using Azure.Core;
using Azure.Core.Pipeline;

namespace PartyBot.Core.Tests.Attendance;

/// <summary>
/// Stages a check-in (or mark) racing the close, on the real tables: once <see cref="Arm"/>ed, the next attendance
/// transaction (the change being written) waits until the close starts reading the rows, and that read waits until
/// the change is written. So the change lands after the roll call is marked closing, and before the record is read.
/// </summary>
internal sealed class CloseRace : HttpPipelinePolicy
{
    private readonly TaskCompletionSource writing = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource rowsRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource written = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int armed;

    /// <summary>Completes when the change has reached storage and waits there: start closing then.</summary>
    public Task Writing => writing.Task;

    public void Arm() => armed = 1;

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var uri = message.Request.Uri.ToString();
        if (message.Request.Method == RequestMethod.Post && uri.Contains("$batch", StringComparison.Ordinal) && Interlocked.Exchange(ref armed, 0) == 1)
        {
            writing.SetResult();
            await rowsRead.Task;
            await ProcessNextAsync(message, pipeline);
            written.SetResult();
            return;
        }
        if (writing.Task.IsCompleted && !written.Task.IsCompleted && message.Request.Method == RequestMethod.Get
            && uri.Contains("Attendance()", StringComparison.Ordinal) && uri.Contains("filter", StringComparison.Ordinal))
        {
            rowsRead.TrySetResult();
            await written.Task;
        }
        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => ProcessNext(message, pipeline);
}
