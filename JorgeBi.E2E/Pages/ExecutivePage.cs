using System.Globalization;
using Microsoft.Playwright;

namespace JorgeBi.E2E.Pages;

/// <summary>The executive dashboard: one card per KPI of the last 30 days.</summary>
public sealed class ExecutivePage(IPage page) : AppShell(page)
{
    public override string Name => "executive";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Executive dashboard" });
    public ILocator KpiValues => Page.Locator("[data-testid^='kpi-']");

    public ILocator Kpi(string name) => Page.GetByTestId($"kpi-{name}");

    public override async Task GotoAsync() => await Page.GotoAsync("/");

    /// <summary>
    /// The circuit live, then the KPI cards visible: the first interactive render shows
    /// skeletons again until the KPIs are loaded, so cards seen before it prove nothing.
    /// </summary>
    public override async Task WaitUntilInteractiveAsync()
    {
        await WaitForCircuitAsync();
        await KpiValues.First.WaitForAsync(new() { State = WaitForSelectorState.Visible });
    }

    /// <summary>The displayed value of a KPI as a number; null when the card shows "–" (nothing to measure).</summary>
    public async Task<double?> KpiValueAsync(string name) => ParseKpi(await Kpi(name).InnerTextAsync());

    /// <summary>Every card's name (without the prefix) and displayed text, in page order.</summary>
    public async Task<IReadOnlyList<(string Name, string Text)>> KpiTextsAsync()
    {
        var cards = new List<(string, string)>();
        foreach (var card in await KpiValues.AllAsync())
        {
            var testId = await card.GetAttributeAsync("data-testid") ?? "";
            cards.Add((testId["kpi-".Length..], (await card.InnerTextAsync()).Trim()));
        }
        return cards;
    }

    /// <summary>A card's number as displayed ("1,234", "$44,280", "4.5 %", "23 ms", "45 s"); null for "–" (nothing to measure).</summary>
    public static double? ParseKpi(string text)
    {
        text = text.Trim();
        if (text == "–") return null;
        var number = new string(text.Where(c => char.IsDigit(c) || c is '.' or '-' or ',').ToArray());
        return double.Parse(number, NumberStyles.Number, CultureInfo.InvariantCulture);
    }
}
