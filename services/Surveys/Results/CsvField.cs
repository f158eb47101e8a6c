namespace CxPlatform.Surveys.Results;

/// <summary>One CSV cell: RFC 4180 quoting, and no formula a spreadsheet would run.</summary>
public static class CsvField
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = ['"', ',', '\r', '\n'];

    /// <summary>
    /// A cell a spreadsheet would read as a formula (it starts with = + - @, tab or carriage return) gets a leading apostrophe,
    /// so a respondent's comment can never run in an analyst's spreadsheet (CSV injection); then it is quoted where RFC 4180 requires.
    /// </summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (FormulaStarts.Contains(value[0]))
        {
            value = "'" + value;
        }
        return value.IndexOfAny(NeedsQuotes) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
