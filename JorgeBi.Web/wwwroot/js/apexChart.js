// Blazor interop for Components/Charts/ApexChart.
//
// The UMD bundle is copied from npm into wwwroot/lib by build/ApexCharts.targets. Importing it
// once for its side effect defines globalThis.ApexCharts (the ESM build would need an import
// map for its bare "apexcharts/core" import).
//
// CSP: no 'unsafe-eval' is needed (the bundle has no eval / new Function, and formatters are
// looked up by name below instead of being sent as code). style-src 'unsafe-inline' IS needed:
// ApexCharts injects <style> elements (blocked under style-src 'self' unless they carry
// chart.nonce) and builds some tooltip markup with style="..." attributes through innerHTML.
import "../lib/apexcharts/apexcharts.min.js";

const dotNetRefs = new WeakMap();
const formatterCache = new Map();

const formatterFactories = {
    number: (decimals) => numberFormatter({ maximumFractionDigits: decimals ?? 2 }),
    compact: () => numberFormatter({ notation: "compact", maximumFractionDigits: 1 }),
    percent: (decimals) => numberFormatter({ style: "percent", maximumFractionDigits: decimals ?? 1 }),
    currency: (code) => numberFormatter({ style: "currency", currency: code || "USD", maximumFractionDigits: 0 }),
    ms: () => (value) => isNumber(value) ? formatDuration(value) : value,
};

// data-chart-ready on the host says the chart is drawn with its click handlers bound, and
// data-chart-version counts the draws: scripts and browser tests wait for these instead of
// guessing when a bar can be clicked or when new data has arrived.
export async function create(element, options, dotNetRef) {
    const chart = new globalThis.ApexCharts(element, prepare(options, dotNetRef));
    dotNetRefs.set(chart, dotNetRef);
    element.dataset.chartReady = "false";
    await chart.render();
    markReady(element);
    return chart;
}

export async function update(chart, options) {
    chart.el.dataset.chartReady = "false";
    await chart.updateOptions(prepare(options, dotNetRefs.get(chart)));
    markReady(chart.el);
}

function markReady(element) {
    element.dataset.chartVersion = String(Number(element.dataset.chartVersion ?? 0) + 1);
    element.dataset.chartReady = "true";
}

export function destroy(chart) {
    dotNetRefs.delete(chart);
    chart.destroy();
}

function prepare(options, dotNetRef) {
    const config = typeof options === "string" ? JSON.parse(options) : options;
    resolveFormatters(config);
    config.chart ??= {};
    config.chart.events = {
        ...config.chart.events,
        ...selectionEvents(dotNetRef),
    };
    return config;
}

// Replaces every "formatter": "name[:arg]" string with the named function.
function resolveFormatters(node) {
    if (Array.isArray(node)) {
        node.forEach(resolveFormatters);
        return;
    }
    if (node === null || typeof node !== "object") {
        return;
    }
    for (const [key, value] of Object.entries(node)) {
        if (key === "formatter" && typeof value === "string") {
            const formatter = lookupFormatter(value);
            if (formatter) {
                node[key] = formatter;
            } else {
                console.warn(`apexChart: unknown formatter "${value}"`);
                delete node[key];
            }
        } else {
            resolveFormatters(value);
        }
    }
}

function lookupFormatter(spec) {
    if (!formatterCache.has(spec)) {
        const [name, arg] = spec.split(":", 2);
        const factory = formatterFactories[name];
        formatterCache.set(spec, factory ? factory(parseArg(name, arg)) : undefined);
    }
    return formatterCache.get(spec);
}

function parseArg(name, arg) {
    if (arg === undefined || arg === "") {
        return undefined;
    }
    return name === "currency" ? arg : Number(arg);
}

function numberFormatter(intlOptions) {
    const format = new Intl.NumberFormat(undefined, intlOptions);
    // Axis formatters are also called with category labels (horizontal bars): pass those through.
    return (value) => isNumber(value) ? format.format(value) : value;
}

function isNumber(value) {
    return typeof value === "number" && Number.isFinite(value);
}

function formatDuration(ms) {
    const abs = Math.abs(ms);
    if (abs < 1000) {
        return `${Math.round(ms)} ms`;
    }
    if (abs < 60_000) {
        return `${(ms / 1000).toFixed(abs < 10_000 ? 2 : 1)} s`;
    }
    return `${(ms / 60_000).toFixed(1)} min`;
}

function selectionEvents(dotNetRef) {
    if (!dotNetRef) {
        return {};
    }
    // A marker click on a line chart can raise both events for the same point.
    let last = { key: "", at: 0 };
    const notify = (seriesIndex, dataPointIndex, w) => {
        if (dataPointIndex < 0) {
            return;
        }
        const key = `${seriesIndex}:${dataPointIndex}`;
        const now = Date.now();
        if (key === last.key && now - last.at < 300) {
            return;
        }
        last = { key, at: now };
        dotNetRef
            .invokeMethodAsync("NotifyDataPointSelected", seriesIndex, dataPointIndex, categoryOf(w, seriesIndex, dataPointIndex))
            .catch(() => { /* the component is gone */ });
    };
    return {
        dataPointSelection: (_event, _chart, config) => notify(config.seriesIndex, config.dataPointIndex, config.w),
        markerClick: (_event, _chart, config) => notify(config.seriesIndex, config.dataPointIndex, config.w),
    };
}

function categoryOf(w, seriesIndex, dataPointIndex) {
    const point = w?.config?.series?.[seriesIndex]?.data?.[dataPointIndex];
    const category = point !== null && typeof point === "object" && !Array.isArray(point)
        ? point.x
        : w?.globals?.labels?.[dataPointIndex];
    return category === undefined || category === null ? null : String(category);
}
