/* Glute Check clinic desk: the list keeps itself up to date. It asks a small JSON address whether
   anything changed and fetches the list again only then. Without this file the list page reloads
   itself instead (a refresh inside <noscript>). */
(function () {
  'use strict';
  var doc = document;
  var SOUND_KEY = 'glutecheck.desk.sound';

  /* A CSV download does not leave the page, so let its form be sent again (app.js allows one send per page). */
  var downloads = doc.querySelectorAll('form[data-download]');
  for (var d = 0; d < downloads.length; d++) {
    downloads[d].addEventListener('submit', function (e) {
      var form = e.target;
      setTimeout(function () { form.removeAttribute('data-sent'); }, 1500);
    });
  }

  /* Alerts for new emergency and urgent assessments can also beep: off unless staff switch it on
     here; the choice is remembered on this computer. */
  var alerts = doc.querySelector('[data-desk-alerts]');
  var soundButton = doc.querySelector('[data-desk-sound]');
  var audio = null;

  function stored() {
    try { return window.localStorage.getItem(SOUND_KEY) === 'on'; } catch (e) { return false; }
  }

  function showSound(on) {
    soundButton.setAttribute('aria-pressed', on ? 'true' : 'false');
    soundButton.textContent = soundButton.getAttribute(on ? 'data-on' : 'data-off');
  }

  /* Each alert by its assessment and level: a check-in that raises an alerted assessment to an
     emergency is a new alert too. */
  function alerted() {
    if (!alerts) { return []; }
    return Array.prototype.map.call(alerts.querySelectorAll('[data-alert-key]'),
      function (item) { return item.getAttribute('data-alert-key'); });
  }

  /* Two short tones from Web Audio: nothing to download. Browsers let sound start only after a
     click, so the context is made (or woken) by the staff's own clicks on the page. */
  function wake() {
    if (!audio && (window.AudioContext || window.webkitAudioContext)) {
      audio = new (window.AudioContext || window.webkitAudioContext)();
    }
    if (audio && audio.state === 'suspended') { audio.resume(); }
  }

  function beep() {
    if (!stored() || !audio) { return; }
    [0, 0.35].forEach(function (delay) {
      var tone = audio.createOscillator();
      var volume = audio.createGain();
      tone.frequency.value = 880;
      volume.gain.value = 0.2;
      tone.connect(volume);
      volume.connect(audio.destination);
      tone.start(audio.currentTime + delay);
      tone.stop(audio.currentTime + delay + 0.2);
    });
  }

  if (soundButton) {
    soundButton.hidden = false;
    showSound(stored());
    soundButton.addEventListener('click', function () {
      var on = !stored();
      try { window.localStorage.setItem(SOUND_KEY, on ? 'on' : 'off'); } catch (e) { /* not remembered */ }
      showSound(on);
      wake();
      if (on) { beep(); }
    });
    doc.addEventListener('pointerdown', wake, { passive: true });
    doc.addEventListener('keydown', wake);
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
    var page = new DOMParser().parseFromString(html, 'text/html');
    var fresh = page.querySelector('[data-desk-results]');
    if (!fresh) { return; }
    var before = alerted();
    results.innerHTML = fresh.innerHTML;
    results.setAttribute('data-version', fresh.getAttribute('data-version'));
    var freshAlerts = page.querySelector('[data-desk-alerts]');
    if (alerts && freshAlerts) { alerts.innerHTML = freshAlerts.innerHTML; }
    doc.title = page.title;
    if (announce) { announce.textContent = announce.getAttribute('data-new'); }
    if (alerted().some(function (key) { return before.indexOf(key) < 0; })) { beep(); }
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
