// StaticNews live reload: injected by `staticnews serve` only, never written by `build`.
(() => {
  const script = document.currentScript;
  let shownVersion = Number(script.dataset.version);
  const here = decodeURI(location.pathname).replace(/index\.html$/, '');
  let overlay = null;

  const showProblems = (problems) => {
    overlay?.remove();
    overlay = document.createElement('div');
    overlay.id = 'staticnews-error-overlay';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);' +
      'color:#fff;font:15px/1.5 ui-monospace,monospace;padding:2rem';
    const heading = document.createElement('h2');
    heading.textContent = `The site did not build: ${problems.length} error${problems.length === 1 ? '' : 's'}. The last good pages are still served.`;
    heading.style.cssText = 'color:#ff8a80;font-size:1.2rem;margin:0 0 1rem';
    overlay.append(heading);
    for (const problem of problems) {
      const item = document.createElement('div');
      item.className = 'staticnews-problem';
      item.style.cssText = 'margin:0 0 1rem;padding:.75rem 1rem;border-left:4px solid #ff8a80;background:#2a2a2a';
      const place = document.createElement('div');
      place.className = 'staticnews-problem-place';
      place.textContent = problem.line > 0 ? `${problem.file}(${problem.line},${Math.max(problem.column, 1)})` : problem.file;
      place.style.fontWeight = 'bold';
      const message = document.createElement('div');
      message.className = 'staticnews-problem-message';
      message.textContent = `error ${problem.code}: ${problem.message}`;
      item.append(place, message);
      overlay.append(item);
    }
    document.body.append(overlay);
  };

  const source = new EventSource(script.dataset.events);
  source.onmessage = (event) => {
    const message = JSON.parse(event.data);
    if (message.problems.length > 0) {
      showProblems(message.problems);
      return;
    }
    const stale = message.version !== shownVersion &&
      (overlay !== null || shownVersion === 0 || message.hello || message.reloadAll || message.pages.includes(here));
    if (stale) {
      source.close();
      location.reload();
    } else {
      shownVersion = message.version;
      overlay?.remove();
      overlay = null;
    }
  };
})();
