using System.Security.Cryptography;
using System.Text;
using PartyBot.BotFramework.Schema;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Organization;
using PartyBot.Jobs.Messaging;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Jobs.CommitteeAttendance;

/// <summary>
/// Tells the office (members who administer a subtree holding the chi bộ, or the committee's unit for a quota) which
/// rules the quarter's rotation cannot keep: one 1:1 per office member through the outbox, keyed by quarter, member and
/// the text's hash, so the same list is told once and a changed one again.
/// </summary>
public sealed class BreachNotifier(MemberOutbox outbox)
{
    public const string Kind = "committee-breaches";

    /// <summary>Lines in one message: an organisation-wide problem does not make a message Teams refuses.</summary>
    public const int MaxLines = 40;

    public static string KeyOf(Quarter quarter, string officeMemberId, string text) =>
        $"{Kind}/{quarter.Key}/{officeMemberId}/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16]}";

    public async Task<DeliveryTally> NotifyAsync(
        Quarter quarter, OrganizationTree tree, IReadOnlyList<Member> members, IReadOnlyList<RuleBreach> breaches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(breaches);
        var tally = DeliveryTally.Empty;
        if (breaches.Count == 0)
        {
            return tally;
        }
        var permissions = new Permissions(tree);
        foreach (var office in members.Where(m => m.Administers.Count > 0).OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            var lines = breaches.Where(b => permissions.Administers(office, b.UnitId)).Select(b => b.Text).ToList();
            if (lines.Count == 0)
            {
                continue;
            }
            var text = RotationTexts.OfficeReport(quarter, lines, MaxLines);
            tally = tally.Add(await outbox.EnqueueAsync(KeyOf(quarter, office.Id, text), Kind, office, Activity.CreateMessage(text), cancellationToken));
        }
        return tally;
    }
}
