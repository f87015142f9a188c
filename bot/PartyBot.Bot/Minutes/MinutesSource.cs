using PartyBot.Core.Attendance;
using PartyBot.Core.Downloads;
using PartyBot.Core.Meetings;
using PartyBot.Core.Minutes;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Minutes;

/// <summary>
/// The biên bản draft behind a download link (kind "minutes", parameters unit and meeting). Made when the link is
/// opened, and only for a member who may still manage the chi bộ (its secretary or deputy, an administrator): the
/// link's member is checked again here. Nothing (404) for anyone else, or before the roll call is closed.
/// </summary>
public sealed class MinutesSource(
    OrganizationStore organization, OrganizationDirectory directory, MeetingStore meetings, RollCallStore rollCalls, MinutesDrafts drafts) : IDownloadSource
{
    public const string KindName = "minutes";
    public const string UnitKey = "u";
    public const string MeetingKey = "m";

    public string Kind => KindName;

    public async Task<DownloadFile?> ProduceAsync(DownloadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tree = await directory.TreeAsync(cancellationToken);
        if (request.Parameter(UnitKey) is not { } unitId || request.Parameter(MeetingKey) is not { } meetingId
            || tree.Find(unitId) is not { IsCell: true } unit
            || await organization.FindMemberAsync(request.MemberId, cancellationToken) is not { } member
            || !new Permissions(tree).CanManage(member, unit.Id)
            || await meetings.GetAsync(unit.Id, meetingId, cancellationToken) is not { } meeting
            || await rollCalls.GetAsync(unit.Id, meeting.Id, cancellationToken) is not { IsClosed: true, Record: not null } closed)
        {
            return null;
        }
        var draft = await drafts.DraftAsync(tree, unit, meeting, closed, cancellationToken);
        return new DownloadFile(MinutesTexts.FileName(unit.Id, meeting.StartsAt), DownloadFile.Docx, MinutesDocument.Build(draft));
    }

    public static Dictionary<string, string> Parameters(Meeting meeting) => new() { [UnitKey] = meeting.UnitId, [MeetingKey] = meeting.Id };
}
