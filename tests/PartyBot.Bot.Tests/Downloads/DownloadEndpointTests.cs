using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartyBot.Bot.Downloads;
using PartyBot.Core.Downloads;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Downloads;

/// <summary>GET /downloads/{token} on the real host: the source makes the file when the link is opened, and re-checks the member.</summary>
public sealed class DownloadEndpointTests
{
    private const string Allowed = "DV001";

    [Fact]
    public async Task Get_ValidLink_TheSourcesFile_AsAnAttachmentWithItsVietnameseName_NeverCached()
    {
        await using var run = await Run.StartAsync();
        var link = run.Links.Create(TestSource.KindName, Allowed, new Dictionary<string, string> { ["quarter"] = "2026-Q4" });

        var response = await run.Host.Http.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("quý 2026-Q4;DV001", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Tình hình dự sinh hoạt 2026-Q4.csv", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Get_SignatureTampered_404_TheSourceIsNotAsked()
    {
        await using var run = await Run.StartAsync();
        var path = run.Links.Create(TestSource.KindName, Allowed).PathAndQuery;
        var tampered = path[..^3] + (path[^3] == 'x' ? "yyy" : "xxx");

        var response = await run.Host.Http.GetAsync(tampered);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(DownloadTexts.NotFound, await response.Content.ReadAsStringAsync());
        Assert.Empty(run.Source.Requests);
    }

    [Fact]
    public async Task Get_KindNoSourceMakes_404()
    {
        await using var run = await Run.StartAsync();

        var response = await run.Host.Http.GetAsync(run.Links.Create("no-such-kind", Allowed).PathAndQuery);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_MemberTheSourceRefuses_404_WithTheSameTextAsAForgedLink()
    {
        await using var run = await Run.StartAsync();

        var response = await run.Host.Http.GetAsync(run.Links.Create(TestSource.KindName, "DV999").PathAndQuery);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(DownloadTexts.NotFound, await response.Content.ReadAsStringAsync());
        Assert.Equal("DV999", Assert.Single(run.Source.Requests).MemberId);
    }

    [Fact]
    public async Task Get_AfterTheLinksLifetime_410_AndTheSourceIsNotAsked()
    {
        await using var run = await Run.StartAsync();
        var path = run.Links.Create(TestSource.KindName, Allowed).PathAndQuery;

        run.Time.Advance(new DownloadOptions().LinkLifetime);
        var response = await run.Host.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal(DownloadTexts.Expired, await response.Content.ReadAsStringAsync());
        Assert.Empty(run.Source.Requests);
    }

    private sealed class TestSource : IDownloadSource
    {
        public const string KindName = "test-csv";

        public List<DownloadRequest> Requests { get; } = [];

        public string Kind => KindName;

        public Task<DownloadFile?> ProduceAsync(DownloadRequest request, CancellationToken cancellationToken)
        {
            lock (Requests)
            {
                Requests.Add(request);
            }
            return Task.FromResult(request.MemberId != Allowed ? null : new DownloadFile(
                $"Tình hình dự sinh hoạt {request.Parameter("quarter")}.csv", DownloadFile.Csv,
                Encoding.UTF8.GetBytes($"quý {request.Parameter("quarter")};{request.MemberId}")));
        }
    }

    private sealed class Run : IAsyncDisposable
    {
        private Run(FakeChannel channel, BotHost host, TestSource source, FakeTimeProvider time) => (Channel, Host, Source, Time) = (channel, host, source, time);

        public FakeChannel Channel { get; }
        public BotHost Host { get; }
        public TestSource Source { get; }
        public FakeTimeProvider Time { get; }
        public DownloadLinks Links => Host.Service<DownloadLinks>();

        public static async Task<Run> StartAsync()
        {
            var channel = await FakeChannel.StartAsync();
            var source = new TestSource();
            var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var host = await BotHost.StartAsync(channel, time: time, services: s => s.AddSingleton<IDownloadSource>(source));
            return new Run(channel, host, source, time);
        }

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            await Channel.DisposeAsync();
        }
    }
}
