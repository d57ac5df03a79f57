// The header's year selector submits its GET form when a year is chosen, or opens the page of that year
// where the year is part of the address (data-year-path, e.g. /reports/{year}). Delegated from the
// document, so it also works on pages that navigation swaps in; kept in a file because the content
// security policy runs no inline handlers.
document.addEventListener('change', event => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.matches('select.year-select') || !select.form) {
        return;
    }
    const template = select.form.dataset.yearPath;
    if (template) {
        location.assign(template.replace('{year}', encodeURIComponent(select.value)));
    } else {
        select.form.submit();
    }
});
