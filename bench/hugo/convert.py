#!/usr/bin/env python3
"""Review sheets as Hugo content, for bench/scale.sh: Hugo renders the same sheets seisaku builds.

    convert.py CORPUS_ROOT HUGO_SITE    # CORPUS_ROOT/data/{公開年度}/{府省庁}/{事業番号}.json → HUGO_SITE/content/sheets/…

One page per sheet (JSON front matter: title, year, ministry, bureau, the 予算 rows as a table in the body, 事業目的
and 事業概要 as paragraphs), taxonomies `ministries` and `years` (a term page per ministry and year, paginated like
seisaku's lists). Not timed: Hugo is given content it reads directly, seisaku reads the raw JSON.
"""
import ast
import json
import os
import sys

src, site = sys.argv[1], sys.argv[2]
out = os.path.join(site, "content", "sheets")
n = 0
for dirpath, _, files in os.walk(os.path.join(src, "data")):
    for f in sorted(files):
        if not f.endswith(".json"):
            continue
        path = os.path.join(dirpath, f)
        with open(path, encoding="utf-8") as fh:
            s = json.load(fh)
        year, ministry = os.path.basename(os.path.dirname(dirpath)), os.path.basename(dirpath)
        rows = s.get("予算") or []
        if isinstance(rows, str):
            try:
                rows = ast.literal_eval(rows)
            except (ValueError, SyntaxError):
                rows = []
        body = []
        for field in ("事業目的", "事業概要", "現状・課題"):
            if s.get(field):
                body.append("## " + field + "\n\n" + str(s[field]).replace("\n", "  \n") + "\n")
        cols = ["年度", "当初予算", "補正予算", "前年度から繰越し", "翌年度へ繰越し", "予備費等", "予算計", "執行額", "要求額"]
        if rows:
            body.append("## 予算（百万円）\n\n| " + " | ".join(cols) + " |\n|" + "---|" * len(cols))
            for r in rows:
                if isinstance(r, dict):
                    body.append("| " + " | ".join("" if r.get(c) is None else str(r.get(c)) for c in cols) + " |")
        front = {
            "title": str(s.get("事業名") or f).replace("\n", ""),
            "ministries": [ministry],
            "years": [year],
            "bureau": s.get("担当部局庁") or "",
            "number": s.get("事業番号") or f[:-5],
            "url_source": s.get("url") or "",
        }
        target = os.path.join(out, year, ministry)
        os.makedirs(target, exist_ok=True)
        with open(os.path.join(target, f[:-5] + ".md"), "w", encoding="utf-8") as fh:
            fh.write(json.dumps(front, ensure_ascii=False, indent=2) + "\n\n" + "\n".join(body) + "\n")
        n += 1
print(f"{n} pages", file=sys.stderr)
