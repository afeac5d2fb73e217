#!/usr/bin/env python3
"""Pooling and validation helper for judged-queries.tsv (not used by the Java build).

  python3 pool.py candidates TERM [TERM...] [--ministry M] [--year FY] [--names-only]
      Candidate programs whose 事業名 (or 事業目的/事業概要) contain every TERM (alternatives with |),
      after NFKC, lower-casing and katakana→hiragana folding. Sheets are grouped into programs by
      (ministry, normalised name) and 事業ID (2015–2019; an id joins two names only when they share a
      character bigram); the newest sheet is printed as the target.
      --year keeps programs with a non-zero budget figure for that fiscal year (the era_year filter).
  python3 pool.py validate [FILE]
      Checks judged-queries.tsv (or FILE, e.g. concept-queries.tsv): 5 fields, known difficulty, grade 1–3, target exists, one query per qid,
      one qid per query, no duplicate (qid, target).

Set JUDGIT to the judgit checkout (default /work/shared/corpus/judgit).
"""
import ast, collections, json, os, re, sys, unicodedata

JUDGIT = os.environ.get('JUDGIT', '/work/shared/corpus/judgit').rstrip('/') + '/'
HERE = os.path.dirname(os.path.abspath(__file__))
DIFFS = {'partial_compound', 'reading', 'width', 'era_year', 'ministry_alias', 'rename',
         'paraphrase', 'exact_name', 'phrase', 'everyday', 'concept'}


def fold(s):
    s = unicodedata.normalize('NFKC', s or '').lower()
    return ''.join(chr(ord(c) - 0x60) if 'ァ' <= c <= 'ヶ' else c for c in s)


def lit(v):
    if isinstance(v, str):
        try:
            return ast.literal_eval(v)
        except Exception:
            return None
    return v


def load():
    rows = []
    for y in sorted(os.listdir(JUDGIT + 'data')):
        for m in sorted(os.listdir(JUDGIT + 'data/' + y)):
            for f in sorted(os.listdir(JUDGIT + 'data/%s/%s' % (y, m))):
                p = 'data/%s/%s/%s' % (y, m, f)
                d = json.load(open(JUDGIT + p, encoding='utf-8'))
                years = set()
                for b in lit(d.get('予算')) or []:
                    if isinstance(b, dict) and b.get('年度') and any(
                            (b.get(k) or 0) != 0 for k in ('当初予算', '補正予算', '予算計', '執行額', '要求額')):
                        years.add(b['年度'])
                rows.append(dict(path=p, year=int(y), min=m, name=(d.get('事業名') or '').replace('\n', ''),
                                 id=d.get('事業ID'), years=years, nn=fold(d.get('事業名')),
                                 nt=fold((d.get('事業目的') or '') + ' ' + (d.get('事業概要') or ''))))
    parent = list(range(len(rows)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    def grams(name):
        return {name[j:j + 2] for j in range(len(name) - 1)}

    first = {}
    for i, x in enumerate(rows):
        keys = [('n', x['min'], re.sub(r'[\s「」『』]|（仮称）', '', unicodedata.normalize('NFKC', x['name'])))]
        if x['id'] is not None and x['year'] <= 2019:
            keys.append(('i', x['min'], x['id']))
        for k in keys:
            if k not in first:
                first[k] = i
            elif k[0] == 'n' or grams(x['nn']) & grams(rows[first[k]]['nn']):
                # an id joins two names only when they share a bigram: a renamed program keeps some of its
                # words, an id given again to another program (Jアラート… and 統計センター…) does not
                parent[find(i)] = find(first[k])
    progs = collections.defaultdict(list)
    for i, x in enumerate(rows):
        progs[find(i)].append(x)
    return progs


def candidates(args):
    terms, ministry, year, names_only = [], None, None, False
    it = iter(args)
    for a in it:
        if a == '--ministry':
            ministry = next(it)
        elif a == '--year':
            year = int(next(it))
        elif a == '--names-only':
            names_only = True
        else:
            terms.append([fold(t) for t in a.split('|')])
    out = []
    for sheets in load().values():
        if ministry and sheets[-1]['min'] != ministry:
            continue
        if year and not any(year in s['years'] for s in sheets):
            continue
        best = 0
        for s in sheets:
            hits = [2 if any(t in s['nn'] for t in alts) else (1 if not names_only and any(t in s['nt'] for t in alts) else 0)
                    for alts in terms]
            if all(hits):
                best = max(best, sum(hits))
        if best:
            sheets = sorted(sheets, key=lambda s: (s['year'], s['path']))
            names = list(dict.fromkeys(s['name'] for s in sheets))
            out.append((-best, -len(sheets), sheets[-1]['path'], ' / '.join(names)[:120]))
    for b, n, p, names in sorted(out):
        print('%s\t%d sheets\t%s\t%s' % ('name' if -b >= 2 * len(terms) else 'text', -n, p, names))


def validate(name='judged-queries.tsv'):
    path = os.path.join(HERE, name)
    q_of, id_of, seen, errors, n = {}, {}, set(), [], 0
    per = collections.Counter()
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        if len(f) != 5:
            errors.append('%d: expected 5 fields' % ln)
            continue
        qid, q, diff, grade, target = f
        n += 1
        if diff not in DIFFS:
            errors.append('%d: unknown difficulty %s' % (ln, diff))
        if grade not in ('1', '2', '3'):
            errors.append('%d: grade %s' % (ln, grade))
        if not os.path.isfile(JUDGIT + target):
            errors.append('%d: no such sheet %s' % (ln, target))
        if q_of.setdefault(qid, q) != q:
            errors.append('%d: qid %s used for two queries' % (ln, qid))
        if id_of.setdefault(q, qid) != qid:
            errors.append('%d: query %s has two qids' % (ln, q))
        if (qid, target) in seen:
            errors.append('%d: duplicate judgement %s %s' % (ln, qid, target))
        if qid not in {k for k, _ in seen}:
            per[diff] += 1
        seen.add((qid, target))
    print('\n'.join(errors) or 'ok: %d queries, %d judgements, %s' % (len(q_of), n, dict(per)))
    return 1 if errors else 0


if __name__ == '__main__':
    if len(sys.argv) >= 2 and sys.argv[1] == 'validate':
        sys.exit(validate(*sys.argv[2:3]))
    if len(sys.argv) >= 3 and sys.argv[1] == 'candidates':
        candidates(sys.argv[2:])
        sys.exit(0)
    print(__doc__)
    sys.exit(2)
