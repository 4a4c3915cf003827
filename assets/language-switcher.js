// Keeps the reader's place when they switch language: section ids are the same in every
// locale, so the switcher's links get the id of the section being read. Without JavaScript
// the links still work and open the top of the same page.
(function () {
  'use strict';
  var links = Array.prototype.slice.call(document.querySelectorAll('nav.languages a[hreflang]'));
  if (links.length === 0) return;
  var places = Array.prototype.slice.call(document.querySelectorAll('main section[id], main dt[id]'));
  // The element the address points at: near the end of a page the browser cannot scroll it
  // to the top, and the section below it must not take its place while it is on screen.
  var target = null;
  var pending = false;
  var lastY = window.scrollY;

  function keep(id) {
    links.forEach(function (a) {
      a.setAttribute('href', a.getAttribute('href').split('#')[0] + (id ? '#' + id : ''));
    });
  }

  function placeOf(element) {
    for (var e = element; e; e = e.parentElement) {
      if (places.indexOf(e) >= 0) return e;
    }
    return null;
  }

  // The section being read: the last one whose top has passed the upper third of the window.
  function reading() {
    var line = window.innerHeight / 3;
    var current = null;
    for (var i = 0; i < places.length && places[i].getBoundingClientRect().top <= line; i++) current = places[i];
    return current;
  }

  function update() {
    pending = false;
    var up = window.scrollY < lastY;
    lastY = window.scrollY;
    if (target) {
      var top = target.getBoundingClientRect().top;
      // Scrolled past it, either way: from now on the position decides. (Below the window and
      // not scrolled up to, it is about to be scrolled to: the page opened at its address.)
      if (top <= -2 || (top >= window.innerHeight && up)) target = null;
    }
    // Above the first section (where the switcher is) the place read last is kept: readers
    // scroll up to the switcher from the section they want in the other language.
    var current = target ? placeOf(target) : reading();
    if (current) keep(current.id);
  }

  function schedule() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(update);
    }
  }

  function fromAddress() {
    var id = location.hash ? decodeURIComponent(location.hash.substring(1)) : '';
    target = id ? document.getElementById(id) : null;
    if (target && !placeOf(target)) target = null; // e.g. a glossary letter: not the same in other languages
    update();
  }

  fromAddress();
  window.addEventListener('hashchange', fromAddress);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
}());
