using System.Globalization;
using PartyBot.Core.Calendar;
using PartyBot.Core.Calendar.Import;
using PartyBot.Core.Meetings;

namespace PartyBot.Bot.Cli;

/// <summary>
/// The verbs <c>calendar &lt;year&gt;</c> (print the year's days off and swapped working days) and <c>calendar-import
/// &lt;file.csv&gt;</c> (then, when the table changed, the meetings already planned are checked against it).
/// </summary>
internal static class CalendarCommand
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= MinYear and < MaxYear;

    public static Task<int> ShowAsync(
        int year, IReadOnlyList<string> hostArgs, IEnumerable<KeyValuePair<string, string?>>? settings,
        TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        ImportCommand.RunInHostAsync(hostArgs, settings, output, error, async (services, token) =>
        {
            var calendar = await services.GetRequiredService<WorkingCalendar>().YearAsync(year, token);
            foreach (var line in CalendarListing.Lines(calendar))
            {
                await output.WriteLineAsync(line);
            }
            return CliVerbs.Success;
        }, cancellationToken);

    public static Task<int> ImportAsync(
        string file, IReadOnlyList<string> hostArgs, IEnumerable<KeyValuePair<string, string?>>? settings,
        TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        ImportCommand.RunInHostAsync(hostArgs, settings, output, error, async (services, token) =>
        {
            await output.WriteLineAsync(CliTexts.ImportingCalendar(file));
            var report = await services.GetRequiredService<CalendarImporter>().ImportAsync(file, token);
            foreach (var line in report.Lines())
            {
                await output.WriteLineAsync(line);
            }
            if (!report.Succeeded)
            {
                return CliVerbs.ValidationErrors;
            }
            if (report.Added + report.Updated + report.Removed > 0)
            {
                // Re-plan at once, so no meeting is announced on a new day off before the bot's next planning run
                // (which tells the secretaries: this process has no connector).
                var plan = await services.GetRequiredService<MeetingPlanner>().PlanAsync(token);
                await output.WriteLineAsync(CalendarImportTexts.Replanned(plan.Moved, plan.Warnings.Count));
            }
            return CliVerbs.Success;
        }, cancellationToken);
}
