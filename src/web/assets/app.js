// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  if (window.DKFDS && typeof window.DKFDS.init === 'function') window.DKFDS.init();

  // A table that scrolls sideways inside its own box (app.css, narrow screens) must be reachable
  // by keyboard to be scrolled (WCAG 2.1.1): make it focusable while it overflows, and only then.
  const tables = Array.from(document.querySelectorAll('main .table'));
  const markScrollable = () => {
    for (const table of tables) {
      const box = table.closest('.table--responsive-scroll') || table;
      if (box.scrollWidth > box.clientWidth + 1) box.setAttribute('tabindex', '0');
      else if (box === table) box.removeAttribute('tabindex');
    }
  };
  markScrollable();
  window.addEventListener('resize', markScrollable);
});
