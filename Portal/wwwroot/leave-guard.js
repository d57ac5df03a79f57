// On a static page, a link in the layout (the menu) is followed by the browser or by enhanced navigation,
// which never asks an interactive island's NavigationLock. While an island holds unsaved input it renders a
// hidden [data-leave-guard] input: a click on a link of this site is then handed to the island (the link's
// address as the input's value), which navigates from .NET, so its NavigationLock asks first.
window.addEventListener('click', event => {
    const guard = document.querySelector('input[data-leave-guard]');
    if (!guard || event.button !== 0 || event.ctrlKey || event.shiftKey || event.altKey || event.metaKey) {
        return;
    }
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || link.target || link.hasAttribute('download') || link.origin !== location.origin) {
        return;
    }
    event.preventDefault();
    event.stopPropagation();
    guard.value = link.href;
    guard.dispatchEvent(new Event('change', { bubbles: true }));
}, { capture: true });
