// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  if (window.DKFDS && typeof window.DKFDS.init === 'function') window.DKFDS.init();
});
