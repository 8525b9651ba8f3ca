using Microsoft.AspNetCore.Mvc;

namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>
/// The query parameters every BI read shares. All arrive as text and are validated by
/// <see cref="QueryErrors"/>, so a bad value gets a 400 that names its field.
/// </summary>
public sealed record BiQuery(
    [property: FromQuery(Name = "location_id")] string? LocationId,
    [property: FromQuery(Name = "timeframe")] string? Timeframe,
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "force_refresh")] string? ForceRefresh);
