using JorgeBi.Core.Settings;
using JorgeBi.Web.Components.Shared;

namespace JorgeBi.Web.Settings;

public static class RebucketLabels
{
    /// <summary>How far a move is: waiting for its turn, or the share done.</summary>
    public static string Progress(RebucketJob move) => move.State == RebucketStates.Queued ? "waiting to start" : Formats.Percent(move.Progress);
}
