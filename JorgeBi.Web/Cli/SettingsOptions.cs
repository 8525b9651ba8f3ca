using System.Globalization;
using JorgeBi.Core.Settings;

namespace JorgeBi.Web.Cli;

/// <summary>What the settings commands share: parsing numbers, refusing misspelt options, printing errors under the options' names.</summary>
internal static class SettingsOptions
{
    // Host switches a settings command may still be given; anything else without a
    // "Section:" is a misspelt option, which would otherwise be taken as configuration and
    // leave the setting silently unchanged.
    private static readonly string[] HostSwitches = ["urls", "environment", "contentRoot", "applicationName"];

    private static readonly Dictionary<string, string> OptionOf = new(StringComparer.Ordinal)
    {
        [SettingsFields.LocationId] = "ID",
        [SettingsFields.Name] = "--name",
        [SettingsFields.TimeZone] = "--time-zone",
        [SettingsFields.CommissionRate] = "--commission-rate",
        [SettingsFields.MonthlyCommissionTarget] = "--monthly-target",
        [SettingsFields.ResponseTargetMs] = "--response-target-ms",
        [SettingsFields.SuccessTarget] = "--success-target",
    };

    public static string? UnknownOption(IReadOnlyList<string> tokens, string command)
    {
        foreach (var token in tokens.Where(t => t.StartsWith("--", StringComparison.Ordinal)))
        {
            var key = token[2..].Split('=')[0];
            if (!key.Contains(':') && !HostSwitches.Contains(key, StringComparer.OrdinalIgnoreCase)) return $"Unknown option '{token.Split('=')[0]}' for '{command}'.";
        }
        return null;
    }

    public static decimal? Decimal(string? text, string option, List<string> errors)
    {
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
        errors.Add($"{option}: '{text}' is not a number.");
        return null;
    }

    public static int? Integer(string? text, string option, List<string> errors)
    {
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        errors.Add($"{option}: '{text}' is not a whole number.");
        return null;
    }

    public static IEnumerable<string> Describe(IDictionary<string, string[]> errors) =>
        errors.SelectMany(e => e.Value.Select(m => $"{OptionOf.GetValueOrDefault(e.Key, e.Key)}: {m}"));

    public static int Fail(UserConsole console, IEnumerable<string> messages, int code = 2)
    {
        foreach (var m in messages) console.Error.WriteLine(m);
        return code;
    }

    public static string Number(decimal value) => value.ToString("0.#####", CultureInfo.InvariantCulture);
}
