// A wide table scrolls inside its own box; that box takes keyboard focus, so people who do not use a
// mouse can scroll it with the arrow keys too (WCAG 2.1.1, axe's scrollable-region-focusable). Watches the
// document, because interactive pages render their tables after this script ran.
(() => {
    const mark = root => {
        for (const box of root.querySelectorAll('.mud-table-container:not([tabindex])')) {
            box.tabIndex = 0;
        }
    };
    mark(document);
    new MutationObserver(() => mark(document)).observe(document.body, { childList: true, subtree: true });
})();
