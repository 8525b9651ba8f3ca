namespace JorgeBi.Core.Events;

/// <summary>The outcome of validating a batch: every event, or the errors that refuse it whole.</summary>
public sealed record EventBatchResult(IReadOnlyList<BiEvent> Events, ValidationErrors Errors)
{
    public bool IsValid => Errors.IsEmpty;
}
