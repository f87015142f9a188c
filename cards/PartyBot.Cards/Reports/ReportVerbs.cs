namespace PartyBot.Cards.Reports;

/// <summary>The report cards' verbs and ids. Data carries the unit and the report id; the server re-checks both against the caller.</summary>
public static class ReportVerbs
{
    public const string Submit = "report.submit";
    public const string Accept = "report.accept";
    public const string Return = "report.return";

    public const string UnitIdKey = "unitId";
    public const string ReportIdKey = "reportId";

    public const string LinkInput = "reportLink";
    public const string ReasonInput = "returnReason";
}
