using System.ComponentModel.DataAnnotations;

namespace PartyBot.Core.Surveys;

/// <summary>One criterion of the ballot: its id (in the card's inputs and the stored ballot), title and points (weight).</summary>
public sealed class SurveyCriterion
{
    [Required, RegularExpression("^[a-z][a-z0-9-]{0,30}$")]
    public string Id { get; set; } = "";

    [Required]
    public string Title { get; set; } = "";

    [Range(1, 100)]
    public int Points { get; set; }
}

/// <summary>
/// The quarterly meeting-quality survey (section "Surveys"; domain.md "Meeting quality"). Every number is configurable;
/// a bad setting stops the host at start. A member rates each criterion from <see cref="ScaleMin"/> to <see cref="ScaleMax"/>;
/// the criterion gives Points × rating / ScaleMax, so the top rating everywhere gives <see cref="TotalPoints"/> (100).
/// </summary>
public sealed class SurveyOptions : IValidatableObject
{
    public const string Section = "Surveys";

    /// <summary>The 2025 guide's eight criteria, 100 points (domain.md).</summary>
    public static IReadOnlyList<SurveyCriterion> DefaultCriteria { get; } =
    [
        new() { Id = "time", Title = "Thời gian, thời lượng sinh hoạt", Points = 5 },
        new() { Id = "attendance", Title = "Tỷ lệ đảng viên dự sinh hoạt", Points = 5 },
        new() { Id = "preparation", Title = "Công tác chuẩn bị sinh hoạt", Points = 10 },
        new() { Id = "conduct", Title = "Tiến trình, nội dung và không khí sinh hoạt", Points = 30 },
        new() { Id = "chairing", Title = "Vai trò điều hành của đồng chí chủ trì", Points = 10 },
        new() { Id = "principles", Title = "Thực hiện nguyên tắc tổ chức, sinh hoạt đảng", Points = 5 },
        new() { Id = "results", Title = "Kết quả thực hiện nghị quyết tháng trước", Points = 30 },
        new() { Id = "closing", Title = "Kết thúc sinh hoạt, thông qua nghị quyết, biên bản", Points = 5 },
    ];

    /// <summary>
    /// Null: <see cref="DefaultCriteria"/> (null rather than a default list, because the configuration binder appends a
    /// configured list to a default one). Read <see cref="CriteriaInUse"/>.
    /// </summary>
    [MinLength(1)]
    public List<SurveyCriterion>? Criteria { get; set; }

    public IReadOnlyList<SurveyCriterion> CriteriaInUse => Criteria ?? (IReadOnlyList<SurveyCriterion>)DefaultCriteria;

    public const int TotalPoints = 100;

    [Range(0, 10)]
    public int ScaleMin { get; set; } = 1;

    [Range(1, 10)]
    public int ScaleMax { get; set; } = 5;

    /// <summary>Band "Tốt" from this score (of 100).</summary>
    [Range(0, 100)]
    public double GoodScore { get; set; } = 90;

    /// <summary>Band "Khá" from this score.</summary>
    [Range(0, 100)]
    public double FairScore { get; set; } = 70;

    /// <summary>Band "Trung bình" from this score; below it "Kém".</summary>
    [Range(0, 100)]
    public double AverageScore { get; set; } = 50;

    /// <summary>Rated only with at least this share of the summoned members voting (percent).</summary>
    [Range(0, 100)]
    public double MinTurnoutPercent { get; set; } = 50;

    /// <summary>Rated only with at least this many ballots: fewer would let the chi bộ guess who voted what.</summary>
    [Range(1, 100)]
    public int MinBallots { get; set; } = 3;

    /// <summary>With no roll call closing the quarter's last meeting, the survey opens this many days before the quarter's end.</summary>
    [Range(1, 31)]
    public int OpenInLastDays { get; set; } = 7;

    /// <summary>A quarter whose survey never opened (the host was down) still opens this many days into the next.</summary>
    [Range(0, 60)]
    public int CatchUpDays { get; set; } = 14;

    /// <summary>The survey closes this many days after it opens.</summary>
    [Range(1, 60)]
    public int OpenForDays { get; set; } = 7;

    /// <summary>The one reminder to those who have not voted goes this many days before the close.</summary>
    [Range(1, 59)]
    public int RemindDaysBeforeClose { get; set; } = 2;

    /// <summary>A member may change his or her ballot until the close.</summary>
    public bool AllowVoteChanges { get; set; } = true;

    /// <summary>"kết quả khảo sát": the target share of the scope's chi bộ rated Tốt (Thông báo 117-TB/ĐUK: 90 %).</summary>
    [Range(0, 100)]
    public double GoodShareTargetPercent { get; set; } = 90;

    /// <summary>"kết quả khảo sát": the target share of chi bộ that held a thematic session in the quarter.</summary>
    [Range(0, 100)]
    public double ThematicShareTargetPercent { get; set; } = 100;

    [Range(0, 2000)]
    public int CommentMaxLength { get; set; } = 500;

    /// <summary>
    /// The secret of the ballots' keyed hash (HMAC-SHA256), base64, at least 32 bytes: from Key Vault in production (the host
    /// refuses to start in Production without it). Outside Production an unset key falls back to a fixed development key.
    /// </summary>
    public string? BallotKey { get; set; }

    public SurveyBand BandOf(double score) =>
        score >= GoodScore ? SurveyBand.Good : score >= FairScore ? SurveyBand.Fair : score >= AverageScore ? SurveyBand.Average : SurveyBand.Poor;

    public SurveyCriterion? FindCriterion(string id) => CriteriaInUse.FirstOrDefault(c => c.Id == id);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var criteria = CriteriaInUse;
        if (criteria.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() != criteria.Count)
        {
            yield return new ValidationResult($"{Section}:{nameof(Criteria)}: every criterion needs an id of its own.", [nameof(Criteria)]);
        }
        foreach (var criterion in criteria)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(criterion, new ValidationContext(criterion), results, validateAllProperties: true))
            {
                foreach (var result in results)
                {
                    yield return new ValidationResult($"{Section}:{nameof(Criteria)} '{criterion.Id}': {result.ErrorMessage}", [nameof(Criteria)]);
                }
            }
        }
        if (criteria.Sum(c => c.Points) != TotalPoints)
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(Criteria)}: the points must total {TotalPoints} (the bands are on a 100-point scale); they total {criteria.Sum(c => c.Points)}.",
                [nameof(Criteria)]);
        }
        if (ScaleMin >= ScaleMax)
        {
            yield return new ValidationResult($"{Section}: {nameof(ScaleMin)} ({ScaleMin}) must be below {nameof(ScaleMax)} ({ScaleMax}).", [nameof(ScaleMin), nameof(ScaleMax)]);
        }
        if (!(GoodScore >= FairScore && FairScore >= AverageScore))
        {
            yield return new ValidationResult(
                $"{Section}: the band thresholds must go down: {nameof(GoodScore)} ({GoodScore}) ≥ {nameof(FairScore)} ({FairScore}) ≥ {nameof(AverageScore)} ({AverageScore}).",
                [nameof(GoodScore), nameof(FairScore), nameof(AverageScore)]);
        }
        if (RemindDaysBeforeClose >= OpenForDays)
        {
            yield return new ValidationResult(
                $"{Section}: {nameof(RemindDaysBeforeClose)} ({RemindDaysBeforeClose}) must be less than {nameof(OpenForDays)} ({OpenForDays}).",
                [nameof(RemindDaysBeforeClose)]);
        }
    }
}
