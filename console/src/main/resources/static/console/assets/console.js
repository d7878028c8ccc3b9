// Times in the viewer's zone (UTC stays in the title), and the live timeline over server-sent events.
(function () {
  'use strict';
  var format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

  function localTimes(root) {
    root.querySelectorAll('time[datetime]').forEach(function (t) {
      var at = new Date(t.getAttribute('datetime'));
      if (!isNaN(at)) { t.textContent = format.format(at); }
    });
  }

  function live() {
    var box = document.getElementById('timeline');
    if (!box || !box.dataset.live || !window.EventSource) { return; }
    var state = document.getElementById('live-state');
    var source = new EventSource(box.dataset.live);
    source.onopen = function () { state.textContent = '(live)'; };
    source.onerror = function () { state.textContent = '(reconnecting…)'; };
    source.addEventListener('timeline', function (event) {
      // the server renders the entries with every text escaped; nothing from chat is markup here
      box.innerHTML = event.data;
      localTimes(box);
      highlightHit();
    });
  }

  function highlightHit() {
    if (location.hash.indexOf('#e-') !== 0) { return; }
    var hit = document.getElementById(location.hash.substring(1));
    if (hit) { hit.classList.add('hit'); }
  }

  function zonePicker() {
    var picker = document.getElementById('tz');
    if (!picker || new URLSearchParams(location.search).has('tz')) { return; }
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && zone !== 'UTC') { location.replace(location.pathname + '?tz=' + encodeURIComponent(zone)); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    localTimes(document);
    live();
    highlightHit();
    zonePicker();
    var hit = location.hash.indexOf('#e-') === 0 && document.getElementById(location.hash.substring(1));
    if (hit) { hit.focus(); }
  });
}());
