using PartyBot.Bot.Attendance;
using PartyBot.Bot.CalendarFeeds;
using PartyBot.Bot.CommitteeAttendance;
using PartyBot.Bot.Help;
using PartyBot.Bot.Meetings;
using PartyBot.Bot.Minutes;
using PartyBot.Bot.Organization;
using PartyBot.Bot.Reports;
using PartyBot.Bot.Surveys;
using PartyBot.Cards.Attendance;
using PartyBot.Cards.CalendarFeeds;
using PartyBot.Cards.CommitteeAttendance;
using PartyBot.Cards.Common;
using PartyBot.Cards.Meetings;
using PartyBot.Cards.Minutes;
using PartyBot.Cards.Organization;
using PartyBot.Cards.Reports;
using PartyBot.Cards.Surveys;

namespace PartyBot.Bot.Commands;

/// <summary>Every card verb the bot answers (Action.Execute and Action.Submit alike).</summary>
public static class CardActionTable
{
    public static IReadOnlyList<CardActionDefinition> All { get; } =
    [
        CardActionDefinition.For<HelpCardAction>(CardVerbs.Help, membersOnly: false),
        CardActionDefinition.For<MembersPageAction>(OrganizationVerbs.MembersPage),
        CardActionDefinition.For<UnitTreePageAction>(OrganizationVerbs.UnitsPage),
        CardActionDefinition.For<NewMeetingAction>(MeetingVerbs.New),
        CardActionDefinition.For<EditMeetingAction>(MeetingVerbs.Edit),
        CardActionDefinition.For<SaveMeetingAction>(MeetingVerbs.Save),
        CardActionDefinition.For<CloseMeetingFormAction>(MeetingVerbs.CancelForm),
        CardActionDefinition.For<CancelMeetingAction>(MeetingVerbs.Cancel),
        CardActionDefinition.For<ConfirmCancelMeetingAction>(CancelMeetingCard.ConfirmVerb),
        CardActionDefinition.For<ViewInvitationAction>(AttendanceVerbs.ViewInvitation),
        CardActionDefinition.For<RsvpAction>(AttendanceVerbs.Rsvp),
        CardActionDefinition.For<ViewRollCallAction>(AttendanceVerbs.ViewRollCall),
        CardActionDefinition.For<CheckInAction>(AttendanceVerbs.CheckIn),
        CardActionDefinition.For<MarkAttendanceAction>(AttendanceVerbs.Mark),
        CardActionDefinition.For<MarkRestPresentAction>(AttendanceVerbs.MarkRest),
        CardActionDefinition.For<CloseRollCallAction>(AttendanceVerbs.Close),
        CardActionDefinition.For<TickSpeakersAction>(AttendanceVerbs.Speakers),
        CardActionDefinition.For<NameClerkAction>(AttendanceVerbs.Clerk),
        CardActionDefinition.For<ConfirmAttendanceAction>(CommitteeAttendanceVerbs.Confirm),
        CardActionDefinition.For<DeclineAttendanceAction>(CommitteeAttendanceVerbs.Decline),
        CardActionDefinition.For<RecordAttendedAction>(CommitteeAttendanceVerbs.Attended),
        CardActionDefinition.For<RecordMissedAction>(CommitteeAttendanceVerbs.Missed),
        CardActionDefinition.For<ViewAssignmentAction>(CommitteeAttendanceVerbs.View),
        CardActionDefinition.For<MyAssignmentsPageAction>(CommitteeAttendanceVerbs.MinePage),
        CardActionDefinition.For<RemoveUnavailabilityAction>(CommitteeAttendanceVerbs.RemoveUnavailability),
        CardActionDefinition.For<MinutesLinkAction>(MinutesVerbs.Link),
        CardActionDefinition.For<RenewCalendarFeedAction>(CalendarFeedVerbs.Renew),
        CardActionDefinition.For<SurveyOverviewPageAction>(SurveyOverviewVerbs.Page),
        CardActionDefinition.For<SubmitReportAction>(ReportVerbs.Submit),
        CardActionDefinition.For<AcceptReportAction>(ReportVerbs.Accept),
        CardActionDefinition.For<ReturnReportAction>(ReportVerbs.Return),
        CardActionDefinition.For<SurveyVoteAction>(SurveyVerbs.Vote, membersOnly: false), // its own answer to a non-member
    ];
}
