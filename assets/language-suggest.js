// On the language choice page only: if one of the browser's preferred languages is offered,
// point it out at the top. It never redirects: the reader always chooses.
(function () {
  'use strict';
  var choices = Array.prototype.slice.call(document.querySelectorAll('.choices a[hreflang]'));
  var wanted = navigator.languages || [navigator.language || ''];
  function match(pref) {
    pref = String(pref).toLowerCase();
    var exact = choices.filter(function (a) { return a.hreflang.toLowerCase() === pref; })[0];
    if (exact) return exact;
    var base = pref.split('-')[0];
    return choices.filter(function (a) { return a.hreflang.toLowerCase().split('-')[0] === base; })[0];
  }
  for (var i = 0; i < wanted.length; i++) {
    var choice = match(wanted[i]);
    if (!choice) continue;
    var item = choice.parentNode;
    item.classList.add('suggested');
    item.parentNode.insertBefore(item, item.parentNode.firstChild);
    return;
  }
}());
