/* Glute Check clinic desk: the list keeps itself up to date. It asks a small JSON address whether
   anything changed and fetches the list again only then. Without this file the list page reloads
   itself instead (a refresh inside <noscript>). */
(function () {
  'use strict';
  var doc = document;

  /* A CSV download does not leave the page, so let its form be sent again (app.js allows one send per page). */
  var downloads = doc.querySelectorAll('form[data-download]');
  for (var d = 0; d < downloads.length; d++) {
    downloads[d].addEventListener('submit', function (e) {
      var form = e.target;
      setTimeout(function () { form.removeAttribute('data-sent'); }, 1500);
    });
  }

  var results = doc.querySelector('[data-desk-results]');
  if (!results || !window.fetch || !window.DOMParser) { return; }
  var announce = doc.querySelector('[data-desk-announce]');
  var every = parseInt(results.getAttribute('data-poll-ms'), 10) || 5000;
  var updates = results.getAttribute('data-updates');
  var busy = false;

  function get(url, type) {
    return fetch(url, { headers: { Accept: type }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        /* Signed out meanwhile (or the search now finds one): let the browser go where it must. */
        if (response.status === 401 || response.redirected) { window.location.reload(); }
        if (!response.ok || response.redirected) { throw new Error('HTTP ' + response.status); }
        return response;
      });
  }

  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-desk-results]');
    if (!fresh) { return; }
    results.innerHTML = fresh.innerHTML;
    results.setAttribute('data-version', fresh.getAttribute('data-version'));
    if (announce) { announce.textContent = announce.getAttribute('data-new'); }
  }

  function check() {
    if (busy || doc.hidden) { return; }
    busy = true;
    get(updates, 'application/json')
      .then(function (response) { return response.json(); })
      .then(function (day) {
        if (day.version === results.getAttribute('data-version')) { return null; }
        return get(window.location.href, 'text/html')
          .then(function (response) { return response.text(); })
          .then(swap);
      })
      .catch(function () { /* Offline for a moment: the next check tries again. */ })
      .then(function () { busy = false; });
  }

  setInterval(check, every);
  doc.addEventListener('visibilitychange', check);
}());
