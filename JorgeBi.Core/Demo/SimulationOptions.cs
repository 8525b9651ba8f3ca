namespace JorgeBi.Core.Demo;

/// <summary>Background simulation while serving (configuration section "Simulation"); off unless Rate &gt; 0.</summary>
public sealed class SimulationOptions
{
    public const string Section = "Simulation";

    /// <summary>Events per second.</summary>
    public double Rate { get; set; }

    public string LocationId { get; set; } = Events.Domain.DefaultLocation;
}
