// Print support for the executive report. Charts are drawn at their on-screen size and the
// print layout is narrower, so for printing each chart's SVG gets a viewBox of its drawn size
// and scales into its print box instead of being cut off. The viewBox goes again afterwards:
// ApexCharts redraws at new sizes on resize, and a stale viewBox would distort the chart.
// beforeprint also covers Ctrl+P, not only the Print button. Charts are drawn in idle time
// after the page starts; the Print button first draws any still waiting.
import { drawAll, holdRedraws } from "../../../js/apexChart.js";

function fit() {
    for (const svg of document.querySelectorAll(".exec-report svg.apexcharts-svg:not([viewBox])")) {
        const width = parseFloat(svg.getAttribute("width"));
        const height = parseFloat(svg.getAttribute("height"));
        if (width > 0 && height > 0) {
            svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
            svg.setAttribute("data-print-fit", "");
        }
    }
}

function unfit() {
    for (const svg of document.querySelectorAll("svg[data-print-fit]")) {
        svg.removeAttribute("viewBox");
        svg.removeAttribute("data-print-fit");
    }
}

window.addEventListener("beforeprint", () => {
    fit();
    holdRedraws(true);
});
window.addEventListener("afterprint", () => {
    unfit();
    holdRedraws(false);
});

export async function printReport() {
    await drawAll();
    fit();
    window.print();
}
