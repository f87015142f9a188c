using PartyBot.Bot.Attendance;
using PartyBot.Bot.Commands;
using PartyBot.Bot.Conversations;
using PartyBot.Bot.Meetings;
using PartyBot.Bot.Minutes;
using PartyBot.Bot.Organization;
using PartyBot.Bot.Turns;
using PartyBot.Bot.Welcome;
using PartyBot.BotFramework.Hosting;
using PartyBot.Core.Downloads;
using PartyBot.Core.Surveys;

namespace PartyBot.Bot;

public static class Extensions
{
    /// <summary>The turn handler, the routing tables and every command and card-verb handler.</summary>
    public static IServiceCollection AddPartyBotHandlers(this IServiceCollection services)
    {
        services.AddScoped<ActivityHandler, PartyBotActivityHandler>();
        services.AddSingleton<ConversationRecorder>();
        services.AddSingleton<RecentActivities>();
        services.AddSingleton<WelcomeSender>();
        services.AddSingleton<MemberResolver>();
        services.AddSingleton<MemberNameSearch>();
        services.AddSingleton<MemberScreens>();
        services.AddSingleton(new CommandRouter(CommandTable.All));
        services.AddScoped<CardActionRouter>();
        services.AddScoped<AskerOnlyReplies>();
        services.AddPartyBotMeetingHandlers();
        services.AddPartyBotAttendanceHandlers();
        services.AddScoped<CommitteeAttendance.AssignmentScreens>();
        services.AddScoped<CommitteeAttendance.CommitteeViewScreens>();
        services.AddScoped<Surveys.SurveyOverviewScreen>();
        services.AddDownloadSource<CommitteeAttendance.ComplianceDownload>();
        services.AddDownloadSource<Surveys.SurveyOverviewDownload>();
        services.AddScoped<Reports.ReportScreens>();
        services.AddScoped<Reports.ReportFigures>();
        services.AddDownloadSource<Reports.ReportStatusDownload>();
        services.AddDownloadSource<Reports.ReportTargetsDownload>();
        services.AddBallotKeyCheck(); // votes are stored under the ballots' keyed hashes
        services.AddPartyBotMinutes();
        services.AddDownloadKeyCheck(); // the host gives and serves signed download links
        foreach (var handler in CommandTable.All.Select(c => c.Handler).Concat(CardActionTable.All.Select(a => a.Handler)).Distinct())
        {
            services.AddScoped(handler);
        }
        return services;
    }
}
