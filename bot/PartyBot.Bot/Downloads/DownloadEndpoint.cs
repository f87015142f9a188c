using System.Net.Mime;
using Microsoft.Net.Http.Headers;
using PartyBot.Core.Downloads;
using PartyBot.Bot.Turns;
using PartyBot.Core.Storage;

namespace PartyBot.Bot.Downloads;

/// <summary>
/// GET /downloads/{token}: the file a signed link names, made now by its source, which checks the member's rights again. A forged
/// or unknown link, or a file the member may not have: 404 with the same short text (nothing tells them apart); an expired
/// one: 410. The answers are never cached and never framed, and the link does not leak onward in a Referer.
/// </summary>
public static partial class DownloadEndpoint
{
    public static IEndpointConventionBuilder MapPartyBotDownloads(this IEndpointRouteBuilder endpoints)
    {
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("PartyBot.Bot.Downloads");
        return endpoints.MapGet(DownloadLinks.PathPrefix + "{token}",
            (HttpContext context, string token, DownloadLinks links, IEnumerable<IDownloadSource> sources) => ServeAsync(context, token, links, sources, logger));
    }

    private static async Task ServeAsync(HttpContext context, string token, DownloadLinks links, IEnumerable<IDownloadSource> sources, ILogger logger)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["X-Frame-Options"] = "DENY";

        var check = links.Read(token);
        if (check.State == DownloadLinkState.Expired)
        {
            await WriteTextAsync(response, StatusCodes.Status410Gone, DownloadTexts.Expired);
            return;
        }
        var request = check.Request;
        var source = request is null ? null : sources.FirstOrDefault(s => s.Kind == request.Kind);
        if (request is null || source is null)
        {
            await WriteTextAsync(response, StatusCodes.Status404NotFound, DownloadTexts.NotFound);
            return;
        }

        DownloadFile? file;
        try
        {
            file = await source.ProduceAsync(request, context.RequestAborted);
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
        {
            await WriteTextAsync(response, StatusCodes.Status503ServiceUnavailable, TurnTexts.StorageBusy);
            return;
        }
        if (file is null)
        {
            await WriteTextAsync(response, StatusCodes.Status404NotFound, DownloadTexts.NotFound);
            return;
        }
        LogServed(logger, request.Kind, request.MemberId, file.Content.Length);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = file.ContentType;
        var disposition = new ContentDispositionHeaderValue(DispositionTypeNames.Attachment);
        disposition.SetHttpFileName(file.FileName); // an ASCII filename= and the Vietnamese one as filename*=UTF-8''…
        response.Headers.ContentDisposition = disposition.ToString();
        response.ContentLength = file.Content.Length;
        await response.Body.WriteAsync(file.Content, context.RequestAborted);
    }

    private static Task WriteTextAsync(HttpResponse response, int status, string text)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(text);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Download {Kind} for member {MemberId}: {Bytes} bytes")]
    private static partial void LogServed(ILogger logger, string kind, string memberId, int bytes);
}
