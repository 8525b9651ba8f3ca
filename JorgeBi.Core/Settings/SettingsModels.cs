namespace JorgeBi.Core.Settings;

/// <summary>
/// A location's owner settings. <see cref="ConfirmedAt"/> is null while it runs on the defaults its
/// first event gave it. <see cref="Rebucket"/> is its latest time-zone change, while it runs and after.
/// </summary>
public sealed record LocationSettings(
    string LocationId, string Name, string TimeZone, decimal CommissionRate, decimal MonthlyCommissionTarget, DateTimeOffset? ConfirmedAt)
{
    public bool IsNew => ConfirmedAt is null;

    public RebucketJob? Rebucket { get; init; }
}

/// <summary>The values to set on a location; null keeps the current one (a new location's default).</summary>
public sealed record LocationChange(string? Name = null, string? TimeZone = null, decimal? CommissionRate = null, decimal? MonthlyCommissionTarget = null);

/// <summary>A bot's display name and the targets its matrix row and alerts are held to.</summary>
public sealed record BotSettings(string BotId, string Name, int ResponseTargetMs, decimal SuccessTarget);

/// <summary>The values to set on a bot; null keeps the current one.</summary>
public sealed record BotChange(string? Name = null, int? ResponseTargetMs = null, decimal? SuccessTarget = null)
{
    public bool IsEmpty => Name is null && ResponseTargetMs is null && SuccessTarget is null;
}

/// <summary>A lead source's display name.</summary>
public sealed record SourceSettings(string SourceId, string Name);

public enum SaveOutcome { Created, Updated, Invalid, NotFound, Conflict }

/// <summary>
/// What a save did: the settings as stored, or the errors by field (the API's field names), or
/// nothing found, or a conflict with a change still running (<see cref="Errors"/> says which).
/// A changed time zone is queued (<see cref="RebucketQueued"/>) and applies when its job completes.
/// </summary>
public sealed record SaveResult<T>(SaveOutcome Outcome, T? Saved, IDictionary<string, string[]> Errors, bool RebucketQueued = false)
{
    public static SaveResult<T> Invalid(IDictionary<string, string[]> errors) => new(SaveOutcome.Invalid, default, errors);

    public static SaveResult<T> NotFound() => new(SaveOutcome.NotFound, default, new Dictionary<string, string[]>());

    public static SaveResult<T> Conflict(string field, string message) =>
        new(SaveOutcome.Conflict, default, new Dictionary<string, string[]> { [field] = [message] });
}
