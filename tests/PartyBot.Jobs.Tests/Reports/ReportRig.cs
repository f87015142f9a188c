using Microsoft.Extensions.DependencyInjection;
using PartyBot.Core.Calendar;
using PartyBot.Core.Organization;
using PartyBot.Core.Outbox;
using PartyBot.Core.Reports;
using PartyBot.Jobs.Reports;
using PartyBot.Jobs.Tests.Meetings;

namespace PartyBot.Jobs.Tests.Reports;

/// <summary>
/// The <see cref="NoticeRig"/> with a catalogue of one kind (the quarterly report, owed by chi bộ) and the people the
/// ladder climbs to, each with a personal chat: F1 follows CB1, O1 administers DU (the office), S1 sits on DU's standing
/// committee, C1 on DU's committee but not its standing committee. Quarter IV/2026's report is due on Wednesday 16/12/2026
/// (14/12 + 2 working days).
/// </summary>
internal static class ReportRig
{
    public static readonly DateOnly Due = new(2026, 12, 16);

    public const string ReportId = "quy:2026-Q4";

    public static readonly Dictionary<string, string?> Settings = new()
    {
        ["Reports:Kinds:0:Id"] = "quy",
        ["Reports:Kinds:0:Title"] = "Báo cáo quý",
        ["Reports:Kinds:0:Period"] = "Quarterly",
        ["Reports:Kinds:0:OwedBy:0"] = "Cell",
    };

    public static async Task<NoticeRig> CreateAsync()
    {
        var rig = await NoticeRig.CreateAsync(Settings);
        Member[] upper =
        [
            new("F1", "Đỗ Văn Phụ", "DU", MemberStatus.Full, new HashSet<UnitRole>(), "aad-f1", FollowedUnitIds: [NoticeRig.UnitId]),
            new("O1", "Vũ Thị Văn", "DU", MemberStatus.Full, new HashSet<UnitRole>(), "aad-o1", AdministeredUnitIds: ["DU"]),
            new("S1", "Hoàng Văn Thường", "DU", MemberStatus.Full, new HashSet<UnitRole>(), "aad-s1", Committee: new CommitteeSeat("DU", Standing: true)),
            new("C1", "Lý Thị Cấp", "DU", MemberStatus.Full, new HashSet<UnitRole>(), "aad-c1", Committee: new CommitteeSeat("DU")),
        ];
        foreach (var member in upper)
        {
            await rig.Organization.SaveMemberAsync(member, null, CancellationToken.None);
            await rig.AddUserAsync(member.AadObjectId!, "29:" + member.Id, "a:personal-" + member.Id.ToLowerInvariant());
        }
        return rig;
    }

    /// <summary>An instant in Vietnam time.</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7)).ToUniversalTime();

    /// <summary>One run of the job: the obligations, then the ladder.</summary>
    public static async Task<ReportChase> RunJobAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReportObligations>().GenerateAsync(CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<ReportChaser>().ChaseAsync(CancellationToken.None);
    }

    /// <summary>Runs the job every hour at :30 until <paramref name="end"/>.</summary>
    public static async Task RunHourlyUntilAsync(NoticeRig rig, DateTimeOffset end)
    {
        while (rig.Time.GetUtcNow() < end)
        {
            await RunJobAsync(rig.Services);
            rig.Time.Advance(TimeSpan.FromHours(1));
        }
    }

    /// <summary>The report messages in the outbox (none dispatched), in the order they were written.</summary>
    public static async Task<IReadOnlyList<OutboxEntry>> ReportRowsAsync(NoticeRig rig) =>
        [.. (await rig.Outbox.FindDueAsync(1000, CancellationToken.None))
            .Where(e => e.Message.Kind.StartsWith("report-", StringComparison.Ordinal))
            .OrderBy(e => e.EnqueuedAt).ThenBy(e => e.Message.Key, StringComparer.Ordinal)];

    /// <summary>"14/12 07:30 report-reminder/CB1/quy:2026-Q4/0/before"</summary>
    public static string Line(OutboxEntry entry) =>
        $"{VietnamTime.ToVietnam(entry.EnqueuedAt):dd/MM HH:mm} {entry.Message.Key}";

    public static async Task<ReportObligation?> ReportAsync(NoticeRig rig) =>
        await rig.Services.GetRequiredService<ReportStore>().GetAsync(NoticeRig.UnitId, ReportId, CancellationToken.None);

    public static async Task<OrganizationTree> TreeAsync(NoticeRig rig) => await rig.Organization.LoadTreeAsync(CancellationToken.None);

    public static Member Secretary => NoticeRig.NewMember("M1", "Nguyễn Văn An", MemberStatus.Full, "aad-1", null, UnitRole.Secretary);

    public static Member Office => new("O1", "Vũ Thị Văn", "DU", MemberStatus.Full, new HashSet<UnitRole>(), "aad-o1", AdministeredUnitIds: ["DU"]);
}
