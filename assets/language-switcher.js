// Keeps the reader's place when they switch language: section ids are the same in every
// locale, so the switcher's links get the id of the section in view. Without JavaScript
// the links still work and open the top of the same page.
(function () {
  'use strict';
  var links = Array.prototype.slice.call(document.querySelectorAll('nav.languages a[hreflang]'));
  if (links.length === 0) return;
  function keep(hash) {
    links.forEach(function (a) {
      a.setAttribute('href', a.getAttribute('href').split('#')[0] + hash);
    });
  }
  if (location.hash) keep(location.hash);
  window.addEventListener('hashchange', function () { keep(location.hash); });
  if (!('IntersectionObserver' in window)) return;
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) keep('#' + entry.target.id);
    });
  }, { rootMargin: '0px 0px -70% 0px' });
  document.querySelectorAll('main section[id], main dt[id]').forEach(function (el) { observer.observe(el); });
}());
