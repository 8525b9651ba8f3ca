using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace JorgeBi.Web.Hosting;

/// <summary>
/// Masks the API key that SignalR's browser clients send as access_token in the query string
/// of hub requests: ASP.NET Core's request events carry the whole query string, so without
/// this any log level that shows them (Information and below) would write the key.
/// </summary>
public sealed partial class AccessTokenRedaction : ILogEventEnricher
{
    [GeneratedRegex("(?<=[?&]access_token=)[^&\\s\"]+", RegexOptions.IgnoreCase)]
    private static partial Regex Token();

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && Token().IsMatch(text))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(Token().Replace(text, "[redacted]"))));
            }
        }
    }
}
