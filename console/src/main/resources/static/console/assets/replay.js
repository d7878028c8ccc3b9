// Follows a running replay every half second until it is done or failed.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  function show(p) {
    document.getElementById('replay-state').textContent = p.state;
    document.getElementById('replay-events').textContent = p.events;
    document.getElementById('replay-total').textContent = p.approximateTotal;
    var bar = document.getElementById('replay-bar');
    bar.max = Math.max(1, p.approximateTotal);
    bar.value = p.events;
    if (p.state === 'running') { setTimeout(poll, 500); }
  }
  function poll() {
    fetch('/console/admin/replay/progress', { credentials: 'same-origin' })
      .then(function (r) { return r.json(); }).then(show);
  }
  poll();
});
