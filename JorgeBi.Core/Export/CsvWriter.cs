using System.Globalization;

namespace JorgeBi.Core.Export;

/// <summary>
/// RFC 4180 CSV: a field with a comma, quote, CR or LF is quoted and its quotes doubled;
/// lines end with CRLF. Text that a spreadsheet would run as a formula (starting with
/// = + - @, or tab / CR, which some spreadsheets strip first) gets a leading single quote,
/// so an exported lead source like "=HYPERLINK(...)" stays text (OWASP CSV injection).
/// Numbers and dates are ours, not user text, and are written as they are: -5 stays -5.
/// </summary>
public static class CsvWriter
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static async Task WriteRowAsync(TextWriter writer, IEnumerable<object?> cells, CancellationToken ct = default)
    {
        await writer.WriteAsync(string.Join(",", cells.Select(Field)).AsMemory(), ct);
        await writer.WriteAsync("\r\n".AsMemory(), ct);
    }

    public static string Field(object? value) => value switch
    {
        null => "",
        string s => Quote(Defuse(s)),
        DateTime d => d.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(Defuse(value.ToString() ?? "")),
    };

    private static string Defuse(string s) => s.Length > 0 && FormulaStarts.Contains(s[0]) ? "'" + s : s;

    private static string Quote(string s) => s.IndexOfAny(NeedsQuotes) < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";
}
