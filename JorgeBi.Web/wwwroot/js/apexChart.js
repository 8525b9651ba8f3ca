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
//
// A chart is drawn once it comes near the viewport, when the browser is idle, one per idle
// slot, and the 1 MB ApexCharts bundle is fetched and evaluated at the first such slot: a chart
// costs tens to hundreds of milliseconds of main thread on a tablet, and the page's first
// interactive render and first clicks must not wait behind charts nobody has scrolled to yet
// (on a phone every chart of the insights page is below the fold). create() therefore answers
// at once with a handle; update() before the draw only replaces the options the draw will use.
let library;
let libraryFetches = 0;
const libraryRetryMs = 2000;
let draining = false;
let drawing = Promise.resolve();
const queue = [];
const waiting = new Map(); // host element -> handle not yet near the viewport
const drawn = new Set();
const formatterCache = new Map();

// Half a screen ahead, so a chart is usually drawn by the time it scrolls into view.
const nearView = new IntersectionObserver(entries => {
    for (const entry of entries) {
        const handle = waiting.get(entry.target);
        if (entry.isIntersecting && handle) {
            waiting.delete(entry.target);
            nearView.unobserve(entry.target);
            enqueue(handle);
        }
    }
}, { rootMargin: "50% 0px" });

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
export function create(element, options, dotNetRef) {
    element.dataset.chartReady = "false";
    const handle = { element, options, dotNetRef, chart: null, drawn: false, destroyed: false };
    waiting.set(element, handle);
    nearView.observe(element);
    return handle;
}

function enqueue(handle) {
    queue.push(handle);
    if (!draining) {
        draining = true;
        whenIdle(drawNext);
    }
}

export async function update(handle, options) {
    handle.options = options;
    if (!handle.drawn) {
        return;
    }
    handle.element.dataset.chartReady = "false";
    await handle.chart.updateOptions(prepare(options, handle.dotNetRef));
    markReady(handle.element);
}

function markReady(element) {
    element.dataset.chartVersion = String(Number(element.dataset.chartVersion ?? 0) + 1);
    element.dataset.chartReady = "true";
}

export function destroy(handle) {
    handle.destroyed = true;
    waiting.delete(handle.element);
    nearView.unobserve(handle.element);
    drawn.delete(handle);
    handle.chart?.destroy();
    handle.chart = null;
}

// While the page prints, its charts keep the drawing they have. ApexCharts redraws a chart
// whose box changes size, and the print layout changes every box; a browser lays out and
// prints right after beforeprint without running scripts in between, but where scripts do run
// in between (an emulated print medium) the redraw would replace the drawing fitted to the
// print box (Executive.razor.js) with one at the chart's screen height.
export function holdRedraws(hold) {
    for (const handle of drawn) {
        const settings = handle.chart?.w?.config?.chart;
        if (settings) {
            settings.redrawOnParentResize = !hold;
            settings.redrawOnWindowResize = !hold;
        }
    }
}

// Draws every chart not drawn yet, now, near the viewport or not: printing cannot wait for
// idle time or for scrolling.
export async function drawAll() {
    for (const [element, handle] of waiting) {
        nearView.unobserve(element);
        queue.push(handle);
    }
    waiting.clear();
    await drawing;
    for (const handle of queue.splice(0)) {
        await drawLogged(handle);
    }
}

async function drawNext() {
    const next = queue.findIndex(isInView);
    const [handle] = queue.splice(Math.max(next, 0), 1);
    if (handle) {
        drawing = drawLogged(handle);
        await drawing;
    }
    if (queue.length > 0) {
        whenIdle(drawNext);
    } else {
        draining = false;
    }
}

async function drawLogged(handle) {
    try {
        await draw(handle);
    } catch (error) {
        console.error("apexChart: drawing failed", error);
        if (library === undefined) {
            // The library could not be fetched (the server restarting, a network blip): the
            // chart is drawn once it can be, instead of staying empty until a reload.
            setTimeout(() => enqueue(handle), libraryRetryMs);
        }
    }
}

// A failed fetch is not kept, and a retry asks under a new query string: the browser's module
// map remembers a URL's failure for the life of the page.
function loadLibrary() {
    if (library === undefined) {
        const query = libraryFetches > 0 ? `?retry=${libraryFetches}` : "";
        libraryFetches++;
        library = import(`../lib/apexcharts/apexcharts.min.js${query}`).catch(error => {
            library = undefined;
            throw error;
        });
    }
    return library;
}

async function draw(handle) {
    if (handle.destroyed || !handle.element.isConnected) {
        return;
    }
    await loadLibrary();
    const options = handle.options;
    const chart = new globalThis.ApexCharts(handle.element, prepare(options, handle.dotNetRef));
    handle.chart = chart;
    await chart.render();
    if (handle.destroyed) {
        return;
    }
    handle.drawn = true;
    drawn.add(handle);
    markReady(handle.element);
    if (handle.options !== options) {
        await update(handle, handle.options);
    }
}

function isInView(handle) {
    const box = handle.element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
}

function whenIdle(callback) {
    if ("requestIdleCallback" in globalThis) {
        requestIdleCallback(callback, { timeout: 1000 });
    } else {
        setTimeout(callback, 50);
    }
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
