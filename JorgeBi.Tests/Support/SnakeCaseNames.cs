using System.Text.Json;
using System.Text.RegularExpressions;

namespace JorgeBi.Tests.Support;

/// <summary>The API's one casing on the wire: every member name, at every depth, is snake_case.</summary>
public static partial class SnakeCaseNames
{
    public static void AssertEverywhere(JsonElement json)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in json.EnumerateObject())
                {
                    Assert.Matches(SnakeCase(), member.Name);
                    AssertEverywhere(member.Value);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in json.EnumerateArray()) AssertEverywhere(item);
                break;
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}
