using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace PartyBot.Testing;

/// <summary>
/// A pipeline policy that records every request a TableServiceClient makes ("GET /prefixTable(...)"), to prove how many
/// storage calls a turn costs. Add it with <c>TableClientOptions.AddPolicy(counter, HttpPipelinePosition.PerCall)</c>.
/// </summary>
public sealed class StorageCallCounter : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<string> calls = new();

    public IReadOnlyList<string> Calls => [.. calls];

    /// <summary>The calls that change something (anything but GET).</summary>
    public IReadOnlyList<string> Writes => [.. calls.Where(c => !c.StartsWith("GET ", StringComparison.Ordinal))];

    public void Reset() => calls.Clear();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Record(HttpMessage message) =>
        calls.Enqueue($"{message.Request.Method} {Uri.UnescapeDataString(message.Request.Uri.Path)}");
}
