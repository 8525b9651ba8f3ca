using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JorgeBi.Tests.Security;

/// <summary>A string built at run time that reads like SQL or reaches a Dapper/Npgsql command.</summary>
public sealed record SqlFinding(string File, int Line, string Code, string Shape)
{
    public override string ToString() => $"{File}:{Line}: {Code}";
}

/// <summary>
/// Finds SQL built from strings with holes: interpolations and '+' concatenations with at
/// least one part that is not a compile-time constant (the compiler decides which are),
/// whose text looks like SQL or which are handed straight to a command. A hole filled by a
/// const (a column list, a channel name) makes the whole string a constant and is no finding.
/// </summary>
public static partial class StringBuiltSql
{
    private const string Hole = "{…}";

    private static readonly string[] CommandTypes = ["CommandDefinition", "NpgsqlCommand", "NpgsqlBatchCommand"];
    private static readonly string[] CopyMethods = ["BeginBinaryImport", "BeginBinaryExport", "BeginTextImport", "BeginTextExport", "BeginRawBinaryCopy"];

    // The implicit usings of the SDKs the projects use, which are not in their sources.
    private const string ImplicitUsings = """
        global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq;
        global using System.Net.Http; global using System.Net.Http.Json; global using System.Threading; global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder; global using Microsoft.AspNetCore.Hosting; global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing; global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection; global using Microsoft.Extensions.Hosting; global using Microsoft.Extensions.Logging;
        """;

    [GeneratedRegex(
        @"\bselect\b[\s\S]*\bfrom\b|\binsert\s+into\b|\bupdate\s+\S+\s+set\b|\bdelete\s+from\b|" +
        @"\b(create|drop|alter|truncate)\s+(database|table|index|schema|role|view|function|extension)\b|" +
        @"^\s*(where|and|or|order\s+by|group\s+by|limit|offset|with)\b|\border\s+by\b|\bgroup\s+by\b|" +
        @"\b(listen|notify|unlisten)\s+\S|\bcopy\s+\S+[\s\S]*\b(from|to)\s+std(in|out)\b|[=<>]\s*[@:]\w",
        RegexOptions.IgnoreCase)]
    private static partial Regex SqlShape();

    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);

    /// <summary>Every finding in the C# sources of <paramref name="projects"/> (paths relative to the repository root).</summary>
    public static IReadOnlyList<SqlFinding> Scan(params string[] projects) => Scan(projects.SelectMany(RepositoryRoot.CSharpFiles)
        .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), ParseOptions, Path.GetRelativePath(RepositoryRoot.Path, f), Encoding.UTF8)));

    /// <summary>The findings in one piece of source, for checking the scanner itself.</summary>
    public static IReadOnlyList<SqlFinding> ScanSource(string source) => Scan([CSharpSyntaxTree.ParseText(source, ParseOptions, "probe.cs")]);

    private static IReadOnlyList<SqlFinding> Scan(IEnumerable<SyntaxTree> sources)
    {
        var trees = sources.ToList();
        var compilation = CSharpCompilation.Create("sql-scan", [.. trees, CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions)], References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return trees.SelectMany(tree => FindingsIn(tree, compilation)).ToList();
    }

    private static IEnumerable<SqlFinding> FindingsIn(SyntaxTree tree, Compilation compilation)
    {
        SemanticModel? model = null;
        foreach (var node in tree.GetRoot().DescendantNodes().OfType<ExpressionSyntax>())
        {
            var parts = node switch
            {
                InterpolatedStringExpressionSyntax s => s.Contents.Select(Part).ToList(),
                BinaryExpressionSyntax b when IsTopmostConcat(b) => Operands(b).Select(Part).ToList(),
                _ => null,
            };
            // Syntax first, so the compiler is only asked about the few strings that could be SQL.
            if (parts is null || parts.All(p => p.Hole is null)) continue;
            var shape = string.Concat(parts.Select(p => p.Text));
            model ??= compilation.GetSemanticModel(tree);
            if (!SqlShape().IsMatch(shape) && !IsCommandArgument(node, model)) continue;
            if (parts.All(p => p.Hole is null || model.GetConstantValue(p.Hole).HasValue)) continue;
            yield return new SqlFinding(tree.FilePath.Replace('\\', '/'), node.GetLocation().GetLineSpan().StartLinePosition.Line + 1, node.ToString(), shape);
        }
    }

    /// <summary>A piece of a built string: literal text, or a hole with the expression that fills it.</summary>
    private sealed record Piece(string Text, ExpressionSyntax? Hole);

    private static Piece Part(InterpolatedStringContentSyntax content) => content is InterpolatedStringTextSyntax text
        ? new(text.TextToken.ValueText, null)
        : new(Hole, ((InterpolationSyntax)content).Expression);

    private static Piece Part(ExpressionSyntax operand) => operand is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
        ? new(literal.Token.ValueText, null)
        : new(Hole, operand);

    // A '+' chain with text in it: string concatenation, the only kind that can build SQL.
    private static bool IsTopmostConcat(BinaryExpressionSyntax b) =>
        b.IsKind(SyntaxKind.AddExpression)
        && !(b.Parent?.IsKind(SyntaxKind.AddExpression) ?? false)
        && Operands(b).Any(o => o.IsKind(SyntaxKind.StringLiteralExpression) || o is InterpolatedStringExpressionSyntax);

    private static IEnumerable<ExpressionSyntax> Operands(ExpressionSyntax e) =>
        e is BinaryExpressionSyntax b && b.IsKind(SyntaxKind.AddExpression) ? Operands(b.Left).Concat(Operands(b.Right)) : [e];

    /// <summary>Handed straight to Dapper or Npgsql: an argument of Query*/Execute*/COPY, of a command's constructor, or CommandText.</summary>
    private static bool IsCommandArgument(ExpressionSyntax node, SemanticModel model) => node.Parent switch
    {
        ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call } => MethodName(call) is { } name
            && (name.StartsWith("Query", StringComparison.Ordinal) || name.StartsWith("Execute", StringComparison.Ordinal) || CopyMethods.Contains(name)),
        ArgumentSyntax { Parent.Parent: ObjectCreationExpressionSyntax creation } => CommandTypes.Contains(TypeName(creation.Type)),
        ArgumentSyntax { Parent.Parent: ImplicitObjectCreationExpressionSyntax creation } => CommandTypes.Contains(model.GetTypeInfo(creation).Type?.Name),
        AssignmentExpressionSyntax { Left: var left } assignment when assignment.Right == node => left.ToString().EndsWith("CommandText", StringComparison.Ordinal),
        _ => false,
    };

    private static string TypeName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax q => q.Right.Identifier.ValueText,
        SimpleNameSyntax n => n.Identifier.ValueText,
        _ => type.ToString(),
    };

    private static string? MethodName(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
        SimpleNameSyntax n => n.Identifier.ValueText,
        _ => null,
    };

    // Only the core library: the constants that matter are our own, and a constant the
    // compiler cannot see (one from a package) stays a hole, so the scan errs on the safe side.
    private static IEnumerable<MetadataReference> References() =>
        [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(Enumerable).Assembly.Location)];
}
