/*
 * seisaku browser search: the Lucene search's query plan (org.seisaku.index.Queries, Plan), evaluated on the static
 * index that org.seisaku.search.StaticIndex makes from the Lucene index (search/head.js and its shards), with
 * Lucene's BM25 arithmetic in float (Math.fround). No server; works from file:// and any sub-path, as every index
 * file is a script that sets one key of window.SEISAKU.
 *
 * Every rule here runs on tables from Java (head.js: weights, normalisation, stop words, eras, ministries, kinds,
 * variants, URLs); the algorithms that must exist in both languages are checked on shared case tables:
 * query-text-cases.tsv (normalise), year-cases.tsv (parseFiscalYear), plan-cases.tsv (plans).
 *
 *   engine = SeisakuSearch.engine(head, load)   load(key, path) → Promise of window.SEISAKU[key]
 *   engine.search({q, ministry, year, kind, limit}) → Promise of {total, hits, facets, relaxed}
 *
 * The page part (start) builds its DOM with createElement/textContent only (no innerHTML with data).
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.SeisakuSearch = api;
    if (root.document) api.start(root);
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var fround = Math.fround;
  var has = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };

  // ---- characters (org.seisaku.index.QueryText) ----

  function isHan(c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0x3005 && c <= 0x3007);
  }
  function isHiragana(c) { return c >= 0x3041 && c <= 0x309F; }
  function isKatakana(c) {
    return (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF);
  }
  function isKana(c) { return isHiragana(c) || isKatakana(c); }
  function isSeparator(c) {
    if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A));
    return c <= 0xBF || c === 0xD7 || c === 0xF7 || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x3004) ||
      (c >= 0x3008 && c <= 0x3020) || c === 0x3030 || c === 0x303D || c === 0x30FB || (c >= 0xFE30 && c <= 0xFE6F) ||
      (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
      (c >= 0xFF5B && c <= 0xFF65) || (c >= 0xFFE0 && c <= 0xFFEF);
  }
  /** Java's Character.isWhitespace, for strip() and isBlank(). */
  function isJavaSpace(c) {
    return (c >= 9 && c <= 13) || (c >= 28 && c <= 32) || c === 0x1680 || (c >= 0x2000 && c <= 0x2006) ||
      (c >= 0x2008 && c <= 0x200A) || c === 0x2028 || c === 0x2029 || c === 0x205F || c === 0x3000;
  }
  function strip(s) {
    var a = 0;
    var b = s.length;
    while (a < b && isJavaSpace(s.charCodeAt(a))) a++;
    while (b > a && isJavaSpace(s.charCodeAt(b - 1))) b--;
    return s.slice(a, b);
  }
  function toKatakana(s) {
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      out += String.fromCharCode((c >= 0x3041 && c <= 0x3096) || c === 0x309D || c === 0x309E ? c + 0x60 : c);
    }
    return out;
  }

  /** QueryText.normalise, from its table: width and case by runs, voiced marks combined, iteration marks. */
  function normaliser(table) {
    var fold = {};
    table.fold.forEach(function (r) {
      for (var c = r[0]; c <= r[1]; c += r[3]) fold[c] = c + r[2];
    });
    var ITERATION = { 0x3005: 'kanji', 0x309D: 'h', 0x309E: 'hv', 0x30FD: 'k', 0x30FE: 'kv' };
    /** What an iteration mark m makes of the character c it repeats (JapaneseIterationMarkCharFilter.normalize). */
    function iterate(c, m) {
      var kind = ITERATION[m];
      if (kind === 'kanji') return c;
      var code = c.charCodeAt(0);
      var hiragana = kind === 'h' || kind === 'hv';
      var inMap = hiragana ? code >= 0x304B && code < 0x304B + 50 : code >= 0x30AB && code < 0x30AB + 50;
      if (!inMap) return c;
      var map = kind === 'h' || kind === 'k' ? table.unvoiced : table.voiced;
      return has(map, c) ? map[c] : c;
    }
    return function (text) {
      if (text === null || text === undefined) return '';
      text = String(text);
      var folded = [];
      for (var i = 0; i < text.length; i++) {
        var pair = text.substr(i, 2);
        if (pair.length === 2 && has(table.combine, pair)) {
          folded.push(table.combine[pair]);
          i++;
          continue;
        }
        var c = text.charCodeAt(i);
        folded.push(String.fromCharCode(has(fold, c) ? fold[c] : c));
      }
      // JapaneseIterationMarkCharFilter: a span of marks repeats as many characters before it
      var out = folded.slice();
      var spanEnd = 0;
      var spanSize = 0;
      for (var p = 0; p < folded.length; p++) {
        var ch = folded[p].charCodeAt(0);
        if (ch >= 0xD800 && ch <= 0xDFFF) spanEnd = p + 1;
        if (ch === 0x3002) spanEnd = p + 1;
        if (!has(ITERATION, ch)) continue;
        if (p < spanEnd) {
          out[p] = iterate(folded[p - spanSize], ch);
        } else if (p === spanEnd) {
          spanEnd++;
        } else {
          var size = 0;
          for (var q = p; q < folded.length && has(ITERATION, folded[q].charCodeAt(0)); q++) size++;
          if (p - size < spanEnd) size = p - spanEnd;
          spanSize = size;
          spanEnd = p + size;
          out[p] = iterate(folded[p - size], ch);
        }
      }
      return out.join('');
    };
  }

  // ---- terms (org.seisaku.index.QueryTerms) ----

  function asciiClass(c) {
    if (c >= 0x30 && c <= 0x39) return 1;
    if (c >= 0x61 && c <= 0x7A) return 2;
    return 0;
  }
  function wholeRuns(s, i, j) {
    var ci = asciiClass(s.charCodeAt(i));
    if (i > 0 && ci !== 0 && asciiClass(s.charCodeAt(i - 1)) === ci) return false;
    if (j >= s.length) return true;
    var cj = asciiClass(s.charCodeAt(j));
    return cj === 0 || asciiClass(s.charCodeAt(j - 1)) !== cj;
  }
  function stem(w) {
    if (w.length < 4 || w.charAt(w.length - 1) !== 'ー') return w;
    for (var i = 0; i < w.length; i++) if (!isKatakana(w.charCodeAt(i))) return w;
    return w.slice(0, -1);
  }
  function hasHan(s) {
    for (var i = 0; i < s.length; i++) if (isHan(s.charCodeAt(i))) return true;
    return false;
  }

  /**
   * QueryTerms.words: the least-cost cut into the vocabulary's words. vocab: {cost(word) → cost or -1, maxWord},
   * stop: set of stop words, unknown: the cost of an unknown word, unknownKana: what a run of kana costs more a character,
   * wordCost: what each word of the vocabulary costs more (QueryTerms.WORD).
   */
  function words(s, vocab, stop, stopMax, unknown, unknownKana, wordCost) {
    var n = s.length;
    var cost = [];
    var from = [];
    var word = [];
    var unk = [];
    for (var x = 0; x <= n; x++) cost.push(Infinity);
    cost[0] = 0;
    function relax(i, j, c, w, u) {
      if (c < cost[j]) {
        cost[j] = c;
        from[j] = i;
        word[j] = w;
        unk[j] = u;
      }
    }
    var max = vocab.maxWord + 1;
    /** QueryTerms.beginsWord: a word of the vocabulary of two characters or more begins at k. */
    function beginsWord(k) {
      for (var j = Math.min(n, k + max); j >= k + 2; j--) {
        if (isSeparator(s.charCodeAt(j - 1)) || !wholeRuns(s, k, j) || vocab.cost(stem(s.slice(k, j))) < 0) continue;
        var separated = false;
        for (var x = k; x < j; x++) separated = separated || isSeparator(s.charCodeAt(x));
        if (!separated) return true;
      }
      return false;
    }
    for (var i = 0; i < n; i++) {
      if (cost[i] === Infinity) continue;
      var c = s.charCodeAt(i);
      if (isSeparator(c)) {
        relax(i, i + 1, cost[i], null, false);
        continue;
      }
      var end = i;
      while (end < n && end - i < Math.max(max, stopMax) && !isSeparator(s.charCodeAt(end))) end++;
      var j;
      for (j = Math.min(end, i + max); j > i; j--) {
        if (!wholeRuns(s, i, j)) continue;
        var term = stem(s.slice(i, j));
        var k = vocab.cost(term);
        if (k >= 0) relax(i, j, cost[i] + k + wordCost, term, false);
      }
      for (j = Math.min(end, i + stopMax); j > i; j--) {
        if (has(stop, s.slice(i, j)) && (j === n || !isKana(s.charCodeAt(j)) ||
            isHiragana(s.charCodeAt(j - 1)) && isKatakana(s.charCodeAt(j)) || beginsWord(j))) relax(i, j, cost[i], null, false);
      }
      var r = i + 1;
      if (isKana(c)) {
        while (r < n && isKana(s.charCodeAt(r))) r++;
      } else if (asciiClass(c) !== 0) {
        while (r < n && asciiClass(s.charCodeAt(r)) === asciiClass(c)) r++;
      }
      var other = !isKana(c) && !isHan(c) && asciiClass(c) === 0;
      if (isKana(c)) {
        for (var k2 = i + 1; k2 <= r; k2++) {
          if (k2 < r && !beginsWord(k2)) continue;
          relax(i, k2, cost[i] + unknown + unknownKana * (k2 - i), s.slice(i, k2), true);
        }
      } else {
        relax(i, r, cost[i] + unknown, other ? null : s.slice(i, r), true);
      }
    }
    var out = [];
    var glued = []; // QueryTerms.Words.glued: the word follows another word with nothing between
    var complete = true;
    var aligned = [];
    var dropped = [];
    for (var a = 0; a <= n; a++) {
      aligned.push(a === 0);
      dropped.push(false);
    }
    for (var e = n; e > 0; e = from[e]) {
      if (word[e] !== null) {
        out.unshift(word[e]);
        glued.unshift(from[e] > 0 && word[from[e]] !== null);
      } else for (var d = from[e]; d < e; d++) dropped[d] = true;
      aligned[e] = true;
      if (unk[e]) {
        complete = false;
        for (var f = from[e]; f < e; f++) aligned[f] = true;
      }
    }
    return { words: out, complete: complete, aligned: aligned, dropped: dropped, glued: glued };
  }

  function bigrams(run, out) {
    if (run.length === 1) {
      out.push(run);
      return;
    }
    for (var k = 0; k + 1 < run.length; k++) out.push(run.substr(k, 2));
  }
  function numberPunctuation(s, j) {
    var c = s.charAt(j);
    return (c === '.' || c === ',') && j > 0 && j + 1 < s.length && asciiClass(s.charCodeAt(j - 1)) === 1 &&
      asciiClass(s.charCodeAt(j + 1)) === 1;
  }
  function isCjk(c) { return isHan(c) || isKana(c); }
  /** QueryTerms.grams: the terms of the bigram fields. */
  function grams(s) {
    var out = [];
    var n = s.length;
    var i = 0;
    while (i < n) {
      var c = s.charCodeAt(i);
      var j = i;
      if (isCjk(c)) {
        while (j < n && isCjk(s.charCodeAt(j))) j++;
        bigrams(s.slice(i, j), out);
        i = j;
      } else if (!isSeparator(c)) {
        while (j < n && ((!isSeparator(s.charCodeAt(j)) && !isCjk(s.charCodeAt(j))) || numberPunctuation(s, j))) j++;
        out.push(s.slice(i, j));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }
  function wordClass(c) {
    var a = asciiClass(c);
    return a !== 0 ? a : 3;
  }
  /** QueryTerms.readings: the reading field's terms of a text without kanji. */
  function readings(s) {
    var out = [];
    var n = s.length;
    var i = 0;
    while (i < n) {
      var c = s.charCodeAt(i);
      var j = i + 1;
      if (isKana(c)) {
        while (j < n && isKana(s.charCodeAt(j))) j++;
        bigrams(toKatakana(s.slice(i, j)), out);
      } else if (!isSeparator(c)) {
        while (j < n && !isSeparator(s.charCodeAt(j)) && !isKana(s.charCodeAt(j)) &&
          wordClass(s.charCodeAt(j)) === wordClass(c)) j++;
        out.push(s.slice(i, j));
      }
      i = j;
    }
    return out;
  }
  function readingKey(s) {
    var b = '';
    for (var i = 0; i < s.length; i++) if (!isSeparator(s.charCodeAt(i))) b += s.charAt(i);
    return toKatakana(b);
  }
  function kanji(s) {
    var out = [];
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      if (isHan(s.charCodeAt(i)) && out.indexOf(c) < 0) out.push(c);
    }
    return out;
  }
  function pairs(terms) {
    var out = [];
    for (var i = 0; i + 1 < terms.length; i++) out.push(terms[i] + ' ' + terms[i + 1]);
    return out;
  }

  // ---- fiscal years (org.seisaku.model.FiscalYear.parse) ----

  function kanjiNumber(s) {
    var digits = '〇一二三四五六七八九';
    var t = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(s);
    if (t) return (t[1] === '' ? 1 : digits.indexOf(t[1])) * 10 + (t[2] === '' ? 0 : digits.indexOf(t[2]));
    if (!/^[〇一二三四五六七八九]{1,2}$/.test(s)) return -1;
    var value = 0;
    for (var i = 0; i < s.length; i++) value = value * 10 + digits.indexOf(s.charAt(i));
    return value;
  }

  /** A reader of fiscal years written alone (2008, 平成20年度, H20, Ｈ２０, 令和元年度) with the exported eras. */
  function yearReader(head) {
    var names = head.eras.map(function (e) { return e.name; }).join('|');
    var initials = head.eras.map(function (e) { return e.initial; }).join('');
    var western = /^(?:fy)?(\d{4})(?:年度?)?$/i;
    var era = new RegExp('^(' + names + '|[' + initials + '])\\.?(元|\\d{1,2}|[〇一二三四五六七八九十]{1,3})(?:年度?)?$', 'i');
    function inRange(y) { return y >= head.yearMin && y <= head.yearMax ? y : null; }
    return function (text) {
      if (text === null || text === undefined) return null;
      var s = String(text).normalize('NFKC').replace(/[ \t\n\x0B\f\r]+/g, '');
      if (!s) return null;
      var w = western.exec(s);
      if (w) return inRange(parseInt(w[1], 10));
      var e = era.exec(s);
      if (!e) return null;
      var found = null;
      head.eras.forEach(function (x) {
        if (found === null && (x.name === e[1] || (e[1].length === 1 && e[1].toUpperCase() === x.initial))) found = x;
      });
      if (!found) return null;
      var k = e[2] === '元' ? 1 : /^\d/.test(e[2]) ? parseInt(e[2], 10) : kanjiNumber(e[2]);
      if (k < 1) return null;
      return inRange(found.first + k - 1);
    };
  }

  // ---- query limits (org.seisaku.serve.SearchParams.query, with head.queryChars and head.queryWords) ----

  /**
   * The query as the search runs it: stripped; {error} when longer than head.queryChars characters or of more than
   * head.queryWords words; '' when it holds only spaces, punctuation and symbols (nothing to look for).
   */
  function checkQuery(head, text) {
    var s = strip(String(text === null || text === undefined ? '' : text));
    if (s.length > head.queryChars) {
      return { error: '検索語が長すぎます（' + s.length + '文字。' + head.queryChars + '文字まで）' };
    }
    var words = 0;
    var inWord = false;
    var searchable = false;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      var space = isJavaSpace(c);
      if (!space && !inWord) words++;
      inWord = !space;
      if (!space && !isSeparator(c)) searchable = true;
    }
    if (words > head.queryWords) return { error: '語が多すぎます（' + words + '語。' + head.queryWords + '語まで）' };
    return { query: searchable ? s : '' };
  }

  // ---- query understanding and plans (org.seisaku.index.Queries) ----

  // Queries.PART: an optional minus that excludes the part, then a quote or a run up to a space or a quote
  var PART = /([-－−](?=["“”＂「]|[^ \t\n\x0B\f\r\u3000"“”＂「\-－−]))?(?:["“”＂]([^"“”＂]*)["“”＂]?|「([^」]*)」?|([^ \t\n\x0B\f\r\u3000"“”＂「]+))/g;

  function parse(query) {
    var out = [];
    var m;
    PART.lastIndex = 0;
    while ((m = PART.exec(String(query || ''))) !== null) {
      var excluded = m[1] !== undefined;
      if (m[2] !== undefined || m[3] !== undefined) {
        var phrase = m[2] !== undefined ? m[2] : m[3];
        if (strip(phrase) !== '') out.push({ text: strip(phrase), quoted: true, excluded: excluded });
      } else {
        out.push({ text: m[4], quoted: false, excluded: excluded });
      }
    }
    return out;
  }

  function ministryKey(name) {
    return String(name).normalize('NFKC').replace(/[ \t\n\x0B\f\r]+/g, '');
  }

  function variants(part, groups) {
    var out = [part];
    groups.forEach(function (group) {
      group.forEach(function (form) {
        if (part.indexOf(form) < 0) return;
        group.forEach(function (other) {
          if (other === form || other.indexOf(form) >= 0) return;
          var v = part.split(form).join(other);
          if (out.indexOf(v) < 0) out.push(v);
        });
      });
    });
    return out;
  }

  /**
   * Synonyms.expand: the part's normalised text s with one trigger (found in the text between offsets the cut leaves
   * aligned, from the left, the longest first) replaced by one of its targets, without the characters the cut drops;
   * vocab.synonyms(trigger) answers from the dictionary shards (the caller loads those that vocab.missing names).
   */
  /** QueryTerms.Words.kept: the characters of s[from, to) that are in words of the cut. */
  function kept(s, cut, from, to) {
    var b = '';
    for (var i = from; i < to; i++) if (!cut.dropped[i]) b += s.charAt(i);
    return b;
  }

  function expand(s, cut, vocab, maxChars, max) {
    var out = [];
    var n = s.length;
    var whole = kept(s, cut, 0, n);
    triggers(s, cut, vocab, maxChars).forEach(function (t) {
      var before = kept(s, cut, 0, t[0]);
      var after = kept(s, cut, t[1], n);
      t[2].forEach(function (target) {
        var e = before + target + after;
        if (e !== whole && out.indexOf(e) < 0 && out.length < max) out.push(e);
      });
    });
    return out;
  }

  /** Synonyms.triggers: [from, to, targets] of each trigger in s, from the left, the longest first. */
  function triggers(s, cut, vocab, maxChars) {
    var out = [];
    var n = s.length;
    var i = 0;
    while (i < n) {
      var found = -1;
      var targets = null;
      if (cut.aligned[i]) {
        for (var j = Math.min(n, i + maxChars); j > i && found < 0; j--) {
          if (!cut.aligned[j]) continue;
          var t = vocab.synonyms(s.slice(i, j));
          if (t) {
            found = j;
            targets = t;
          }
        }
      }
      if (found < 0) {
        i++;
        continue;
      }
      out.push([i, found, targets]);
      i = found;
    }
    return out;
  }

  function boosted(node, factor) {
    switch (node[0]) {
      case 't': case 'c': return [node[0], node[1], node[2], fround(node[3] * factor)];
      case 'max': return ['max', node[1]].concat(node.slice(2).map(function (n) { return boosted(n, factor); }));
      case 'bool': return ['bool', node[1].map(function (n) { return boosted(n, factor); }),
        node[2].map(function (n) { return boosted(n, factor); })];
      default: return [node[0]].concat(node.slice(1).map(function (n) { return boosted(n, factor); }));
    }
  }

  /**
   * The planner of a static index's head: plans(query, vocab) → {strict, relaxed, years}, as Queries.plans makes
   * them; vocab.cost(word) answers from the dictionary shards (the caller loads those that vocab.missing names).
   */
  function planner(head) {
    var normalise = normaliser(head.normalise);
    var parseYear = yearReader(head);
    var stop = {};
    var stopMax = 0;
    head.stopWords.forEach(function (w) {
      stop[w] = true;
      stopMax = Math.max(stopMax, w.length);
    });
    var byName = {};
    var byId = {};
    head.ministries.forEach(function (m) {
      byId[m.id] = m;
      [m.name].concat(m.aliases).forEach(function (n) {
        var k = ministryKey(n);
        if (!has(byName, k)) byName[k] = m;
      });
    });
    var fields = head.fields.map(function (f) { return { name: f.name, weight: fround(f.weight), analysis: f.analysis }; });
    var TIE = fround(head.tie);
    var SCATTERED = fround(head.scattered);

    function findMinistry(word) {
      var k = ministryKey(word);
      if (has(byName, k)) return byName[k];
      var id = strip(word);
      return has(byId, id) ? byId[id] : null;
    }

    function understand(query) {
      var text = [];
      var years = [];
      var ministries = [];
      var excluded = [];
      parse(query).forEach(function (part) {
        if (part.excluded) {
          excluded.push(part);
          return;
        }
        if (!part.quoted) {
          var y = parseYear(part.text);
          if (y !== null) {
            years.push(y);
            return;
          }
          var m = findMinistry(part.text);
          if (m) {
            if (!ministries.some(function (x) { return x.id === m.id; })) ministries.push({ id: m.id, word: part.text });
            return;
          }
        }
        text.push(part);
      });
      return { text: text, years: years, ministries: ministries, excluded: excluded };
    }

    function phrase(out, field, terms, weight) {
      if (!terms.length) return;
      if (terms.length === 1) {
        out.push(['t', field, terms[0], weight]);
        return;
      }
      var ps = pairs(terms).map(function (p) { return ['t', field + head.pair, p, weight]; });
      out.push(ps.length === 1 ? ps[0] : ['all'].concat(ps));
    }

    function spelling(part, quoted, vocab) {
      var s = normalise(part);
      var han = hasHan(s);
      var w = words(s, vocab, stop, stopMax, head.unknown, head.unknownKana, head.word);
      var alternatives = [];
      fields.forEach(function (f) {
        if (f.analysis === 'reading') {
          if (!han) phrase(alternatives, f.name, readings(s), f.weight);
        } else if (f.analysis === 'bigram') {
          phrase(alternatives, f.name, grams(s), f.weight);
        } else {
          if (!w.words.length || (!han && !w.complete)) return;
          phrase(alternatives, f.name, w.words, f.weight);
          if (quoted || !han || w.words.length < 2) return;
          alternatives.push(['all'].concat(w.words.map(function (t) { return ['t', f.name, t, fround(f.weight * SCATTERED)]; })));
        }
      });
      if (!alternatives.length) return null;
      var best = alternatives.length === 1 ? alternatives[0] : ['max', TIE].concat(alternatives);
      var key = readingKey(s);
      if (han || key === '') return best;
      return ['bool', [best], [['c', head.readingWords, key, fround(head.readingWordsBonus)]]];
    }

    /** Queries.synonym: an expanded spelling's words that the index has, in the synonym fields, at the synonym weight. */
    function synonym(text, vocab) {
      var known = words(normalise(text), vocab, stop, stopMax, head.unknown, head.unknownKana, head.word).words.filter(function (t) {
        return vocab.cost(t) >= 0;
      });
      if (!known.length) return null;
      var alternatives = [];
      head.synonymFields.forEach(function (name) {
        var f = fields.filter(function (x) { return x.name === name; })[0];
        var weight = fround(f.weight * fround(head.synonymWeight));
        if (f.analysis === 'bigram') {
          phrase(alternatives, name, grams(normalise(text)), weight);
          return;
        }
        phrase(alternatives, name, known, weight);
        if (known.length < 2) return;
        alternatives.push(['all'].concat(known.map(function (t) { return ['t', name, t, fround(weight * SCATTERED)]; })));
      });
      return alternatives.length === 1 ? alternatives[0] : ['max', TIE].concat(alternatives);
    }

    function part(text, quoted, vocab) { return spelled(text, quoted, vocab).full; }

    /** Queries.anyOf: null for none, the one, or their max. */
    function anyOf(spellings) {
      if (spellings.length <= 1) return spellings.length ? spellings[0] : null;
      return ['max', 0].concat(spellings);
    }

    /** Queries.spelled: the part with its synonyms' spellings (full) and without (typed), the same when none. */
    function spelled(text, quoted, vocab) {
      if (quoted) {
        var q = spelling(text, true, vocab);
        return { full: q, typed: q };
      }
      var spellings = [];
      variants(text, head.variants).forEach(function (v) {
        var q = spelling(v, false, vocab);
        if (q) spellings.push(q);
      });
      var typed = anyOf(spellings);
      var asTyped = spellings.length;
      var s = normalise(text);
      expand(s, words(s, vocab, stop, stopMax, head.unknown, head.unknownKana, head.word), vocab, head.synonymChars, head.synonymMax).forEach(function (e) {
        var q = synonym(e, vocab);
        if (q) spellings.push(q);
      });
      return spellings.length === asTyped ? { full: typed, typed: typed } : { full: anyOf(spellings), typed: typed };
    }

    /** Queries.ministryPart, full and typed. */
    function ministryPart(id, word, vocab) {
      var of = ['c', head.ministry, id, fround(head.ministryScore)];
      var says = spelled(word, false, vocab);
      if (!says.full) return { full: of, typed: of };
      var full = ['max', 0, of, says.full];
      if (says.full === says.typed) return { full: full, typed: full };
      return { full: full, typed: says.typed ? ['max', 0, of, says.typed] : of };
    }

    /** Queries.strict: every text and ministry part, full and typed (the same object when no word has synonyms). */
    function strictPlan(u, vocab) {
      var must = [];
      var typed = [];
      var expanded = false;
      function add(p) {
        must.push(p.full);
        if (p.typed) typed.push(p.typed);
        if (p.full !== p.typed) expanded = true;
      }
      u.text.forEach(function (p) {
        var q = spelled(p.text, p.quoted, vocab);
        if (q.full) add(q);
      });
      u.ministries.forEach(function (m) { add(ministryPart(m.id, m.word, vocab)); });
      var full = !must.length ? null : must.length === 1 ? must[0] : ['all'].concat(must);
      if (!expanded) return { full: full, typed: full };
      return { full: full, typed: !typed.length ? null : typed.length === 1 ? typed[0] : ['all'].concat(typed) };
    }

    /** Queries.excluded: a ministry's items, or the items that have the part as a phrase; null for none. */
    function excludedPlan(u, vocab) {
      var out = [];
      u.excluded.forEach(function (p) {
        var m = p.quoted ? null : findMinistry(p.text);
        var q = m ? ['c', head.ministry, m.id, 0] : part(p.text, true, vocab);
        if (q) out.push(q);
      });
      return !out.length ? null : out.length === 1 ? out[0] : ['any'].concat(out);
    }

    function relaxedPlan(u, strict, vocab) {
      var must = [];
      var anyWord = [];
      var seen = {};
      var han = [];
      var bag = [];
      u.text.forEach(function (p) {
        if (p.quoted) {
          var q = part(p.text, true, vocab);
          if (q) must.push(q);
          return;
        }
        var s = normalise(p.text);
        var alternatives = [p.text];
        // Queries.relaxed: a phrase trigger is read for its meaning (its targets), not its own words
        var rest = s.split('');
        triggers(s, words(s, vocab, stop, stopMax, head.unknown, head.unknownKana, head.word), vocab, head.synonymChars).forEach(function (t) {
          var trigger = s.slice(t[0], t[1]);
          var cut = words(trigger, vocab, stop, stopMax, head.unknown, head.unknownKana, head.word);
          // Queries.phrase: a compound is left to its words, a word known only as its characters (泥棒) is not
          if (cut.complete && cut.dropped.indexOf(true) < 0 &&
              (trigger.length < 2 || cut.words.some(function (w) { return w.length > 1; }))) return;
          for (var i = t[0]; i < t[1]; i++) rest[i] = ' ';
          if (has(seen, '\u0000' + trigger)) return;
          seen['\u0000' + trigger] = true;
          var meanings = [];
          t[2].forEach(function (target) {
            var q = synonym(target, vocab);
            if (q) meanings.push(q);
          });
          if (meanings.length) anyWord.push(meanings.length === 1 ? meanings[0] : ['max', 0].concat(meanings));
        });
        rest = rest.join('');
        if (hasHan(s)) {
          // Queries.telling: words of two characters or more, the very common ones and suffixes (only hiragana,
          // glued to the word before: づくり of 硬貨づくり) only when all are
          var cut = words(rest, vocab, stop, stopMax, head.unknown, head.unknownKana, head.word);
          var known = [];
          var rare = [];
          cut.words.forEach(function (w, k) {
            if (w.length < 2 || vocab.cost(w) < 0) return;
            known.push(w);
            var suffix = cut.glued[k];
            for (var i = 0; suffix && i < w.length; i++) if (!isHiragana(w.charCodeAt(i))) suffix = false;
            if (vocab.cost(w) >= head.relaxedMinCost && !suffix) rare.push(w);
          });
          (rare.length ? rare : known).forEach(function (w) { alternatives.push(w); });
        }
        alternatives.forEach(function (a) {
          var key = normalise(a);
          if (has(seen, key)) return;
          seen[key] = true;
          var q = part(a, false, vocab);
          if (q) anyWord.push(q);
        });
        kanji(rest).forEach(function (k) { if (han.indexOf(k) < 0) han.push(k); });
        // Queries.sentence and Queries.bagOf: a sentence's bigrams with a kanji or katakana, scoring only
        if (sentence(s)) {
          grams(s).forEach(function (g) {
            if (g.length === 2 && (bagChar(g.charCodeAt(0)) || bagChar(g.charCodeAt(1))) && bag.indexOf(g) < 0) bag.push(g);
          });
        }
      });
      u.ministries.forEach(function (m) { anyWord.push(ministryPart(m.id, m.word, vocab).full); });
      han.forEach(function (k) { anyWord.push(['t', head.unigram, k, fround(head.unigramWeight)]); });
      if (!anyWord.length) return null;
      must.push(anyWord.length === 1 ? anyWord[0] : ['any'].concat(anyWord));
      var should = strict ? [boosted(strict, fround(head.strictBoost))] : [];
      if (bag.length) {
        var bagWeight = fround(head.bagWeight);
        var terms = bag.map(function (g) { return ['t', head.bagField, g, bagWeight]; });
        should.push(terms.length === 1 ? terms[0] : ['any'].concat(terms));
      }
      return ['bool', must, should];
    }

    function sentence(s) {
      if (s.length < head.sentenceChars) return false;
      for (var i = 0; i < s.length; i++) if (isHiragana(s.charCodeAt(i))) return true;
      return false;
    }
    function bagChar(c) { return isHan(c) || isKatakana(c); }

    return {
      normalise: normalise,
      parseYear: parseYear,
      understand: understand,
      findMinistry: findMinistry,
      /** Every first character whose dictionary shard a plan of this query may ask for (plans ask vocab for more). */
      plans: function (query, vocab) {
        var u = understand(query);
        var strict = strictPlan(u, vocab);
        var plans = { strict: strict.full, relaxed: relaxedPlan(u, strict.full, vocab), years: u.years.slice(), understood: u };
        // Queries.Plans.typed: the words as typed decide whether to relax
        if (strict.typed !== strict.full && strict.typed) plans.typed = strict.typed;
        var excluded = excludedPlan(u, vocab);
        if (excluded) plans.excluded = excluded;
        return plans;
      }
    };
  }

  // ---- postings and BM25 (Lucene's arithmetic, in float) ----

  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  /** A digit's value by its character code (the postings are the bulk of what a search reads: no string per digit). */
  var DIGIT = new Int8Array(128);
  for (var d = 0; d < DIGITS.length; d++) DIGIT[DIGITS.charCodeAt(d)] = d;

  /** The numbers of a base-64 string (StaticIndex.vlq). */
  function numbers(s) {
    var out = [];
    var n = 0;
    var scale = 1;
    for (var i = 0; i < s.length; i++) {
      var v = DIGIT[s.charCodeAt(i)];
      if (v >= 32) {
        n += (v - 32) * scale;
        scale *= 32;
      } else {
        out.push(n + v * scale);
        n = 0;
        scale = 1;
      }
    }
    return out;
  }

  function Scorer(head, field) {
    var stats = head.stats[field];
    var k1 = fround(head.k1);
    var b = fround(head.b);
    var avgdl = fround(stats[1] / stats[0]);
    var cache = [];
    for (var i = 0; i < 256; i++) {
      cache.push(fround(1 / fround(k1 * fround(fround(1 - b) + fround(fround(b * head.lengths[i]) / avgdl)))));
    }
    this.docCount = stats[0];
    this.cache = cache;
  }
  Scorer.prototype.weight = function (boost, df) {
    var idf = fround(Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5)));
    return fround(fround(boost) * idf);
  };
  Scorer.prototype.score = function (weight, freq, norm) {
    return fround(weight - fround(weight / fround(1 + fround(freq * this.cache[norm]))));
  };

  /** Evaluates a plan node: a Map of document → score (float), as Lucene's scorers sum and cast. */
  function evaluate(node, ctx) {
    var out = new Map();
    var i;
    switch (node[0]) {
      case 't': {
        var p = ctx.postings(node[1], node[2]);
        if (!p) return out;
        var scorer = ctx.scorer(node[1]);
        var w = scorer.weight(node[3], p.df);
        for (i = 0; i < p.docs.length; i++) out.set(p.docs[i], scorer.score(w, p.freqs[i], p.norms[i]));
        return out;
      }
      case 'c': {
        var docs = ctx.docs(node[1], node[2]);
        var score = fround(node[3]);
        for (i = 0; i < docs.length; i++) out.set(docs[i], score);
        return out;
      }
      case 'all': case 'any': {
        var kids = node.slice(1).map(function (n) { return evaluate(n, ctx); });
        var all = node[0] === 'all';
        var base = kids.reduce(function (a, k) { return all ? (k.size < a.size ? k : a) : a; }, kids[0]);
        var seen = all ? base : new Map();
        if (!all) kids.forEach(function (k) { k.forEach(function (v, doc) { seen.set(doc, true); }); });
        seen.forEach(function (v, doc) {
          var sum = 0;
          for (var j = 0; j < kids.length; j++) {
            var s = kids[j].get(doc);
            if (s === undefined) {
              if (all) return;
              continue;
            }
            sum += s;
          }
          out.set(doc, fround(sum));
        });
        return out;
      }
      case 'max': {
        var tie = fround(node[1]);
        var subs = node.slice(2).map(function (n) { return evaluate(n, ctx); });
        var docsSeen = new Map();
        subs.forEach(function (k) { k.forEach(function (v, doc) { docsSeen.set(doc, true); }); });
        docsSeen.forEach(function (v, doc) {
          var best = 0;
          var other = 0;
          subs.forEach(function (k) {
            var s = k.get(doc);
            if (s === undefined) return;
            if (s >= best) {
              other += best;
              best = s;
            } else {
              other += s;
            }
          });
          out.set(doc, fround(best + other * tie));
        });
        return out;
      }
      case 'bool': {
        var must = node[1].map(function (n) { return evaluate(n, ctx); });
        var should = node[2].map(function (n) { return evaluate(n, ctx); });
        var smallest = must.reduce(function (a, k) { return k.size < a.size ? k : a; }, must[0]);
        smallest.forEach(function (v, doc) {
          var req = 0;
          for (var j = 0; j < must.length; j++) {
            var s = must[j].get(doc);
            if (s === undefined) return;
            req += s;
          }
          req = fround(req);
          var opt = 0;
          var any = false;
          should.forEach(function (k) {
            var s = k.get(doc);
            if (s !== undefined) {
              opt += s;
              any = true;
            }
          });
          out.set(doc, any ? fround(req + fround(opt)) : req);
        });
        return out;
      }
      default:
        throw new Error('unknown plan node ' + node[0]);
    }
  }

  /** Every leaf of a plan: [field, term]. */
  function leaves(node, out) {
    out = out || [];
    switch (node[0]) {
      case 't': case 'c': out.push([node[1], node[2]]); break;
      case 'max': node.slice(2).forEach(function (n) { leaves(n, out); }); break;
      case 'bool': node[1].concat(node[2]).forEach(function (n) { leaves(n, out); }); break;
      default: node.slice(1).forEach(function (n) { leaves(n, out); });
    }
    return out;
  }

  /** FNV-1a (32 bits) over UTF-16 code units, modulo count: StaticIndex.shard. */
  function shard(key, count) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) % count;
  }

  /** The dictionary shard of the words that begin with first's first character: StaticIndex.dictionaryShard
   *  (search.ftlh's boot too). */
  function dictionaryShard(first, count) {
    return first.charCodeAt(0) % count;
  }

  /**
   * The item or sheet table: [ministry, kind, years] per document, from its ministries' runs (m), its distinct
   * (kind, years) pairs (p) and each document's pair (r): StaticIndex.table.
   */
  function table(t) {
    var runs = numbers(t.m);
    var pairs = numbers(t.p);
    var r = numbers(t.r);
    var rows = [];
    var run = 0;
    var left = 0;
    for (var i = 0; i < r.length; i++) {
      while (left === 0) {
        left = runs[run + 1];
        run += 2;
      }
      left--;
      rows.push([runs[run - 2], pairs[2 * r[i]], pairs[2 * r[i] + 1]]);
    }
    return rows;
  }

  function yearsOf(mask, first) {
    var out = [];
    for (var b = 0; mask > 0; b++) {
      if (mask % 2 === 1) out.push(first + b);
      mask = Math.floor(mask / 2);
    }
    return out;
  }

  function parseKind(head, kind) {
    var s = strip(String(kind).normalize('NFKC')).toLowerCase();
    for (var i = 0; i < head.budgetKinds.length; i++) {
      if (head.budgetKinds[i].names.indexOf(s) >= 0) return i;
    }
    return -1;
  }

  /**
   * The search engine over a static index: head is SEISAKU.head, load(key, path) a Promise of SEISAKU[key] (a
   * script tag in the page, a file read under node).
   */
  function engine(head, load) {
    var plan = planner(head);
    var items = null; // the item table, read while a search's first postings load (tables)
    var sheetTable = null;
    var dictionary = {};
    var buckets = { p: {}, s: {} };
    var scorers = {};
    var fieldIndex = {};
    head.exported.forEach(function (f, i) { fieldIndex[f] = i; });
    var ministryIndex = {};
    head.ministries.forEach(function (m, i) { ministryIndex[m.id] = i + 1; });

    function vocab(missing) {
      return {
        maxWord: head.maxWord,
        /** A trigger's targets, from the dictionary shard of its first character (StaticIndex.writeDictionary). */
        synonyms: function (key) {
          for (var k in missing) return null; // the words may change once the dictionary is in
          var n = dictionaryShard(key, head.shards.d);
          var d = dictionary[n];
          if (!d) {
            missing[n] = true;
            return null;
          }
          return has(d.synonyms, key) ? d.synonyms[key] : null;
        },
        cost: function (w) {
          var first = w.charAt(0);
          var n = dictionaryShard(first, head.shards.d);
          var d = dictionary[n];
          if (!d) {
            missing[n] = true;
            return -1;
          }
          return d.words[first] && has(d.words[first], w.slice(1)) ? d.words[first][w.slice(1)] : -1;
        }
      };
    }

    function loadDictionary(ns) {
      return Promise.all(ns.map(function (n) {
        return load('d/' + n, 'd/' + n + '.js').then(function (data) {
          var byFirst = {};
          Object.keys(data.w).forEach(function (first) {
            var list = data.w[first];
            var m = {};
            for (var i = 0; i < list.length; i += 2) m[list[i]] = list[i + 1];
            byFirst[first] = m;
          });
          dictionary[n] = { words: byFirst, synonyms: data.y || {} };
        });
      }));
    }

    /** Plans whose every dictionary lookup was answered. */
    function plans(query) {
      var missing = {};
      var p = plan.plans(query, vocab(missing));
      var wanted = Object.keys(missing);
      if (!wanted.length) return Promise.resolve(p);
      return loadDictionary(wanted).then(function () { return plans(query); });
    }

    function loadPostings(nodes, sheets) {
      var wanted = {};
      nodes.forEach(function (node) {
        leaves(node).forEach(function (l) {
          if (l[0] === head.ministry) return;
          ['p'].concat(sheets ? ['s'] : []).forEach(function (kind) {
            var n = shard(l[1], head.shards[kind]);
            if (!buckets[kind][n]) wanted[kind + '/' + n] = [kind, n];
          });
        });
      });
      return Promise.all(Object.keys(wanted).map(function (key) {
        var w = wanted[key];
        return load(key, key + '.js').then(function (data) { buckets[w[0]][w[1]] = data; });
      }));
    }

    function postings(field, term, kinds) {
      var docs = [];
      var freqs = [];
      var norms = [];
      var df = 0;
      var fi = fieldIndex[field];
      var docsOnly = head.docsOnly.indexOf(field) >= 0;
      kinds.forEach(function (kind) {
        var bucket = buckets[kind][shard(term, head.shards[kind])];
        var entries = bucket && has(bucket, term) ? bucket[term] : [];
        entries.forEach(function (e) {
          if (e[0] !== fi) return;
          df = e[1];
          var n = numbers(e[2]);
          var doc = -1;
          for (var i = 0; i < n.length;) {
            doc += n[i++] + 1;
            docs.push(doc);
            if (docsOnly) {
              freqs.push(1);
              norms.push(1);
              continue;
            }
            var code = n[i++];
            freqs.push(Math.floor(code / 256) + 1);
            norms.push(code % 256);
          }
        });
      });
      return docs.length ? { docs: docs, freqs: freqs, norms: norms, df: df } : null;
    }

    function row(doc) {
      return doc < head.items ? items[doc] : sheetTable.table[doc - head.items];
    }

    /** Reads the item table once (some milliseconds: done while the postings load, not before). */
    function tables() {
      if (!items) items = table(head.table);
    }

    function context(kinds) {
      return {
        postings: function (field, term) { return postings(field, term, kinds); },
        scorer: function (field) {
          if (!scorers[field]) scorers[field] = new Scorer(head, field);
          return scorers[field];
        },
        docs: function (field, term) {
          if (field === head.ministry) {
            var idx = ministryIndex[term];
            var out = [];
            var total = head.items + (kinds.indexOf('s') >= 0 ? head.sheets : 0);
            for (var d = 0; d < total; d++) if (row(d)[0] === idx) out.push(d);
            return out;
          }
          var p = postings(field, term, kinds);
          return p ? p.docs : [];
        }
      };
    }

    /**
     * params: {q, ministry (id, name or alias), yearFrom, yearTo, kind, limit}; resolves to {total, hits: [{doc,
     * score, type}], facets() → {ministry, year, kind}, relaxed, plans} (the counts on demand: the page asks for them
     * once the hits are on screen).
     */
    function search(params) {
      var checked = checkQuery(head, params.q);
      if (checked.error) return Promise.reject(new Error(checked.error));
      var limit = params.limit || 20;
      var ministryId = null;
      if (params.ministry) {
        var m = plan.findMinistry(params.ministry);
        if (!m) {
          var unknown = new Error('unknown ministry: ' + strip(params.ministry));
          unknown.ministry = strip(params.ministry);
          return Promise.reject(unknown);
        }
        ministryId = m.id;
      }
      var kind = params.kind ? strip(String(params.kind)) : '';
      var budgetKind = kind ? parseKind(head, kind) : -1;
      var documentKind = kind !== '' && budgetKind < 0;
      var withSheets = documentKind && head.sheetKinds.indexOf(kind) >= 0;
      var kinds = withSheets ? ['p', 's'] : ['p'];
      var docKind = kind ? head.docKinds.indexOf(kind) : -1;
      return plans(checked.query).then(function (p) {
        var nodes = [p.strict, p.relaxed, p.excluded].filter(Boolean);
        var loading = withSheets && !sheetTable ? load('sheets', 'sheets.js').then(function (t) {
          sheetTable = { table: table(t.table), program: t.program };
          return loadPostings(nodes, withSheets);
        }) : loadPostings(nodes, withSheets);
        tables(); // while the postings load
        return loading.then(function () {
          var total = head.items + (withSheets ? head.sheets : 0);
          var byYear = p.years.length > 0 || params.yearFrom || params.yearTo;
          var excluded = p.excluded ? evaluate(p.excluded, context(kinds)) : null; // Queries.matching: MUST_NOT
          function keep(doc) {
            if (excluded && excluded.has(doc)) return false;
            var r = row(doc);
            var years = byYear ? yearsOf(r[2], head.yearFirst) : null;
            for (var i = 0; i < p.years.length; i++) if (years.indexOf(p.years[i]) < 0) return false;
            if (ministryId && r[0] !== ministryIndex[ministryId]) return false;
            if (params.yearFrom || params.yearTo) {
              var from = params.yearFrom || head.yearMin;
              var to = params.yearTo || head.yearMax;
              if (!years.some(function (y) { return y >= from && y <= to; })) return false;
            }
            if (kind) {
              var isDoc = r[1] % 2 === 1;
              var ok = false;
              if (!isDoc && budgetKind >= 0) ok = Math.floor(r[1] / 2 / Math.pow(2, budgetKind)) % 2 === 1;
              if (isDoc && docKind >= 0) ok = (r[1] - 1) / 2 === docKind + 1;
              if (!ok) return false;
            }
            return true;
          }
          function run(node) {
            var scores;
            if (node) {
              scores = evaluate(node, context(kinds));
            } else {
              scores = new Map();
              for (var d = 0; d < total; d++) scores.set(d, 1);
            }
            var matches = [];
            scores.forEach(function (s, doc) { if (keep(doc)) matches.push([doc, s]); });
            return matches;
          }
          var matches = run(p.strict);
          var typed = matches.length >= head.relaxBelow && p.typed ? run(p.typed).length : matches.length;
          var relaxed = p.relaxed !== null && typed < head.relaxBelow;
          var next = relaxed ? loadPostings([p.relaxed], withSheets).then(function () { return run(p.relaxed); })
            : Promise.resolve(matches);
          return next.then(function (ms) {
            var boost = fround(head.programBoost);
            var programs = 0;
            ms.forEach(function (m) {
              if (row(m[0])[1] % 2 !== 0) return;
              m[1] = fround(m[1] * boost);
              programs++;
            });
            /** The filters' counts over every match, counted when first asked for (after the hits are shown). */
            var counted = null;
            function facets() {
              if (counted) return counted;
              counted = { ministry: {}, year: {}, kind: {} };
              ms.forEach(function (m) {
                var r = row(m[0]);
                if (r[0] > 0) counted.ministry[head.ministries[r[0] - 1].id] = (counted.ministry[head.ministries[r[0] - 1].id] || 0) + 1;
                yearsOf(r[2], head.yearFirst).forEach(function (y) { counted.year[y] = (counted.year[y] || 0) + 1; });
                if (r[1] % 2 === 1) {
                  if (r[1] > 1) {
                    var k = head.docKinds[(r[1] - 1) / 2 - 1];
                    counted.kind[k] = (counted.kind[k] || 0) + 1;
                  }
                } else {
                  head.budgetKinds.forEach(function (bk, i) {
                    if (Math.floor(r[1] / 2 / Math.pow(2, i)) % 2 === 1) counted.kind[bk.id] = (counted.kind[bk.id] || 0) + 1;
                  });
                }
              });
              return counted;
            }
            ms.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
            var from = params.offset || 0;
            return {
              total: ms.length, programs: programs, documents: ms.length - programs, relaxed: relaxed, plans: p,
              facets: facets,
              hits: ms.slice(from, from + limit).map(function (m) {
                return { doc: m[0], score: m[1], type: row(m[0])[1] % 2 === 0 ? 'program' : 'document' };
              })
            };
          });
        });
      });
    }

    /** The metadata of a hit (StaticIndex m/ and n/ files). */
    function metadata(doc) {
      if (doc < head.items) return load('m/' + doc, 'm/' + doc + '.js');
      var sheet = doc - head.items;
      var key = 'n/' + Math.floor(sheet / head.sheetGroup);
      return load(key, key + '.js').then(function (group) { return group[sheet % head.sheetGroup]; });
    }

    return { search: search, metadata: metadata, plans: plans, planner: plan, url: function (type, id) {
      return head.urls[type].replace('{id}', id);
    } };
  }


  // ---- the page (search.ftlh) ----

  var PAGE_SIZE = 10;
  var SNIPPET = 120;
  var LEAD = 20;

  function el(doc, name, attrs, text) {
    var e = doc.createElement(name);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function readParams(search) {
    var p = new URLSearchParams(search || '');
    var page = parseInt(p.get('page') || '1', 10);
    return { q: p.get('q') || '', ministry: p.get('ministry') || '', year: p.get('year') || '', kind: p.get('kind') || '',
      page: isNaN(page) || page < 1 ? 1 : page };
  }

  function queryString(params, page) {
    var p = new URLSearchParams();
    ['q', 'ministry', 'year', 'kind'].forEach(function (k) { if (params[k]) p.set(k, params[k]); });
    if (page > 1) p.set('page', String(page));
    return '?' + p.toString();
  }

  function yearsText(years) {
    if (!years || !years.length) return '';
    return years.length === 1 ? years[0] + '年度' : years[0] + '–' + years[years.length - 1] + '年度';
  }

  /** Where the needles occur in the text (compared width- and case-folded, character for character). */
  function snippet(doc, text, needles, fold) {
    var folded = '';
    for (var i = 0; i < text.length; i++) folded += fold(text.charAt(i));
    var spans = [];
    needles.forEach(function (n) {
      if (!n) return;
      for (var at = folded.indexOf(n); at >= 0; at = folded.indexOf(n, at + n.length)) spans.push([at, at + n.length]);
    });
    spans.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    spans.forEach(function (s) {
      var last = merged[merged.length - 1];
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
      else merged.push([s[0], s[1]]);
    });
    var from = 0;
    var best = -1;
    merged.forEach(function (anchor) {
      var start = Math.max(0, anchor[0] - LEAD);
      var distinct = {};
      merged.forEach(function (s) { if (s[0] >= start && s[1] <= start + SNIPPET) distinct[folded.slice(s[0], s[1])] = true; });
      if (Object.keys(distinct).length > best) {
        best = Object.keys(distinct).length;
        from = start;
      }
    });
    var to = Math.min(text.length, from + SNIPPET);
    var span = el(doc, 'span', { 'class': 'search-snippet' });
    var at = from;
    if (from > 0) span.appendChild(doc.createTextNode('…'));
    merged.forEach(function (s) {
      var a = Math.max(s[0], from);
      var b = Math.min(s[1], to);
      if (b <= a || a < at) return;
      span.appendChild(doc.createTextNode(text.slice(at, a).replace(/[\r\n\t]/g, ' ')));
      span.appendChild(el(doc, 'mark', null, text.slice(a, b)));
      at = b;
    });
    span.appendChild(doc.createTextNode(text.slice(at, to).replace(/[\r\n\t]/g, ' ') + (to < text.length ? '…' : '')));
    return span;
  }

  function renderHit(doc, head, m, rootPath, needles, fold) {
    var li = el(doc, 'li', { 'class': 'search-hit search-hit-' + m.type });
    li.appendChild(el(doc, 'a', { href: rootPath + head.urls[m.type].replace('{id}', m.id) + 'index.html' }, m.title));
    var ministry = '';
    head.ministries.forEach(function (x) { if (x.id === m.ministry) ministry = x.name; });
    // a program that shares its ministry and name with another shows its 事業番号 (index.Fields.NUMBER), as lists do
    var meta = m.type === 'program' ? ['事業', ministry, yearsText(m.years), m.number ? '事業番号 ' + m.number : '']
      : [m.kind || '文書', ministry, yearsText(m.years)];
    li.appendChild(el(doc, 'span', { 'class': 'search-meta' }, meta.filter(Boolean).join('・')));
    if (m.names && m.names.length) li.appendChild(el(doc, 'span', { 'class': 'search-names' }, '別名・旧名：' + m.names.join('、')));
    if (m.text) li.appendChild(snippet(doc, m.text, needles, fold));
    if (m.sheets && m.sheets.length) {
      var p = el(doc, 'span', { 'class': 'search-meta' }, 'レビューシート：');
      m.sheets.forEach(function (s, i) {
        if (i > 0) p.appendChild(doc.createTextNode('・'));
        p.appendChild(el(doc, 'a', { href: rootPath + head.urls.document.replace('{id}', s[1]) + 'index.html' }, s[0] + '年度'));
      });
      li.appendChild(p);
    }
    return li;
  }

  function fillSelect(doc, select, value, options) {
    while (select.options.length > 1) select.removeChild(select.options[select.options.length - 1]);
    options.forEach(function (o) {
      var opt = el(doc, 'option', { value: o[0] }, o[1] + '（' + o[2] + '件）');
      if (o[0] === value) opt.setAttribute('selected', 'selected');
      select.appendChild(opt);
    });
    select.value = value;
  }

  /** Runs f once the page is parsed (search.js starts from <head>, before the page's elements exist). */
  function whenParsed(doc, f) {
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', f);
    else f();
  }

  /**
   * The search page: starts the search at once (search.js and head.js load from <head>, with the query's dictionary
   * shards, see search.ftlh), fetches the first page's postings and metadata while the page is still loading, and
   * shows each hit once the page is parsed and the hit's metadata is in.
   */
  function start(win) {
    var doc = win.document;
    win.SEISAKU = win.SEISAKU || {};
    /** SEISAKU[key], by a script tag (one per key: the page may have named it already, see search.ftlh). */
    function load(key, path) {
      return new Promise(function (resolve, reject) {
        if (win.SEISAKU[key]) {
          resolve(win.SEISAKU[key]);
          return;
        }
        var s = doc.querySelector('script[data-seisaku="' + key + '"]');
        if (!s) {
          s = doc.createElement('script');
          s.src = path;
          s.setAttribute('data-seisaku', key);
          s.addEventListener('error', function () { if (s.parentNode) s.parentNode.removeChild(s); });
          doc.head.appendChild(s);
        }
        s.addEventListener('load', function () { if (win.SEISAKU[key]) resolve(win.SEISAKU[key]); else reject(new Error(path)); });
        s.addEventListener('error', function () { reject(new Error(path)); });
      });
    }
    var params = readParams(win.location.search);
    var year = params.year ? parseInt(params.year, 10) : null;
    // the search and the first page's metadata, begun before the page is parsed
    var work = load('head', 'head.js').then(function (head) {
      var engine = SearchEngine(head, load);
      var checked = checkQuery(head, params.q);
      var w = { head: head, engine: engine, checked: checked };
      if (checked.error || (!checked.query && !params.ministry && !params.year && !params.kind)) return w;
      w.results = engine.search({ q: params.q, ministry: params.ministry, yearFrom: year, yearTo: year, kind: params.kind,
        limit: PAGE_SIZE, offset: (params.page - 1) * PAGE_SIZE });
      w.metadata = w.results.then(function (r) {
        return r.hits.map(function (h) { return engine.metadata(h.doc); });
      });
      // settled here as well, so that a failure is not reported as unhandled before the page shows it
      w.results.catch(function () {});
      w.metadata.catch(function () {});
      return w;
    });
    work.catch(function () {});
    whenParsed(doc, function () { show(win, params, work); });
  }

  /** The page's part: the form, the status line, the hits as their metadata arrive, the filters and the pages. */
  function show(win, params, work) {
    var doc = win.document;
    var app = doc.getElementById('search-app');
    if (!app) return;
    var form = doc.getElementById('search-form');
    var region = doc.getElementById('search-results');
    var status = doc.getElementById('search-status');
    var list = doc.getElementById('search-list');
    var pages = doc.getElementById('search-pages');
    var rootPath = app.getAttribute('data-root') || '../';
    form.elements.q.value = params.q;
    work.then(function (w) {
      var head = w.head;
      var engine = w.engine;
      if (w.checked.error) {
        status.textContent = w.checked.error;
        return;
      }
      if (!w.results) {
        status.textContent = '事業名やキーワードを入力してください。';
        return;
      }
      shown(w, head, engine);
    }, function () {
      status.textContent = '検索用の索引（search/head.js）を読み込めませんでした。';
    });
    function shown(w, head, engine) {
      region.setAttribute('aria-busy', 'true');
      Promise.all([w.results, w.metadata]).then(function (rm) {
        var r = rm[0];
        var needles = [];
        r.plans.understood.text.forEach(function (part) { needles.push(engine.planner.normalise(part.text)); });
        (r.plans.strict ? leaves(r.plans.strict) : []).forEach(function (l) {
          if (l[0] === 'text' || l[0] === 'title') needles.push(l[1]);
        });
        var fold = engine.planner.normalise;
        // each hit is shown as soon as it and the hits above it have their metadata (the region is busy until all are)
        while (list.firstChild) list.removeChild(list.firstChild);
        var arrived = [];
        var at = 0;
        return Promise.all(rm[1].map(function (metadata, i) {
          return metadata.then(function (m) {
            arrived[i] = m;
            for (; at < r.hits.length && arrived[at]; at++) list.appendChild(renderHit(doc, head, arrived[at], rootPath, needles, fold));
            return m;
          });
        })).then(function (ms) {
          // the filters' counts after the hits, which the reader waits for (they need no file)
          var facets = r.facets();
          fillSelect(doc, form.elements.ministry, params.ministry, head.ministries.filter(function (m) { return facets.ministry[m.id]; })
            .map(function (m) { return [m.id, m.name, facets.ministry[m.id]]; }));
          fillSelect(doc, form.elements.year, params.year, Object.keys(facets.year).sort().reverse()
            .map(function (y) { return [y, head.yearLabels[y] || y + '年度', facets.year[y]]; }));
          var kinds = head.budgetKinds.filter(function (k) { return facets.kind[k.id]; })
            .map(function (k) { return [k.id, k.label, facets.kind[k.id]]; });
          head.docKinds.forEach(function (k) { if (facets.kind[k]) kinds.push([k, k, facets.kind[k]]); });
          fillSelect(doc, form.elements.kind, params.kind, kinds);
          var first = (params.page - 1) * PAGE_SIZE + 1;
          var said = params.q ? '「' + params.q + '」の' : '';
          status.textContent = said + '検索結果：' + r.total + '件（事業 ' + r.programs + '件、文書 ' + r.documents + '件）' +
            (ms.length ? '。' + first + '〜' + (first + ms.length - 1) + '件目' : r.total ? '。このページ（' + params.page +
              'ページ目）に結果はありません' : '') +
            (r.relaxed ? '。すべての語を含むものが少ないため、一部の語を含むものも表示しています' : '');
          while (pages.firstChild) pages.removeChild(pages.firstChild);
          var last = Math.ceil(r.total / PAGE_SIZE);
          if (params.page > 1 && last > 0) {
            pages.appendChild(el(doc, 'a', { href: queryString(params, Math.min(params.page - 1, last)), rel: 'prev' }, '前の' + PAGE_SIZE + '件'));
          }
          if (params.page < last) pages.appendChild(el(doc, 'a', { href: queryString(params, params.page + 1), rel: 'next' }, '次の' + PAGE_SIZE + '件'));
          pages.hidden = last <= 1;
          region.setAttribute('aria-busy', 'false');
        });
      }).catch(function (e) {
        status.textContent = e.ministry ? '府省庁「' + e.ministry + '」はこのサイトにありません。' :
          '検索できませんでした：' + e.message;
        region.setAttribute('aria-busy', 'false');
      });
    }
  }

  var SearchEngine = engine;

  return {
    normaliser: normaliser,
    checkQuery: checkQuery,
    yearReader: yearReader,
    parse: parse,
    planner: planner,
    words: words,
    grams: grams,
    readings: readings,
    shard: shard,
    numbers: numbers,
    engine: engine,
    start: start,
    PAGE_SIZE: PAGE_SIZE
  };
});
