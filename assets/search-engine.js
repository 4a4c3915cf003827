// Site search, loaded by search.js with the index and the sections' text when the reader turns
// to the search box. Words are split, folded and matched to their terms by the same rules as the
// build's (org.babelbake.search.SearchIndex), in every language.
(function () {
  'use strict';
  var form = document.querySelector('form.search');
  if (!form) return;
  var input = form.querySelector('input');
  var status = form.querySelector('.search-status');
  var list = form.querySelector('.search-results');
  var base = form.getAttribute('data-index').replace(/[^\/]*$/, '');
  var DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-';
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  var WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}])+/gu;
  var ARABIC = /^\p{Script=Arabic}/u;
  var DIACRITICS = /[\u0300-\u036f\u064b-\u065f\u0670]/g;
  // Lucene's ArabicStemmer prefixes, in its order: ال وال بال كال فال لل و
  var AR_PREFIXES = ['\u0627\u0644', '\u0648\u0627\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0641\u0627\u0644', '\u0644\u0644', '\u0648'];
  var SHOWN = 20;
  var index = null;
  var text = null;
  var timer = 0;
  var termCache = new Map();

  // Called when each of the index and the text has loaded, in whatever order they come.
  function ready() {
    if (index || !self.babelbakeSearchIndex || !self.babelbakeSearchText) return;
    index = decode(self.babelbakeSearchIndex);
    text = self.babelbakeSearchText;
    run();
  }

  // Numbers in base 32, one character per digit; digits from 32 up mean more digits follow.
  function numbers(s) {
    var i = 0;
    return {
      more: function () { return i < s.length; },
      next: function () {
        var value = 0;
        var digit;
        do {
          digit = DIGITS.indexOf(s.charAt(i++));
          value = value * 32 + (digit & 31);
        } while (digit >= 32);
        return value;
      }
    };
  }

  function decode(raw) {
    var postings = new Map();
    var forms = new Map();
    var r = numbers(raw.terms);
    var h = 0;
    while (r.more()) {
      h += r.next();
      var count = r.next();
      var sections = [];
      for (var k = 0, s = 0; k < count; k++) sections.push(s += r.next());
      postings.set(h, sections);
    }
    r = numbers(raw.forms);
    h = 0;
    while (r.more()) {
      h += r.next();
      forms.set(h, r.next());
    }
    return { bits: raw.bits, postings: postings, forms: forms };
  }

  function hash(s) {
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return h & ((1 << index.bits) - 1);
  }

  function fold(word) {
    return word.normalize('NFD').replace(DIACRITICS, '').normalize('NFKC').toLowerCase()
      .replace(/\u00df/g, 'ss').replace(/\u03c2/g, '\u03c3');
  }

  function words(s) {
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(s))) {
      var folded = fold(m[0]);
      if (folded) out.push({ start: m.index, end: m.index + m[0].length, folded: folded, cjk: CJK.test(m[0]) });
    }
    return out;
  }

  // Lucene's ArabicNormalizer, then its prefix removal (a one-letter prefix needs 4 letters, others 2 left).
  function arabic(w) {
    w = w.replace(/[\u0622\u0623\u0625]/g, '\u0627').replace(/\u0649/g, '\u064a').replace(/\u0629/g, '\u0647')
      .replace(/[\u0640\u064b-\u0652]/g, '');
    for (var i = 0; i < AR_PREFIXES.length; i++) {
      var p = AR_PREFIXES[i];
      if (w.indexOf(p) === 0 && (p.length === 1 ? w.length >= 4 : w.length >= p.length + 2)) return w.slice(p.length);
    }
    return w;
  }

  // The term of a folded word: listed in the forms table, else the longest prefix (down to half) that is a term.
  function termOf(w) {
    if (termCache.has(w)) return termCache.get(w);
    var t = index.forms.get(hash(w));
    if (t === undefined) {
      var v = CJK.test(w) ? w : ARABIC.test(w) ? arabic(w) : w;
      t = hash(v);
      if (!CJK.test(w)) {
        for (var n = v.length, shortest = Math.max(Math.min(3, v.length), Math.ceil(v.length / 2)); n >= shortest; n--) {
          var h = hash(v.slice(0, n));
          if (index.postings.has(h)) { t = h; break; }
        }
      }
    }
    termCache.set(w, t);
    return t;
  }

  function runsOf(ws) {
    var runs = [];
    var run = '';
    var end = -1;
    ws.forEach(function (w) {
      if (w.cjk && w.start === end) run += w.folded;
      else {
        if (run) runs.push(run);
        run = w.cjk ? w.folded : '';
      }
      end = w.end;
    });
    if (run) runs.push(run);
    return runs;
  }

  // Marks in a section's words: words with a query term, and whole runs of CJK query characters.
  function marks(ws, terms, runs) {
    var marked = [];
    ws.forEach(function (w, i) {
      if (!w.cjk && terms.has(termOf(w.folded))) marked.push([w.start, w.end]);
      runs.forEach(function (run) {
        var joined = '';
        for (var j = i; j < ws.length && ws[j].cjk && joined.length < run.length; j++) {
          if (j > i && ws[j].start !== ws[j - 1].end) break;
          joined += ws[j].folded;
          if (joined === run) marked.push([w.start, ws[j].end]);
        }
      });
    });
    return marked.sort(function (a, b) { return a[0] - b[0]; });
  }

  function search(query) {
    var qs = words(query);
    var runs = runsOf(qs);
    var terms = new Set();
    var found = null;
    qs.forEach(function (w) {
      var t = termOf(w.folded);
      var sections = index.postings.get(t);
      if (!sections) return; // a stop word or a word the site does not have
      if (!w.cjk) terms.add(t);
      found = found ? found.filter(function (s) { return sections.indexOf(s) >= 0; }) : sections.slice();
    });
    var results = [];
    (found || []).forEach(function (i) {
      var section = text.sections[i];
      var titleWords = words(section[2]);
      var bodyWords = words(section[3]);
      var all = titleWords.concat(bodyWords);
      var joined = all.map(function (w) { return w.folded; }).join('');
      if (!runs.every(function (run) { return joined.indexOf(run) >= 0; })) return;
      var inBody = marks(bodyWords, terms, runs);
      var inTitle = marks(titleWords, terms, runs);
      if (inBody.length + inTitle.length === 0) return;
      results.push({ i: i, section: section, marks: inBody, score: inBody.length + 10 * inTitle.length });
    });
    return results.sort(function (a, b) { return b.score - a.score || a.i - b.i; });
  }

  // About two lines of the section around its first match, the matches in <mark>.
  function passage(body, marked) {
    var p = document.createElement('p');
    var first = marked.length ? marked[0][0] : 0;
    var start = Math.max(0, first - 60);
    if (start > 0) {
      var space = body.indexOf(' ', start);
      if (space >= 0 && space < first) start = space + 1;
    }
    var end = Math.min(body.length, start + 200);
    if (end < body.length) {
      var cut = body.lastIndexOf(' ', end);
      if (cut > first) end = cut;
    }
    var at = start;
    p.appendChild(document.createTextNode(start > 0 ? '\u2026' : ''));
    marked.forEach(function (m) {
      if (m[0] < at || m[1] > end) return;
      p.appendChild(document.createTextNode(body.slice(at, m[0])));
      var mark = document.createElement('mark');
      mark.textContent = body.slice(m[0], m[1]);
      p.appendChild(mark);
      at = m[1];
    });
    p.appendChild(document.createTextNode(body.slice(at, end) + (end < body.length ? '\u2026' : '')));
    return p;
  }

  function show(results) {
    list.textContent = '';
    results.slice(0, SHOWN).forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      var page = text.pages[r.section[0]];
      a.href = base + page[0] + (r.section[1] ? '#' + r.section[1] : '');
      a.textContent = r.section[2];
      li.appendChild(a);
      if (r.section[2] !== page[1]) {
        var where = document.createElement('span');
        where.className = 'search-page';
        where.textContent = page[1];
        li.appendChild(document.createTextNode(' '));
        li.appendChild(where);
      }
      li.appendChild(passage(r.section[3], r.marks));
      list.appendChild(li);
    });
    list.hidden = results.length === 0;
    var counts = text.counts;
    status.textContent = results.length > SHOWN ? counts[SHOWN + 1] : counts[results.length];
  }

  function run() {
    if (!index) return;
    var query = input.value.trim();
    if (!query) {
      list.textContent = '';
      list.hidden = true;
      status.textContent = '';
      list.removeAttribute('data-query');
      return;
    }
    // The same query twice (the index arriving, then the typing pause) keeps the list and the
    // announcement as they are rather than rebuilding them under the reader.
    if (list.getAttribute('data-query') === query) return;
    show(search(query));
    // Says which query the list answers: typing goes on while results are shown (and tests wait for it).
    list.setAttribute('data-query', query);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      input.value = '';
      run();
    }
  });
  // Enter searches at once and moves to the first result; the form is never sent anywhere.
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run();
    var first = list.querySelector('a');
    if (first) first.focus();
  });
  self.babelbakeSearchLoaded = ready;
  ready();
}());
