// Shows the search box (hidden without JavaScript) and, only when the reader turns to it, loads
// the search code and this language's index as plain scripts: nothing is fetched, so it works
// from file://, nothing is evaluated (Content-Security-Policy), and pages stay light.
(function () {
  'use strict';
  var form = document.querySelector('form.search');
  if (!form || !String.prototype.normalize || typeof Map === 'undefined') return;
  try {
    new RegExp('\\p{L}', 'u');
  } catch (e) {
    return; // a browser without Unicode property escapes cannot split words as the index does
  }
  var input = form.querySelector('input');
  var started = false;
  form.hidden = false;

  function start() {
    if (started) return;
    started = true;
    ['data-engine', 'data-index', 'data-text'].forEach(function (name) {
      var script = document.createElement('script');
      script.src = form.getAttribute(name);
      script.onload = function () {
        if (self.babelbakeSearchLoaded) self.babelbakeSearchLoaded();
      };
      document.head.appendChild(script);
    });
  }

  input.addEventListener('focus', start);
  input.addEventListener('input', start);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
  });
}());
