namespace PartyBot.Core.Organization.Import;

/// <summary>Reads typed values from one row; a wrong value is reported (file, line, column, value) and read as null.</summary>
internal readonly struct RowValues(string file, SheetRow row, ImportProblems problems)
{
    public string Required(ImportColumn column)
    {
        var text = row[column];
        if (text.Length == 0 && row.Values.ContainsKey(column) && !row.Refused.Contains(column))
        {
            Error(column, ImportTexts.Required);
        }
        return text;
    }

    public string? UnitId(ImportColumn column, bool required)
    {
        var text = required ? Required(column) : row[column];
        if (text.Length == 0)
        {
            return null;
        }
        if (!ImportVocabulary.IsUnitId(text))
        {
            Error(column, ImportTexts.BadId(text));
        }
        return text;
    }

    public T? Choice<T>(ImportColumn column, Choices<T> choices, bool required) where T : struct
    {
        var text = required ? Required(column) : row[column];
        if (text.Length == 0)
        {
            return null;
        }
        if (choices.TryParse(text, out var value))
        {
            return value;
        }
        Error(column, ImportTexts.NotOneOf(text, choices.What, choices.Names));
        return null;
    }

    public IReadOnlySet<T> Choices<T>(ImportColumn column, Choices<T> choices) where T : struct
    {
        var set = new HashSet<T>();
        foreach (var text in ImportVocabulary.List(row[column]))
        {
            if (choices.TryParse(text, out var value))
            {
                set.Add(value);
            }
            else
            {
                Error(column, ImportTexts.NotOneOf(text, choices.What, choices.Names));
            }
        }
        return set;
    }

    public DateOnly? Date(ImportColumn column) =>
        TryParse(column, ImportVocabulary.TryDate, ImportTexts.BadDate, out DateOnly date) ? date : null;

    public int? Day(ImportColumn column) =>
        TryParse(column, ImportVocabulary.TryDay, ImportTexts.BadDay, out int day) ? day : null;

    public TimeOnly? Time(ImportColumn column) =>
        TryParse(column, ImportVocabulary.TryTime, ImportTexts.BadTime, out TimeOnly time) ? time : null;

    public string? Email(ImportColumn column) =>
        TryParse(column, ImportVocabulary.TryEmail, ImportTexts.BadEmail, out string email) ? email : null;

    public string? EntraId(ImportColumn column) =>
        TryParse(column, ImportVocabulary.TryEntraId, ImportTexts.BadEntraId, out string id) ? id : null;

    private delegate bool TryParser<T>(string text, out T value);

    /// <summary>False for an empty cell, and for a wrong value (reported).</summary>
    private bool TryParse<T>(ImportColumn column, TryParser<T> parse, Func<string, string> message, out T value)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            value = default!;
            return false;
        }
        if (parse(text, out value))
        {
            return true;
        }
        Error(column, message(text));
        return false;
    }

    private void Error(ImportColumn column, string message) => problems.Error(file, row.Line, column, message);
}
