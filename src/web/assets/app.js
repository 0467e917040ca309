// cotejo web UI: progressive enhancement only; every page works without it.
// Served from /assets/app.js under a Content-Security-Policy that forbids inline script.
'use strict';
(function () {
  function flash(els) {
    document.querySelectorAll('.passage.active').forEach(function (e) { e.classList.remove('active'); });
    els.forEach(function (e) { e.classList.add('active'); });
  }
  // A shared passage: highlight both sides of it and scroll the counterpart into view.
  document.addEventListener('click', function (ev) {
    var t = ev.target instanceof Element ? ev.target.closest('a.passage') : null;
    if (!t) return;
    var keys = (t.getAttribute('data-keys') || '').split(' ').filter(Boolean);
    if (!keys.length) return;
    ev.preventDefault();
    var key = keys[0];
    var pair = key.slice(0, key.lastIndexOf(':'));
    var side = key.slice(key.lastIndexOf(':') + 1);
    var other = pair + ':' + (side === 'a' ? 'b' : 'a');
    var mine = Array.prototype.filter.call(document.querySelectorAll('a.passage'), function (e) {
      var ks = (e.getAttribute('data-keys') || '').split(' ');
      return ks.indexOf(key) >= 0 || ks.indexOf(other) >= 0;
    });
    flash(mine);
    var target = document.getElementById(pair + '-' + (side === 'a' ? 'b' : 'a'));
    if (target) {
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (history.replaceState) history.replaceState(null, '', '#' + target.id);
    }
  });
  // Highlight from the URL (e.g. a link from an entity page).
  if (location.hash) {
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (el && el.classList.contains('passage')) el.classList.add('active');
  }
})();
