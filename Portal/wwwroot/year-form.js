// The year selector of read-only pages submits its GET form when a year is chosen. Delegated from the
// document, so it also works on pages that enhanced navigation swaps in; kept in a file because the
// content security policy runs no inline handlers.
document.addEventListener('change', event => {
    if (event.target instanceof HTMLSelectElement && event.target.matches('select.year-select') && event.target.form) {
        event.target.form.submit();
    }
});
