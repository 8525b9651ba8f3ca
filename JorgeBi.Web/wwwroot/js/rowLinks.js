// In a table inside [data-row-links], a click anywhere on a body row opens the row's first
// link. It happens in the browser, so it needs no round trip to the server first and a live
// re-render of the table cannot swallow it; the link itself stays for keyboards and
// screen readers, and Blazor's navigation takes the click on it as on any link.
document.addEventListener('click', e => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const row = e.target.closest('[data-row-links] tbody tr');
    if (!row || e.target.closest('a, button, input, select, textarea, label')) return;
    if (window.getSelection()?.toString()) return; // selecting text in a row is not a click on it
    row.querySelector('a[href]')?.click();
});
