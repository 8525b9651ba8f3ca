namespace JorgeBi.Web.Components.Pages.Settings;

/// <summary>A save's errors by field, as the settings forms show them under each field.</summary>
internal sealed class SettingsErrors
{
    private IDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? Text(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public void Set(IDictionary<string, string[]> errors) => _errors = errors;

    public void Clear() => _errors = new Dictionary<string, string[]>();
}
