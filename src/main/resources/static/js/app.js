/* Glute Check: small enhancements only. Every page works the same without this file. */
(function () {
  'use strict';
  var doc = document;
  doc.documentElement.className += ' js';

  /* "None of these" rules out the other warning signs, and the other way round. */
  var none = doc.querySelector('[data-exclusive]');
  if (none) {
    var others = doc.querySelectorAll('input[type=checkbox][name="' + 'redFlags' + '"]');
    none.addEventListener('change', function () {
      if (none.checked) { for (var i = 0; i < others.length; i++) { others[i].checked = false; } }
    });
    for (var j = 0; j < others.length; j++) {
      others[j].addEventListener('change', function (e) { if (e.target.checked) { none.checked = false; } });
    }
  }

  /* Move focus to the error summary, as screen reader users expect. */
  var summary = doc.querySelector('[data-error-summary]');
  if (summary) { summary.focus(); }

  /* An error summary link moves focus to the input it names (and scrolls its question into view). */
  if (summary) {
    summary.addEventListener('click', function (e) {
      var link = e.target.closest('a[href^="#"]');
      var input = link && doc.getElementById(link.getAttribute('href').slice(1));
      if (!input) { return; }
      e.preventDefault();
      var field = input.closest('fieldset') || input;
      field.scrollIntoView();
      input.focus({ preventScroll: true });
    });
  }

  /* Print button, shown only when it can work. */
  var printers = doc.querySelectorAll('[data-print]');
  for (var p = 0; p < printers.length; p++) {
    printers[p].hidden = false;
    printers[p].addEventListener('click', function () { window.print(); });
  }

  /* "Copy link": the link is on the page as text; this adds the button where copying can work. */
  var copiers = doc.querySelectorAll('[data-copy]');
  for (var c = 0; c < copiers.length; c++) {
    copiers[c].hidden = false;
    copiers[c].addEventListener('click', function (e) {
      var button = e.currentTarget;
      var source = doc.getElementById(button.getAttribute('data-copy'));
      var status = doc.querySelector('[data-copy-status]');
      function say(words) { if (status) { status.textContent = words; } }
      function selectIt() {
        var range = doc.createRange();
        range.selectNodeContents(source);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        say(button.getAttribute('data-select'));
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.textContent.trim())
          .then(function () { say(button.getAttribute('data-copied')); }, selectIt);
      } else {
        selectIt();
      }
    });
  }

  /* Links that ask first ("Start again" in the header): yes goes straight on, no stays. Without
     this script the link opens a page that asks instead. */
  var askers = doc.querySelectorAll('[data-confirm]');
  for (var a = 0; a < askers.length; a++) {
    askers[a].addEventListener('click', function (e) {
      e.preventDefault();
      if (window.confirm(e.currentTarget.getAttribute('data-confirm'))) {
        window.location.href = e.currentTarget.getAttribute('data-confirmed-href');
      }
    });
  }

  /* "Go back", where a script can do what the browser's Back button does. */
  var backs = doc.querySelectorAll('[data-back]');
  for (var b = 0; b < backs.length; b++) {
    backs[b].hidden = false;
    backs[b].addEventListener('click', function () { window.history.back(); });
  }

  /* Print everything: folded causes open for the printout and close again after. */
  var opened = [];
  window.addEventListener('beforeprint', function () {
    var folded = doc.querySelectorAll('details:not([open])');
    for (var d = 0; d < folded.length; d++) { folded[d].open = true; opened.push(folded[d]); }
  });
  window.addEventListener('afterprint', function () {
    while (opened.length) { opened.pop().open = false; }
  });

  /* One tap at a time: a second tap on a submit button while the page loads does nothing. */
  var forms = doc.querySelectorAll('form');
  for (var f = 0; f < forms.length; f++) {
    forms[f].addEventListener('submit', function (e) {
      if (e.target.getAttribute('data-sent')) { e.preventDefault(); return; }
      e.target.setAttribute('data-sent', '1');
    });
  }
  window.addEventListener('pageshow', function () {
    for (var s = 0; s < forms.length; s++) { forms[s].removeAttribute('data-sent'); }
  });

  /* Clinic tablet: after a spell without a touch or key, warn; then clear everything. */
  var body = doc.body;
  var warnAfter = parseInt(body.getAttribute('data-idle-warning'), 10);
  var resetAfter = parseInt(body.getAttribute('data-idle-reset'), 10);
  var resetUrl = body.getAttribute('data-reset-url');
  var dialog = doc.getElementById('idle-dialog');
  if (!warnAfter || !resetAfter || !resetUrl || !dialog) { return; }
  var countdown = dialog.querySelector('[data-countdown]');
  var last = Date.now();
  var warned = false;
  var template = countdown.textContent;

  function reset() { window.location.replace(resetUrl); }
  function activity() {
    if (!warned) { last = Date.now(); }
  }
  function stay() {
    warned = false;
    last = Date.now();
    if (dialog.open) { dialog.close(); }
  }
  ['pointerdown', 'keydown', 'scroll', 'touchstart', 'input'].forEach(function (type) {
    doc.addEventListener(type, activity, { passive: true, capture: true });
  });
  dialog.querySelector('[data-stay]').addEventListener('click', stay);
  dialog.addEventListener('cancel', function (e) { e.preventDefault(); stay(); });
  setInterval(function () {
    var idle = (Date.now() - last) / 1000;
    if (idle >= resetAfter) { reset(); return; }
    if (idle >= warnAfter) {
      if (!warned) {
        warned = true;
        if (typeof dialog.showModal === 'function') { dialog.showModal(); } else { dialog.setAttribute('open', ''); }
      }
      countdown.textContent = template.replace('{0}', String(Math.ceil(resetAfter - idle)));
    }
  }, 1000);
}());
