/*
 * seisaku browser search: runs on the static index written by org.seisaku.search.BrowserIndex
 * (search/index.js → window.SEISAKU_INDEX, search/docs-N.js → window.SEISAKU_DOCS[N]); no server, works from file://.
 *
 * The pure functions (normalise, parseFiscalYear, parseQuery, prepare, search) are exported for node tests;
 * start() wires them to the page (search.ftlh). Query syntax, from the URL (?q=&ministry=&year=&kind=):
 *   - words are split on spaces; each is normalised like the exported keys (NFKC, lower case, katakana → hiragana,
 *     no whitespace: BrowserIndex / org.seisaku.search.Normaliser);
 *   - a word that is a fiscal year (2008, 2008年度, 平成20年度, H20, Ｈ２０, 令和元年度) becomes the year filter,
 *     a word that is a ministry's name, alias or id (総務省, 国交省) the ministry filter, unless set in the URL;
 *   - every other word must occur (AND) as a substring of a record's keys.
 * Ranking: exact name or title, then every word in the names or title, then words found only in the excerpt;
 * within a rank newer years first, then by name. Review-sheet documents are grouped under their program.
 * The page is built with createElement/textContent only (no innerHTML with data).
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.SeisakuSearch = api;
    if (root.document) {
      if (root.document.readyState === 'loading') {
        root.document.addEventListener('DOMContentLoaded', function () { api.start(root); });
      } else {
        api.start(root);
      }
    }
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var PAGE_SIZE = 50;

  // ---- normalisation: keep identical to org.seisaku.search.Normaliser ----

  function isSpace(c) {
    return (c >= 0x09 && c <= 0x0D) || c === 0x20 || c === 0xA0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
      c === 0x2028 || c === 0x2029 || c === 0x202F || c === 0x205F || c === 0x3000 || c === 0xFEFF;
  }

  /** NFKC, lower case, katakana → hiragana, whitespace removed. */
  function normalise(text) {
    if (text === null || text === undefined || text === '') return '';
    var s = String(text).normalize('NFKC').toLowerCase();
    var out = [];
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (isSpace(c)) continue;
      if ((c >= 0x30A1 && c <= 0x30F6) || c === 0x30FD || c === 0x30FE) c -= 0x60;
      out.push(c);
    }
    var result = '';
    for (var j = 0; j < out.length; j += 4096) result += String.fromCharCode.apply(null, out.slice(j, j + 4096));
    return result;
  }

  // ---- fiscal years: keep identical to org.seisaku.model.FiscalYear.parse ----

  var MIN_YEAR = 1868;
  var MAX_YEAR = 2100;
  var ERAS = [
    { name: '令和', initial: 'r', first: 2019, last: MAX_YEAR },
    { name: '平成', initial: 'h', first: 1989, last: 2019 },
    { name: '昭和', initial: 's', first: 1926, last: 1989 },
    { name: '大正', initial: 't', first: 1912, last: 1926 },
    { name: '明治', initial: 'm', first: 1868, last: 1912 }
  ];
  var WESTERN = /^(?:fy)?(\d{4})(?:年度?)?$/i;
  var ERA = /^(令和|平成|昭和|大正|明治|[rhstm])\.?(元|\d{1,2}|[〇一二三四五六七八九十]{1,3})(?:年度?)?$/i;

  function inRange(y) {
    return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
  }

  function kanjiNumber(s) {
    // as FiscalYear.kanjiNumber: 二十 → 20, 三十一 → 31, 十 → 10, 三一 → 31; -1 if malformed (〇十, 二十十, 一二三)
    var digits = '〇一二三四五六七八九';
    var t = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(s);
    if (t) return (t[1] === '' ? 1 : digits.indexOf(t[1])) * 10 + (t[2] === '' ? 0 : digits.indexOf(t[2]));
    if (!/^[〇一二三四五六七八九]{1,2}$/.test(s)) return -1;
    var value = 0;
    for (var i = 0; i < s.length; i++) value = value * 10 + digits.indexOf(s.charAt(i));
    return value;
  }

  /** A fiscal year written alone (2008, 平成20年度, H20, Ｈ２０, 令和元年度), as the Western year, or null. */
  function parseFiscalYear(text) {
    if (text === null || text === undefined) return null;
    var s = String(text).normalize('NFKC').replace(/\s+/g, '');
    var w = WESTERN.exec(s);
    if (w) return inRange(parseInt(w[1], 10));
    var e = ERA.exec(s);
    if (!e) return null;
    var era = null;
    for (var i = 0; i < ERAS.length; i++) {
      if (ERAS[i].name === e[1] || ERAS[i].initial === e[1].toLowerCase()) era = ERAS[i];
    }
    if (!era) return null;
    var n = e[2];
    var k = n === '元' ? 1 : /^\d/.test(n) ? parseInt(n, 10) : kanjiNumber(n);
    if (k < 1) return null;
    return inRange(era.first + k - 1);
  }

  // ---- query ----

  var QUOTES = /^["'“”‘’「」『』]+|["'“”‘’「」『』]+$/g;

  /**
   * Splits a query into terms and the filters it names:
   * {terms: [normalised words], year: number|null, ministry: id|null}.
   */
  function parseQuery(q, index) {
    var byKey = {};
    (index.ministries || []).forEach(function (m) {
      m.keys.forEach(function (k) { byKey[k] = m.id; });
    });
    var result = { terms: [], year: null, ministry: null };
    String(q || '').normalize('NFKC').split(/\s+/).forEach(function (word) {
      word = word.replace(QUOTES, '');
      if (!word) return;
      var y = parseFiscalYear(word);
      if (y !== null && result.year === null) {
        result.year = y;
        return;
      }
      var key = normalise(word);
      if (!key) return;
      if (Object.prototype.hasOwnProperty.call(byKey, key) && result.ministry === null) {
        result.ministry = byKey[key];
        return;
      }
      if (result.terms.indexOf(key) < 0) result.terms.push(key);
    });
    return result;
  }

  // ---- index ----

  /** Turns the exported index and document shards into records ready to search. */
  function prepare(index, shards) {
    var ministries = {};
    (index.ministries || []).forEach(function (m) { ministries[m.id] = m; });
    var budgetKinds = {};
    (index.budgetKinds || []).forEach(function (k) { budgetKinds[k.id] = k; });
    var programs = index.programs.map(function (p, i) {
      var names = p.key.split('\n');
      return {
        type: 'program', index: i, id: p.id, url: p.url, name: p.name, otherNames: p.names, ministry: p.ministry,
        years: p.years, kinds: p.kinds, names: names, nameText: names.concat(p.terms || []).join('\n'),
        newest: p.years.length ? p.years[p.years.length - 1] : 0
      };
    });
    var fields = index.documentFields;
    var f = {};
    fields.forEach(function (name, i) { f[name] = i; });
    var documents = [];
    var loaded = 0;
    (index.shards || []).forEach(function (name, n) {
      var rows = shards && shards[n];
      if (!rows) return;
      loaded++;
      rows.forEach(function (row) {
        var program = row[f.program];
        var title = row[f.title] !== null ? row[f.title] : program >= 0 ? programs[program].name : '';
        var kind = row[f.kind] >= 0 ? index.documentKinds[row[f.kind]] : null;
        var key = normalise(title);
        documents.push({
          type: 'document', slug: row[f.slug], url: index.documentUrl.replace('{slug}', row[f.slug]), title: title,
          ministry: row[f.ministry] !== null ? row[f.ministry] : program >= 0 ? programs[program].ministry : null,
          year: row[f.year], kind: kind, program: program, names: [key], nameText: key, excerpt: row[f.excerpt],
          newest: row[f.year] || 0
        });
      });
    });
    return {
      index: index, ministries: ministries, budgetKinds: budgetKinds, programs: programs, documents: documents,
      complete: loaded === (index.shards || []).length
    };
  }

  /** 3: exact name or title; 2: every term in the names or title; 1: some only in the excerpt; 0: no match. */
  function tier(terms, record) {
    if (!terms.length) return 1;
    if (record.names.indexOf(terms.join('')) >= 0) return 3;
    var inName = true;
    for (var i = 0; i < terms.length; i++) {
      if (record.nameText.indexOf(terms[i]) >= 0) continue;
      if (record.excerpt && record.excerpt.indexOf(terms[i]) >= 0) {
        inName = false;
        continue;
      }
      return 0;
    }
    return inName ? 2 : 1;
  }

  function compareHits(a, b) {
    if (a.tier !== b.tier) return b.tier - a.tier;
    if (a.newest !== b.newest) return b.newest - a.newest;
    var an = a.name || a.title;
    var bn = b.name || b.title;
    if (an.length !== bn.length) return an.length - bn.length;
    if (an !== bn) return an < bn ? -1 : 1;
    var ak = a.id || a.slug;
    var bk = b.id || b.slug;
    return ak < bk ? -1 : ak > bk ? 1 : 0;
  }

  /**
   * Searches prepared records. params: {q, ministry, year, kind} as strings from the URL (empty = none). kind is
   * "program", "document", a budget kind id (initial, supplementary …: programs with such figures) or a document
   * kind (レビューシート, 概要 …). Returns {query, ministry, year, kind, total, programCount, documentCount, hits},
   * hits sorted, each a program (with .documents: its review sheets that matched) or a document.
   */
  function search(prepared, params) {
    var query = parseQuery(params.q, prepared.index);
    var ministry = params.ministry || query.ministry || null;
    var year = params.year ? parseInt(params.year, 10) : query.year;
    if (isNaN(year)) year = null;
    var kind = params.kind || '';
    var isBudgetKind = Object.prototype.hasOwnProperty.call(prepared.budgetKinds, kind);
    var wantPrograms = kind === '' || kind === 'program' || isBudgetKind;
    var wantDocuments = !(kind === 'program' || isBudgetKind);
    var group = kind === '';
    var terms = query.terms;
    if (!terms.length && !ministry && year === null && kind === '') {
      return { query: query, ministry: null, year: null, kind: '', total: 0, programCount: 0, documentCount: 0, hits: [] };
    }

    var groups = {};
    var hits = [];
    var programCount = 0;
    var documentCount = 0;

    function groupOf(p) {
      if (!groups[p.id]) {
        groups[p.id] = {
          type: 'program', id: p.id, url: p.url, name: p.name, otherNames: p.otherNames, ministry: p.ministry,
          years: p.years, newest: p.newest, tier: 0, matched: false, documents: []
        };
        hits.push(groups[p.id]);
      }
      return groups[p.id];
    }

    if (wantPrograms) {
      prepared.programs.forEach(function (p) {
        if (ministry && p.ministry !== ministry) return;
        if (year !== null && p.years.indexOf(year) < 0) return;
        if (isBudgetKind && p.kinds.indexOf(kind) < 0) return;
        var t = tier(terms, p);
        if (!t) return;
        var g = groupOf(p);
        g.tier = Math.max(g.tier, t);
        g.matched = true;
        programCount++;
      });
    }
    if (wantDocuments) {
      prepared.documents.forEach(function (d) {
        if (ministry && d.ministry !== ministry) return;
        if (year !== null && d.year !== year) return;
        if (kind !== '' && kind !== 'document' && d.kind !== kind) return;
        var t = tier(terms, d);
        if (!t) return;
        documentCount++;
        var hit = {
          type: 'document', slug: d.slug, url: d.url, title: d.title, ministry: d.ministry, year: d.year, kind: d.kind,
          newest: d.newest, tier: t
        };
        if (group && d.program >= 0) {
          var g = groupOf(prepared.programs[d.program]);
          g.tier = Math.max(g.tier, t);
          g.documents.push(hit);
        } else {
          hits.push(hit);
        }
      });
    }
    hits.forEach(function (h) {
      if (h.documents) h.documents.sort(function (a, b) { return b.newest - a.newest || (a.slug < b.slug ? -1 : 1); });
    });
    hits.sort(compareHits);
    return {
      query: query, ministry: ministry, year: year, kind: kind, total: hits.length,
      programCount: programCount, documentCount: documentCount, hits: hits
    };
  }

  // ---- the page ----

  function el(doc, name, attrs, text) {
    var e = doc.createElement(name);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function yearsText(years) {
    if (!years || !years.length) return '';
    if (years.length === 1) return years[0] + '年度';
    return years[0] + '〜' + years[years.length - 1] + '年度';
  }

  function readParams(search) {
    var p = new URLSearchParams(search || '');
    return { q: p.get('q') || '', ministry: p.get('ministry') || '', year: p.get('year') || '', kind: p.get('kind') || '' };
  }

  function queryString(params) {
    var p = new URLSearchParams();
    ['q', 'ministry', 'year', 'kind'].forEach(function (k) { if (params[k]) p.set(k, params[k]); });
    var s = p.toString();
    return s ? '?' + s : '';
  }

  function fillSelects(doc, form, prepared) {
    var index = prepared.index;
    var used = {};
    prepared.programs.forEach(function (p) { used[p.ministry] = true; });
    prepared.documents.forEach(function (d) { if (d.ministry) used[d.ministry] = true; });
    var ministry = form.elements.ministry;
    var present = {};
    for (var i = 0; i < ministry.options.length; i++) present[ministry.options[i].value] = true;
    index.ministries.forEach(function (m) {
      if (used[m.id] && !present[m.id]) ministry.appendChild(el(doc, 'option', { value: m.id }, m.name));
    });
    var year = form.elements.year;
    if (year.options.length <= 1) {
      index.years.forEach(function (y) { year.appendChild(el(doc, 'option', { value: String(y.year) }, y.label)); });
    }
    var kind = form.elements.kind;
    if (kind.options.length <= 1) {
      var types = el(doc, 'optgroup', { label: '種別' });
      types.appendChild(el(doc, 'option', { value: 'program' }, '事業'));
      types.appendChild(el(doc, 'option', { value: 'document' }, '文書'));
      kind.appendChild(types);
      if (index.budgetKinds.length) {
        var budget = el(doc, 'optgroup', { label: '予算の種類（事業）' });
        index.budgetKinds.forEach(function (k) { budget.appendChild(el(doc, 'option', { value: k.id }, k.label)); });
        kind.appendChild(budget);
      }
      if (index.documentKinds.length) {
        var docs = el(doc, 'optgroup', { label: '文書の種類' });
        index.documentKinds.forEach(function (k) { docs.appendChild(el(doc, 'option', { value: k }, k)); });
        kind.appendChild(docs);
      }
    }
  }

  /** Shows the URL's parameters in the form; filters found in the query text stay in the text (and the status). */
  function setControls(form, params) {
    form.elements.q.value = params.q;
    form.elements.ministry.value = params.ministry;
    form.elements.year.value = params.year;
    form.elements.kind.value = params.kind;
  }

  function renderHit(doc, hit, prepared, rootPath) {
    var li = el(doc, 'li', { 'class': 'search-hit search-hit-' + hit.type });
    var heading = el(doc, 'a', { href: rootPath + hit.url }, hit.type === 'program' ? hit.name : hit.title || hit.slug);
    li.appendChild(heading);
    var m = hit.ministry && prepared.ministries[hit.ministry] ? prepared.ministries[hit.ministry].name : '';
    var meta = hit.type === 'program'
      ? ['事業', m, yearsText(hit.years)]
      : [hit.kind || '文書', m, hit.year ? hit.year + '年度' : ''];
    li.appendChild(el(doc, 'span', { 'class': 'search-meta' }, meta.filter(Boolean).join('・')));
    if (hit.type === 'program' && hit.otherNames && hit.otherNames.length) {
      li.appendChild(el(doc, 'span', { 'class': 'search-names' }, '別名・旧名：' + hit.otherNames.join('、')));
    }
    if (hit.documents && hit.documents.length) {
      var ul = el(doc, 'ul', { 'class': 'search-sheets' });
      hit.documents.forEach(function (d) {
        var item = el(doc, 'li');
        item.appendChild(el(doc, 'a', { href: rootPath + d.url }, (d.kind || '文書') + (d.year ? '（' + d.year + '年度）' : '')));
        ul.appendChild(item);
      });
      li.appendChild(ul);
    }
    return li;
  }

  function statusText(result, prepared) {
    var parts = [];
    if (result.query.terms.length) parts.push('「' + result.query.terms.join(' ') + '」');
    if (result.ministry && prepared.ministries[result.ministry]) parts.push(prepared.ministries[result.ministry].name);
    if (result.year !== null) parts.push(result.year + '年度');
    var head = parts.length ? parts.join('・') + 'の検索結果：' : '検索結果：';
    var text = head + result.total + '件（事業 ' + result.programCount + '件、文書 ' + result.documentCount + '件）';
    if (!prepared.complete) text += '。文書を読み込み中です…';
    return text;
  }

  function loadShards(win, index, done) {
    var doc = win.document;
    var names = index.shards || [];
    var left = names.length;
    if (!left) {
      done();
      return;
    }
    names.forEach(function (name, n) {
      if (win.SEISAKU_DOCS && win.SEISAKU_DOCS[n]) {
        if (--left === 0) done();
        return;
      }
      var s = doc.createElement('script');
      s.src = name;
      s.onload = s.onerror = function () {
        if (--left === 0) done();
      };
      doc.body.appendChild(s);
    });
  }

  function start(win) {
    var doc = win.document;
    var app = doc.getElementById('search-app');
    if (!app) return;
    var form = doc.getElementById('search-form');
    var region = doc.getElementById('search-results');
    var status = doc.getElementById('search-status');
    var list = doc.getElementById('search-list');
    var more = doc.getElementById('search-more');
    var rootPath = app.getAttribute('data-root') || '../';
    var index = win.SEISAKU_INDEX;
    if (!index) {
      status.textContent = '検索用の索引（search/index.js）を読み込めませんでした。';
      return;
    }
    form.hidden = false;
    var prepared = prepare(index, win.SEISAKU_DOCS);
    fillSelects(doc, form, prepared);
    var result = null;
    var shown = 0;

    function showMore() {
      var end = Math.min(result.hits.length, shown + PAGE_SIZE);
      for (; shown < end; shown++) list.appendChild(renderHit(doc, result.hits[shown], prepared, rootPath));
      more.hidden = shown >= result.hits.length;
    }

    function run() {
      var params = readParams(win.location.search);
      region.setAttribute('aria-busy', 'true');
      result = search(prepared, params);
      setControls(form, params);
      while (list.firstChild) list.removeChild(list.firstChild);
      shown = 0;
      if (!result.query.terms.length && !result.ministry && result.year === null && !result.kind) {
        status.textContent = '事業名やキーワードを入力してください。年度（平成20年度、H20）や府省庁名も使えます。';
        more.hidden = true;
      } else {
        status.textContent = statusText(result, prepared);
        showMore();
      }
      region.setAttribute('aria-busy', 'false');
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var params = {
        q: form.elements.q.value, ministry: form.elements.ministry.value, year: form.elements.year.value,
        kind: form.elements.kind.value
      };
      var url = win.location.pathname + queryString(params);
      try {
        win.history.pushState(null, '', url);
      } catch (e) {
        win.location.search = queryString(params);
        return;
      }
      run();
    });
    more.addEventListener('click', showMore);
    win.addEventListener('popstate', run);
    run();
    loadShards(win, index, function () {
      prepared = prepare(index, win.SEISAKU_DOCS);
      fillSelects(doc, form, prepared);
      run();
    });
  }

  return {
    normalise: normalise,
    parseFiscalYear: parseFiscalYear,
    parseQuery: parseQuery,
    prepare: prepare,
    search: search,
    start: start,
    PAGE_SIZE: PAGE_SIZE
  };
});
