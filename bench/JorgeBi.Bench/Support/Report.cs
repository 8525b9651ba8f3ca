using System.Globalization;
using System.Text;

namespace JorgeBi.Bench.Support;

/// <summary>
/// The Markdown result of a run, written to disk after every section so an interrupted run
/// keeps what it measured; ends with one line per target of the performance goals.
/// </summary>
public sealed class Report(string path, string header)
{
    private readonly StringBuilder _body = new();
    private readonly List<string> _targets = [];

    public void Section(string title, string? text = null)
    {
        _body.AppendLine().AppendLine($"## {title}").AppendLine();
        if (text is not null) _body.AppendLine(text).AppendLine();
        Console.WriteLine($"== {title}");
        Save();
    }

    public void Line(string text)
    {
        _body.AppendLine(text).AppendLine();
        Console.WriteLine(text);
        Save();
    }

    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new StringBuilder();
        table.AppendLine("| " + string.Join(" | ", headers) + " |");
        table.AppendLine("|" + string.Concat(headers.Select(_ => "---|")));
        foreach (var row in rows) table.AppendLine("| " + string.Join(" | ", row) + " |");
        _body.Append(table).AppendLine();
        Console.Write(table);
        Save();
    }

    public void Code(string text)
    {
        _body.AppendLine("```").AppendLine(text.TrimEnd()).AppendLine("```").AppendLine();
        Save();
    }

    /// <summary>One target of the performance goals, met or missed, with the figure that decides it.</summary>
    public void Target(string target, bool met, string figure)
    {
        _targets.Add($"- {target}: **{(met ? "met" : "missed")}** ({figure})");
        Console.WriteLine(_targets[^1]);
        Save();
    }

    public void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var text = new StringBuilder(header).Append(_body);
        if (_targets.Count > 0) text.AppendLine().AppendLine("## Targets").AppendLine().AppendJoin(Environment.NewLine, _targets).AppendLine();
        File.WriteAllText(path, text.ToString());
    }

    public static string Ms(double ms) => double.IsNaN(ms) ? "-" : ms.ToString(ms < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    public static string Number(double n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Ratio(double r) => r.ToString("0.00", CultureInfo.InvariantCulture) + "x";
}
