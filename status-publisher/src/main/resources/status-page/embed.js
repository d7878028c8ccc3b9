/*
 * The status line for other sites: <script src="https://status.example.com/embed.js" async></script> puts a small
 * link where the script tag stands, and fills it from this page's /api/v2/summary.json (read cross-origin: the
 * JSON sends Access-Control-Allow-Origin: *). Text is only ever set as text, never as HTML.
 */
(function () {
  var script = document.currentScript;
  if (!script || !window.fetch) {
    return;
  }
  var base = new URL('.', script.src);
  var colours = {none: '#1e7b34', minor: '#9a4a00', major: '#b3261e', critical: '#b3261e', maintenance: '#0b57d0'};
  var line = document.createElement('a');
  line.className = 'incident-ledger-status';
  line.href = base.href;
  line.style.cssText = 'display:inline-flex;align-items:center;gap:.4em;font:inherit;color:inherit';
  var dot = document.createElement('span');
  dot.setAttribute('aria-hidden', 'true');
  dot.style.cssText = 'display:inline-block;width:.75em;height:.75em;border-radius:50%;background:#767676';
  var text = document.createElement('span');
  text.textContent = 'Service status';
  line.appendChild(dot);
  line.appendChild(text);
  script.parentNode.insertBefore(line, script);

  fetch(new URL('api/v2/summary.json', base).href, {headers: {Accept: 'application/json'}})
    .then(function (response) {
      if (!response.ok) {
        throw new Error('status ' + response.status);
      }
      return response.json();
    })
    .then(function (summary) {
      text.textContent = summary.page.name + ': ' + summary.status.description;
      line.setAttribute('data-indicator', summary.status.indicator);
      dot.style.background = colours[summary.status.indicator] || '#767676';
    })
    .catch(function () {
      text.textContent = 'Service status: unavailable';
    });
})();
