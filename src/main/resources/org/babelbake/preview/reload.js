// Babelbake preview only (never in the built site): reloads the page after each rebuild and
// shows the build's problems on top of the page when an edit breaks it.
(function () {
  'use strict';
  var events = new EventSource('/__babelbake/events');
  var box = null;
  events.addEventListener('reload', function () { location.reload(); });
  events.addEventListener('problems', function (e) {
    if (!box) {
      box = document.createElement('pre');
      box.setAttribute('role', 'alert');
      box.id = 'babelbake-problems';
      box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1rem;' +
        'background:#7f1d1d;color:#fff;font:14px/1.4 monospace;white-space:pre-wrap;z-index:99999;direction:ltr;text-align:left';
      document.body.appendChild(box);
    }
    box.textContent = e.data; // says what failed and which version is served
  });
}());
