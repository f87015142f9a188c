namespace PartyBot.Core.Downloads;

/// <summary>
/// Makes one kind of file when its link is opened, from the data as it is then. The link is a bearer's right, but the member it
/// was given to is checked again here: a member who has lost the right since gets nothing.
/// </summary>
public interface IDownloadSource
{
    /// <summary>The kind named in the link, e.g. "committee-compliance": short, ASCII, unique among the sources.</summary>
    string Kind { get; }

    /// <summary>The file, or null when it does not exist (any more) or the member may not have it (the caller answers 404).</summary>
    Task<DownloadFile?> ProduceAsync(DownloadRequest request, CancellationToken cancellationToken);
}

/// <summary>What a verified link asks for: the kind, the member it was given to, and the source's own parameters.</summary>
public sealed record DownloadRequest(string Kind, string MemberId, IReadOnlyDictionary<string, string> Parameters)
{
    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A file to hand over. <paramref name="FileName"/> may hold Vietnamese letters (sent as RFC 5987 filename*).</summary>
public sealed record DownloadFile(string FileName, string ContentType, byte[] Content)
{
    public const string Csv = "text/csv; charset=utf-8";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
