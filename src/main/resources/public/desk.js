// Counter page (issue 7.6): refreshes the "serving now" part every few seconds, so that the officer sees the
// citizen's rating arrive without pressing "Refresh". Without JavaScript the Refresh button still works.
(function () {
  'use strict';
  var status = document.getElementById('desk-status');
  if (!status || !window.fetch || !window.DOMParser) {
    return;
  }
  var seconds = parseInt(status.getAttribute('data-refresh-seconds'), 10) || 5;
  var auto = status.querySelector('[data-testid=desk-auto-refresh]');
  if (auto) {
    auto.hidden = false;
  }
  function refresh() {
    if (document.hidden) {
      return;
    }
    fetch(window.location.pathname, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('desk-status');
        var current = document.getElementById('desk-status');
        if (fresh && current && fresh.innerHTML !== current.innerHTML) {
          var freshAuto = fresh.querySelector('[data-testid=desk-auto-refresh]');
          if (freshAuto) {
            freshAuto.hidden = false;
          }
          current.innerHTML = fresh.innerHTML;
        }
      })
      .catch(function () { /* offline for a moment: the next tick tries again */ });
  }
  window.setInterval(refresh, seconds * 1000);
})();
