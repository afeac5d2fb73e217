package org.seisaku.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seisaku.testing.Requirements;
import org.seisaku.diag.Problems;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.source.MinistriesReader;

/**
 * Precision and recall of {@code import} against hand-checked gold lists ({@link GoldList}): the seeds of
 * {@code ../shared/seeds} (what the rules were written from) and held-out documents in other ministries' styles
 * ({@code src/test/resources/import/heldout}, written with their gold lists before the rules), reported apart.
 * Each document has a floor; the figures are printed. The first batch (mhlw, maff, env) measured 1.00/1.00 on its
 * first run; the second (mext, mlit), written after the rules, measured precision 0.17/0.60 and recall 0.10/0.50 on
 * its first run, and the rules were then generalised (（案）, 国費, 「…億円の基金」, 「（R6補正）」, sentences, 参考,
 * table headers, wrapped lines in columns): its floors now guard those rules, no longer an unseen test. The third
 * (digital), written after that, measured precision 1.00 and recall 0.10 on its first run (spaced units 「720 億円」,
 * bare comparison figures and a two-line table header were not read); likewise generalised since. The fourth (fdma,
 * cao) measured 0.50/0.43 and 1.00/1.00 on its first run (names broken before の, status after the amount, a 「、」
 * between two figures), then likewise. The fifth (npa) measured 0.50/0.55 on its first run (an abbreviated era
 * without 年度 as a label, 「【R8要求：42.5億円（R7当初：36.1億円）】」, read as a program named R8; numbered headings
 * 「１ 」; a 国庫債務負担行為 inside a figure), then likewise. The sixth (meti) measured 0.88/1.00 on its first run (the
 * ministry's total named after the date above it, 「令和７年１２月」), then likewise. The seventh measured 1.00/1.00 (env) and
 * 1.00/0.80 (mof: a name cut inside its last word, 「…推進事」 over 「業 15.3億円」) on its first run, then likewise. The
 * eighth (mhlw 2026) measured 0.88/0.78 (a bare figure after a 【…】 headline, and one on the line below its figure), then
 * likewise. The ninth (maff table) measured 1.00/0.83 (a row with － and 皆増; also a name kept its 「上記のほか、」), then likewise.
 * The tenth (mext 2026) measured 0.88/1.00 (a combined figure, 「補正予算と合わせて150億円」, read as an item), then likewise.
 * The eleventh (soumu) measured 0.88/0.88 (「当初 5億円＋補正 3億円」; the second figure of a うち breakdown), then likewise.
 * The twelfth (soumu 2009 slides, in the seeds' style) measured 1.00/1.00 on its first run. The thirteenth (soumu
 * forms: 【新規】 in front, （項）（目）, dot leaders, 「R6: 12億円 → R7: 15億円」) measured 0.67/0.57 on its first run, then
 * likewise. The fourteenth (digital forms: 【要求額】 labels, 「ア 」 numbering, a figure and the year before's under
 * its name) measured 0.80/0.57, then likewise. The fifteenth (soumu supplementary: 追加額, 修正減少額, 国費 with its
 * 事業費) measured 0.80/1.00, then likewise. The sixteenth (slides with the figure line above the program's name, under
 * a page header) measured 0.00/0.00, then likewise. The seventeenth measured 0.50/0.07 (jfa: bare figures under
 * 「（単位：億円）」 with 「（　）内は令和７年度当初予算額」, two programs on a line), 1.00/0.13 (mlit: a list with a 事業番号
 * column and a 備考 status column) and 0.67/0.33 (cao: a white paper's sentences, 「令和６年度補正予算では、…に３億円、…に
 * 735億円を措置」, 「前年度の地方創生推進交付金（1,000億円）」) on its first run, then likewise. The eighteenth measured
 * 0.80/0.80 (meti: a list under 「（億円）」 whose （１） numbering read as a figure), 0.00/0.00 (mhlw: a slide's figure first
 * and its program after it on the line) and 0.00/0.00 (soumu: a call for proposals about the program its title names)
 * on its first run, then likewise. The nineteenth measured 0.30/0.30 (mhlw: columns 「R6当初 R6補正 R7当初 R8要求」, a
 * footnote mark after a name) and 0.33/0.20 (fdma: a table's figures on the line below their name) on its first run,
 * then likewise. The twentieth measured 0.83/0.75 (cao: a program's name before a per-household figure in brackets,
 * 「給付金（１世帯当たり３万円） ２，３４５億円」) and 1.00/0.75 (mext: 「１人１台端末」 read as a count, two figures parted by
 * 「／」) on its first run, then likewise. The twenty-first (env, with the seeds' damage: a name spaced apart over a label
 * line 「令和７年度予算（案）」, a figure's 円 broken onto the next line, 「○ プラスチック資源循環」 over 「促進事業 35億円」)
 * measured 0.40/0.29 on its first run, then likewise. The twenty-second measured 1.00/1.00 (bunka: 「令和８（2026）年度」,
 * 「（要求額：１５２億円、前年度：１３８億円）」, 「１億２，０００万円」; the short marks （新）（拡） kept in names, status 9/12),
 * 0.37/0.54 (mod: western years in the headers, 「2026年度概算要求額」 and 「対前年度増減額」 read as two columns each),
 * 0.86/1.00 (mhlw: a form of 【事業名】【要求額】【事業の概要】 blocks; 「事業名】」 kept in the names, 「事業」 named from
 * 【事業の概要】) and 1.00/0.83 (mlit: a press release, 「…に、前年度と同額の８０４億円を計上」) on its first run, then
 * likewise. Since then the score also counts names equal to the gold's (「names」): the containment rule had let
 * 「事業名：こども食堂…」 pass as a match. The twenty-third measured 0.00/0.00 (maff: a 事業概要 sheet, its figure
 * 「２２，０００（２０，８００）百万円」 with one unit for both; grants per month read as items) and 1.00/1.00 (mhlw: Ⅰ/ア
 * headings, 程度, 内数) on its first run, then likewise. The twenty-fourth measured 0.82/1.00 (reconst: a column
 * 「うち重要政策推進枠」 after 「令和８年度要求・要望額」 read as a request of its own) and 1.00/1.00 (cas: names in 『』 and 「」,
 * 1.5兆円の内数, 1兆2,000億円 alone below its name) on its first run, then likewise. The twenty-fifth (mic: names
 * wrapped in a table's cell, the rest on the line of the figures or on the line below them) measured 0.60/0.43 on its
 * first run, then likewise. The twenty-sixth measured 1.00/0.43 (moj: a table with its figures first and its name
 * last) and 0.00/0.00 (mof: a 決算's 歳出予算額, 支出済歳出額, 前年度繰越額 and 翌年度繰越額 under （項）（目）, in whole 円) on
 * its first run, then likewise. The twenty-seventh measured 0.00/0.00 (review: a 行政事業レビューシート's budget table,
 * a kind per row and a year per column, the program in its 事業名 field; 執行率 read as amounts) and 1.00/0.44 (env: a
 * legend for two kinds of brackets, 「（ ）は令和７年度当初予算額、［ ］は令和６年度補正予算額」) on its first run, then
 * likewise. The twenty-eighth (review: a whole sheet, with its outcomes in ％ and 校 and the 費目・使途 of its
 * recipients) measured 0.65/1.00 on its first run, then likewise. The twenty-ninth measured 0.50/0.50 (env: a slide's
 * boxes, a figure alone under a blank line and its name right below it) and 1.00/1.00 with names 0/3 (cao: a notice
 * in kanji numerals, 「一　地方創生推進交付金　　金五百億円」 named 「一地方創生推進交付金金」) on its first run, then likewise.
 * The thirtieth (mlit: numbered headings in a table carrying the sums of the rows under them) measured 0.69/1.00 on
 * its first run, then likewise. The thirty-first (meti: numbered headings with the totals of the programs listed
 * under them) measured 0.64/1.00 on its first run, then likewise: the subtotal rule now reads lines, not only rows.
 * The thirty-second (maff: an execution table, 予算現額 支出済額 翌年度繰越額 不用額) measured 0.00/0.00 on its first run,
 * then likewise. The thirty-third (mic: two tables side by side, a row of each on a line) measured 0.33/0.25 on its
 * first run, then likewise. The thirty-fourth (mhlw: a 主要事項 page written as a ministry writes one, without a
 * layout in mind) measured 1.00/0.92 with names 9/11 on its first run (a 補正 figure in a 「※上記のほか、…において」 note;
 * 「（デジタル庁計上分を含む）」 kept in a name), then likewise. The thirty-fifth (mlit: a public-works table with 事業費
 * and 国費 columns for each year) measured 0.00/0.00 on its first run, then likewise. The thirty-sixth (meti: a 補正予算案
 * PR sheet, the ministry's total in its title, 「うち、…」 under a program) measured 0.71/1.00 on its first run, then
 * likewise. The thirty-seventh (mic: a slide's boxes side by side, two names over their two figures) measured 0.40/0.33
 * on its first run (the names run together; the second figure named as the first), then likewise. The thirty-eighth
 * (env: a 重点施策 page written as a ministry writes one, 【要求額（前年度）】 in 百万円 after each name) measured 1.00/1.00
 * with every name exact on its first run; no rule was changed for it. Four more were written together (2026-12-03): a
 * 白書's chapter (hakusho: market sizes at calendar years, a household's monthly fee beside two programs) measured
 * 0.67/1.00 on its first run; a notice of grants decided (pref-alloc: 交付決定額 in all and per prefecture, a count
 * column) 0.09/1.00; a 特別会計's table of 平成21年度 in 千円 (tokkai) and the 運営費交付金 of independent agencies
 * (dokuhou) 1.00/1.00 with every name exact; then all four likewise. Four more (2026-12-03): a cabinet decision to use
 * the 予備費 (yobihi: the reserve's own state under 「（参考）」) measured 0.57/1.00 on its first run; a list over a page
 * break with a 倍率 column (pagebreak) 0.33/0.50; a Q&A page (qa: 「を計上しています（令和７年度予算額は…）」, 「別途、」)
 * 1.00/0.67; a December 政府案's points (seifuan: 「■」 headings over their figures, 「※ 別途、…補正予算」) 0.83/0.57;
 * then all four likewise. Four more (2026-12-03): five years of each program in columns (mext-history: 「R4決算」 read
 * as 当初) measured 0.22/0.21 on its first run; a notice in kanji numerals (kanji-notice: 「…の総額は、三十五億円とする」)
 * 0.00/0.00; a review of programs with a 備考 column (haishi: 「縮減」 unknown, the row misread) 0.83/0.83; a 概算要求's
 * points whose table declares 百万円 mid-document (unit-switch) 1.00/1.00; then all four likewise. Three more, slides
 * of 総務省 in the seeds' manner (2009–2010): soumu-ict-2009 measured 1.00/1.00 with names 2/4 on its first run
 * (「平成21年度第1次補正予算」: 第1次 kept in names), soumu-kaso-2010 0.80/1.00 (a 地方債計画額 read as the
 * budget), soumu-ryokubun-2010 0.67/0.67 (「（平成21年度第2次補正予算 …）」 under its name: named 「平成21年度第2次」,
 * of the wrong year); then all three likewise. Two more, on the money of 総務省's measures for local bodies: a notice
 * of 定住自立圏's financial measures (soumu-teiju-2009: amounts per body per year, rates) measured 1.00/1.00 on its
 * first run; a slide on 地域おこし協力隊 (soumu-kyoryoku-2009) 0.33/1.00 (the parts of a cap per 隊員 in （ ） on the
 * line below it read as items); then both likewise. Three more, written blind to the rules (2026-12-06): a 概算要求's
 * table in 千円 as a PDF-to-Markdown converter writes it (mlit-markdown: 「<br>」 inside header cells and a name, bold
 * headings, 「<!-- image -->」, a 備考 column with figures in it, 「別途、国庫債務負担行為 120,000,000」, 「１駅当たり上限 50,000」)
 * measured 0.38/0.45 on its first run, then likewise (1.00/1.00: the converter's markup taken off in {@code Repair.markup},
 * a note in a 備考 column dropped from a row); a 補正 table extracted a cell a line (mhlw-cells: its three header cells
 * on three lines, so it is read as running lines) 0.89/0.83 (「医療・介護等支援パッケージ」 below confidence, パッケージ being
 * no program word; the 合計's figure named by the note above it; 新規 and 拡充 in the 備考 cell below the figure missed),
 * then likewise (1.00/1.00), but 0.54/0.67 when {@code DamagedImportTest} doubles or spaces the glyphs of its bare
 * figures, each alone on a line (「５５ ３３ ００」 could be three cells, and RepairTest keeps 「1 2 3」 as it is); a
 * newsletter's two columns of prose interleaved line by line (cao-2col) 0.00/0.00, then likewise (0.89/0.89:
 * {@code Repair.proseColumns} reads each column down and joins it into paragraphs; then 1.00/1.00: 「令和７年度補正予算で
 * 措置した地域活力創出交付金（1,000億円）」 is that budget's figure, {@code ItemFinder.GIVEN_BY}), but 0.00 when glyphs are
 * doubled or lines repeated,
 * which moves the second column. These two are measured and printed, not floored ({@link #HELDOUT_MEASURED}).
 * Three more, written blind to the rules (2026-12-06): a 予算の説明 (nta-gaisan: each program a numbered heading over a
 * paragraph that states its 所要額 or 計上額 in a sentence, 「［積算］」 lines of 単価 × 数量 under it, a telephone's 内線)
 * measured 0.05/0.07 on its first run, then likewise (1.00/1.00: a numbered heading names the figure its paragraph
 * states, a calculation's lines are no items, 所要額 is a budget's word, a sentence's rest is no name); a 想定問答
 * (mhlw-kokkai: 来年度 and 今年度 for the budget and the year it is written in, sentences wrapped over lines, topics
 * 「…につきましては、」 after other clauses, a （再掲） row, 「※2」 notes on a row's figure, a header of years and
 * kinds over rows with their units) 0.39/0.35, then likewise (1.00/1.00); a 補正 table (maff-hosei: columns 令和７年度
 * 当初予算額, 補正予算額 and 補正後予算額 over two lines, rows numbered 「(3) 」, a name wrapped onto its figures' line,
 * 「及び導入支援（新規） － 12,500」, a 基金 table with 基金造成額, 取崩額 and 年度末残高) 0.27/0.57, then likewise (1.00/1.00:
 * 当初予算額 is one column's words, 補正後, 取崩額 and 残高 are no items' columns, a row's bracketed number no figure; and
 * mhlw-cells, now read as the table it is, takes a 新規 cell below a row and a 合計 alone over its figure as the running
 * lines did). Three more, written blind to the rules (2026-12-06): a settlement (moe-kessan: a table of 予算額 (the
 * budget in force), 支出済額, 不用額 and 執行率 in 千円, then prose restating some programs' figures with 予備費 and
 * carry-overs) measured 0.38/0.93 on its first run, then likewise (1.00/1.00: 執行率 no 執行 column, a settlement's bare
 * 予算額 no item, 「…一般会計予備費」 over 「５０億円を使用し」 read as one sentence, 「…を翌年度に繰り越した」 carried
 * out, 「総括（…）」 no program); a committee's handout by account (mext-shiryo: a 区分 column, a program's row per account
 * and its 計 the program's figures, names wrapped onto the next account's row or a line of their own, 「本事項について
 * は、…２５億円を措置」 under a 「○」 heading) 0.18/0.27, then likewise (1.00/1.00); a transposed table (cfa-gaisan:
 * programs as columns under a header of three lines, wrapped mid-word, years and kinds as rows) 0.28/0.25, then
 * likewise (1.00/1.00: the header's words are joined by where they start on a fixed-width page). Three more, written
 * blind to the rules (2026-12-06): a review's results (meti-report: 【事業番号0045】 headings, an office in brackets
 * below, labelled lines of 執行額, 当初予算額 and a request in prose, 縮減額 no item) measured 0.00/0.00 on its first run,
 * then likewise (1.00/1.00: 【…】 headings, 事業番号 a field's label, 「（…課）」 no name, 「…の合計は」 a total, 増額分
 * a difference); a table of letters (moj-gaisan: programs marked （Ａ）…（Ｉ） in the body, their figures in a table of the
 * letters at the end, 「２０億円規模を要求」, 「（注１）（Ｇ）は、…（４，９７０億円）の内数」) 0.40/0.11, then likewise
 * (1.00/1.00); minutes of a meeting (mlit-kaigi) 0.33/0.17, measured, not floored. Three more, written blind to the
 * rules (2026-12-07): a 交付税・交付金等 予算（案）の概要 (soumu-kofu: a 千円 table with era-less years in a header of three
 * lines, numbered group headings 「２ 地域振興関係」 and 小計 rows between its rows, a page break with the header again, a
 * name over two lines with its figures and 「新規（皆増）」 on the third, and a summary of 地方財政計画 figures) measured
 * 0.63/0.50 on its first run, then 0.96/1.00 (a group's heading goes on with the table, 「（…）」 after a status, 総額 and
 * 一般財源 and 出口ベース no program's, a heading naming none ends the last program's reach, a 準備金の活用 no item); a press release
 * (mlit-pr: a summary in a box of │, a 百万円 attachment with 「（うち直轄事業）  （68,240）」 breakdowns, a name's rest
 * 「の整備＊2」 below its row, 「…関係予算の総額は、国費 …」) 0.73/0.64, then 1.00/1.00; a landscape 補正 table with a
 * prose 事業の概要 column beside its numbered rows, names wrapped above and below their figures, and a 特別会計 paragraph
 * (mhlw-yoko) 0.00/0.00, then 1.00/1.00 (the prose column read apart, a numbered row's name joined across its lines,
 * 「（注３）上記のほか、…として、…」, 「…業務改善助成金に」 over its figure, a grant's 支給決定 no budget's 決定, 財源 no
 * program). Three more, written blind to the rules (2026-12-07): an agency's 予算（案） whose programs are ◆ headings over
 * bullet lines of figures, stated twice, one heading cut from its bullets by a page break (npa-yosan) measured 0.70/0.90
 * on its first run, then 0.95/1.00 (an office's whole budget 「…警察庁予算（案）（一般会計）」, 「…一括計上」 and 「予算（案）の
 * 規模」 no programs, 「予算額（案）」 a label, 最高額 per recipient); a 概算要求 table with each column's unit on a line of
 * its own 「（億円）  （億円）  （％）」, signed 増減率 cells, a 財源 column, and 「…交付金 ３９０億円の内数」 under a 「○」
 * heading (env-gaisan-list) 0.29/0.10, then 1.00/1.00 (the heading's program is the part; 「(2)については、」 names the
 * table's row (2); 事項要求 a budget's word); and whole yen in full-width digits with Western years and names cut by
 * page breaks (mof-kokusai) 0.29/0.36, then 0.92/1.00 (a table of 円 whose cells write the unit, a header of years
 * beside 事項 and 備考, a name's head or tail on the other side of a page's number and repeated header, 「１米ドル＝
 * １５３円」, 累計 and a pledge 「（…９年間で現金化）」 no items). Three more, written blind to the rules (2026-12-07): a
 * 新規・拡充 list whose statuses are its parts' headings' (maff-gaisan: 「Ⅰ　新規事業」, 「Ⅱ　拡充事業」) measured
 * 0.91/0.95 (status 9/21) on its first run, then 0.92/1.00 (status 22/22; 所得 a statistic's word only right before
 * its figure); a 15か月予算 table of 補正 and 当初 with their sum (mext-hosei: a header of four lines under
 * 「＜―― １５か月予算 ――＞」, a 合計 （Ａ）＋（Ｂ） column, names whose bracket closes on the line below) 0.20/0.08,
 * then 0.75/0.84, measured, not floored (what is left: the prose's restatements and a fund named in a sentence);
 * a slide's summary in jumbled order over a table of 事業費 and 国費 rows (cao-shiryo) 0.23/0.30, then 0.63/0.74,
 * measured, not floored (the 国費 row is the program's, the 事業費 row not; the slide's figures above their names
 * are left). Three more, written blind to the rules (2026-12-07): 主要事項 entries joined to their figures by dot
 * leaders, with 【契約額 …】 boxes and 経費区分 totals (mod-yosan) measured 0.56/0.88 on its first run, then 0.96/0.96
 * (dot leaders a gap, 後年度負担 and 契約額 no budget, 人件・糧食費 and 歳出化経費 no programs); a two-level table of 項 and
 * 目 with 既決予算額, 補正予算額 and 改予算額 (reconst-hosei) 0.26/0.44, then 0.90/0.94 (既決 is the 当初, 改予算額 no item,
 * 剰余金受入 and 公債金 revenue, 「補助金＊」 a name's tail); and a table numbered 1-(1)-① whose request is split into
 * 要求額, 要望額 and their 計 under one heading (meti-gaisan) 0.04/0.04, measured, not floored (the spanning header is
 * not read yet); then 0.95/0.88, still measured (a 会計 column of notes, the 計 the request and its 要求額 and 要望額 its
 * parts, 「3-(1)」 a row's number, a numbered name over its unnumbered figures' line, 「…億円以上」 a threshold; the
 * 補正 stated in prose under a heading and an item in a sentence with a bracket in its name are missed). Three more,
 * written blind to the rules (2026-12-07), measured before any change for them: a 千円 table whose 「令 和 ７ 年 度 予
 * 算 額」 spans 当初 and 補正 under a unit given once at the top (caa-yosan) 0.30/0.32, then 0.97/1.00 (a second table's
 * header under the same unit, words spelled with their letters apart, a year over a group of columns, a group's
 * number 「２ 」 no name's rest; 0.86/0.82 printed to PDF, where the spaced words come out run together: 「当初補正」);
 * ■ areas over ◆ programs with their amounts in parentheses below (jta-hosei) 0.91/1.00, likewise; every amount
 * 「○億○百万円」 with last year's in parentheses (jma-gaisan) 0.92/0.79, then 0.93/0.92, measured (a legend after a
 * sentence on the figures outside the brackets: 「※ 金額は…要求・要望額。（ ）内は…当初予算額。」). Three more, written
 * blind to the rules (2026-12-07), measured before any change for them: a table with a 区分 column of spaced-out
 * statuses before the names (jcg-yosan) 0.88/0.95 with names 3/23, then 0.96/1.00 (a status column before the name,
 * and a name's rest put after it; 歳出化分 no item; its gold list corrected after the first run: 継続 is a status);
 * ○ groups whose ・ lines are programs, a （内訳） list of parts and a （参考） block of last year's 補正 (mofa-gaisan)
 * 0.82/0.88, then 1.00/1.00 (the parts of a （内訳） list no items, a （参考） block's figures that budget's, 政府全体's
 * totals no items); 補正 lines of 「事業費【うち国費 …】」 and 「（事業費ベース …）」 (rinya-hosei) 0.60/0.42, then
 * 1.00/0.83, measured (the 国費 is the project's budget and the 事業費 before it none, a past participle may begin a
 * name, ゼロ国債 and a tax shared with local bodies no items; 「（森林整備事業 １，２５２億円）及び…（同 １，６２０億円）」 missed).
 * Three more, written blind to the rules (2026-12-07), measured before any change for them: one-page slides whose
 * amount boxes stand above or below their titles (mhlw-rodo) 0.00/0.00, then 1.00/1.00 (a deck's slide names its box by
 * its title; less than 100万円 is no budget; a cap's new value 「…から７００万円に」 no item); a three-year table of 決算,
 * 予算 and 予算案 in two accounts (nra-yosan) 0.94/0.94, likewise; a ①-⑩ 補正 list in 【】 with last year's below
 * (enecho-hosei) 0.58/0.64, then 0.95/0.86, measured (a legend after a sentence with brackets, 「Ⅰ．」 no part of a name,
 * an item cut where its phrase goes on, 財政支出 and 事業規模 no items, a （参考） block of no budget restates). Three
 * more, written blind to the rules (2026-12-07), measured before any change for them: a 千円 table whose unit is only
 * in its headers, （組織） and （項） rows and a free-text 備考 column (kunaicho-yosan) 0.29/0.11, then 0.74/0.94, measured
 * (a note wrapped below its row and a figure in a row's note are no items and end no table; （組織） and （項） are no
 * part of a name); paragraphs with the figure right-aligned on the name's line and a ratio in brackets (jpo-gaisan)
 * 0.65/0.91, then 0.92/0.91 (a legend's ratio bracket holds no amounts, 【要望】 is no part of a name); a 補正 whose
 * lines under a name vary (chusho-hosei) 0.73/0.85, then 0.93/1.00 (過去の措置 and 重要政策推進枠 no names, 財政投融資 no
 * item). Three more, written blind to the rules (2026-12-07), measured before any change for them: 主要事項 with
 * 【要求額】 lines under each sub-item (moj-kyosei) 1.00/1.00 on its first run, floored; a 補正 table of one 国費 column
 * whose 備考 holds 事業費 figures (mlit-doro) 0.75/0.31, then 0.94/0.77, measured (a row without its note's figure is
 * read as a row); a two-column summary whose columns the extraction interleaved line by line (mof-zeikan) 0.94/0.56,
 * measured (not read yet).
 * Six more, written blind to the rules (2026-12-07, two helpers side by side), measured before any change for them: a
 * 行政事業レビュー table by kind of figure, a 区分 column of 当初, 補正, 執行 and 執行率 lines per program under three
 * year columns and two columns filled on the 当初 line only (ppc-review) 0.09/0.05, then 0.94/0.98 (rows by kind wait
 * for the rest of their program's name; a header's second line of labels set right when in turn would ask for a past
 * year); a 項/事項 request table in 千円 with 要望額 in brackets below its rows and a 目 breakdown (isa-gaisan)
 * 0.55/0.72, then 0.92/0.89 (a row named 「…円滑化…」 had been no row: its 円 was taken for a yen figure's); a 決算
 * table in 円 of two tiers a row (jftc-kessan) 0.35/0.53, then 0.92/1.00 (the tiers, and a figure restated rounded in
 * the text listed once); a 政府案's ポイント with 【 】 boxes (meti-yosan) 0.70/0.71, then 1.00/0.88 (a range wrapped,
 * a figure inside a name, accounts' shares added up; the items of a （参考） block missed); a 概算決定 table with doubled
 * headings and a page break inside it (maff-kettei) 0.72/0.89, then 1.00/1.00; a 箇所別予算配分 whose 事業費 per park
 * are no items (mlit-kasho) 0.05/0.33, then 1.00/1.00. All six floored, at the recall they reach. Six more, written
 * blind to the rules (2026-12-07, two helpers side by side), measured before any change for them: a 予算案 split by
 * account into 一般会計 and 子ども・子育て支援特別会計 with a 計, one account's name cut over the header's lines (cfa-yosan)
 * 0.25/0.22, then 0.90/0.93; a 補正 table of 国費 beside 事業規模 (cao-hosei) 0.62/0.93, then 0.94/1.00; 【 】 boxes
 * in two columns extracted across both, with a legend wrapped over two lines (mhlw-yosan) 0.46/0.43, then 1.00/1.00;
 * and three of text extracted without layout: a 概算要求 table a cell a line (fsa-gaisan) 0.83/0.23, then 0.87/0.91; a
 * 主要事項 of boxes broken across lines (env-yosan) 0.96/0.96 on its first run; a 中小企業対策費 table with a header a
 * cell a line, rows of figures a line each and a second page's table column by column (chusho-yosan) 0.00/0.00, then
 * 1.00/0.75 (the column-by-column table not read). Four floored, at what they reach; two measured: mhlw-yosan's two
 * columns are found by where each line's second column starts, which a line printed twice on itself moves (0.68/0.69
 * when {@code DamagedImportTest} does that), and fsa-gaisan's cells a line each read 「1 6 8」 (a figure's digits
 * spaced apart) as three cells, as RepairTest keeps 「1 2 3」 (0.55/0.55 so damaged). Six more, written blind to the
 * rules (2026-12-07, two helpers side by side), measured before any change for them: an ODA budget by ministry and by
 * scheme with a 事業量 table of loans (mofa-oda) 0.80/0.82, then 0.89/0.93; numbered programs whose brackets 【】
 * （）〔〕 tell year and kind, one alone on its line (soumu-ict) 0.89/0.85, then 0.96/0.95; a 文化庁 table with a
 * 区分 column of statuses and a 補正 column (bunka-yosan) 0.95/0.98 on its first run; a 事務連絡 of a 交付金's 補正
 * (cfa-renraku) 0.79/0.91, then 1.00/0.91 (事業費ベース, 「…と合わせ計」 and 交付基準額 no items); a 白書's budget
 * section in running text set to the page's width, with a 決算 table (fdma-hakusho) 0.20/0.23, then 0.72/0.82 (a
 * word cut at a line's end joined, a table titled 「…の決算額の推移」 of what was spent), then 0.79/0.86 (a figure
 * or word cut inside brackets joined whole, a line going on with its particle); a minister's press
 * conference (mext-kaiken) 0.20/0.23, then 0.35/0.38, measured (speech: corrections, restatements, topics). Six
 * more, written blind to the rules (2026-12-07, two helpers side by side), measured before any change for them: a
 * 概算要求 table of 事業費 and 国費 rows in turn with 【 】 boxes (mlit-gaisan) 0.82/1.00; a 補正 ポイント with dot
 * leaders under 経済対策's pillars (mhlw-hosei) 0.88/1.00; a 予算案 table nested under headings with a 特別会計 table
 * (mext-yosan) 0.98/0.89, all three on their first run; a table drawn with box characters (sports-yosan) 0.44/0.10,
 * then 0.79/0.90; a spreadsheet saved as CSV (jfa-hosei) 0.00/0.00, then 0.88/0.79; a 概算要求 converted to Markdown
 * (cas-gaisan) 0.73/0.96 on its first run. Then mlit-gaisan 0.89/1.00 (a box's 事業費 line over its 国費 line) and
 * mhlw-hosei 1.00/1.00 (「柱Ⅰ計」 no name, 【基金】 a fund's mark). mext-yosan floored; the other five measured: below
 * 0.9 when registered (so that
 * {@code DamagedImportTest}'s mean of 0.98 holds), and that test's damage (a doubled comma, a box's rule printed twice)
 * takes the sheet and the box table below 0.7.
 *
 * <p>Eighteen more (2026-12-07, batches b18–b23, helpers blind to the rules, each batch committed before its first
 * run; first run, then the figure after the changes they showed): b18, 総務省 decks and lists of 2010–2014 written as
 * pdftotext writes the seeds — slides split by form feeds whose boxes stand label over figure (soumu-chiiki) 0.28/0.24,
 * then 0.70/0.82; a list of other ministries' measures a cell a line (soumu-kakusho) 0.00/0.00, then 0.78/0.75; a
 * request table written column by column (soumu-gaisan) 0.38/0.35, then 0.85/0.87. b19: a table written column by column
 * under group headings (cao-bosai) 0.13/0.10, then 0.66/0.95; a pamphlet of PR sheets (maff-chikusan) 0.84/0.69, then
 * 0.95/0.81; a table a cell a line with a part's row (psia-gaisan) 0.71/0.24, then 0.91/0.95. b20: a deck with totals in
 * its titles (soumu-yosan) 0.94/0.83, then 0.94/0.90; a list by ministry a cell a line with row numbers (cao-gaisan
 * 2011) 0.63/0.80, then 0.81/0.84; a 通知 whose sections name their budget (soumu-tsuchi) 0.55/0.79, then 0.70/0.86. b21
 * (first run with the rules b18–b20 had shown): PR sheets (maff-pr) 0.55/0.39, then 0.65/0.46; a pamphlet of cards
 * (mlit-guide) 0.71/0.71; a 部局長会議 paper in wrapped prose (mhlw-bukyoku) 0.59/0.85, then 0.89/0.85. b22: a 予算決定概要
 * table with cells a space apart (jta-yosan) 0.67/0.71, then 0.90/0.96; a 補正 ポイント (mext-hosei 2019) 0.80/0.90; review
 * sheets in three shapes (mhlw-review) 0.00/0.00, then 1.00/0.79. b23, written last: a deck (cao-chiiki) 0.61/0.67
 * and a 概算要求 table with names broken around figures (rinya-gaisan) 0.56/0.81, not worked, and a 予算執行調査
 * (mof-shikko) 0.08/0.00, then 0.46/0.45 — the first runs the same with the rules of the morning: what a document of a
 * new layout meets. soumu-yosan
 * floored; the other seventeen measured: fifteen are below 0.9, and under {@code DamagedImportTest}'s damage (lines
 * doubled or spaced apart) the tables a cell a line of jta-yosan and psia-gaisan fall to recall 0.25–0.33.
 *
 * <p>Thirty-three more (2026-12-07 afternoon, batches b24–b34, written and scored the same way; first run, then the figure
 * after the changes they showed). b24: 防衛省's 契約ベース beside 歳出ベース under a legend (mod-gaisan) 0.35/0.52, then
 * 0.71/0.81; 警察庁's deck with boxes out of reading order (npa-gaisan) 0.83/0.88, then 0.93/0.88; デジタル庁's table a cell
 * a line over a page break (digital-yosan) 0.58/0.42, then 0.84/0.81. b25: 気象庁's 予算決定概要 with （参考１） blocks
 * (jma-yosan 2024) 0.63/0.83, then 0.82/0.88; 消費者庁's pamphlet with its total box first (caa-gaisan) 0.73/0.65, then
 * 0.79/0.65; 原子力規制委員会's 補正 with broken dot leaders (nra-hosei) 0.93/0.76, then 1.00/0.88. b26, 総務省 of the seeds'
 * years: a 過疎対策 deck with boxes side by side (soumu-kaso) 0.40/0.55, then 0.64/0.82; a 予算（案）の概要 (soumu-gaiyo)
 * 0.83/0.90, then 0.86/0.90; a 事務連絡 in prose set to the page's width (soumu-junkan) 0.09/0.13, then 0.45/0.63. b27: a
 * 定住自立圏 deck (soumu-teiju 2012) 0.67/0.80, then 0.75/0.90; a 情報通信 request table (soumu-ict 2008) 0.83/0.82, then
 * 0.95/0.86; a 補正 press release (soumu-hosei 2012) 0.92/1.00, then 1.00/1.00. b28, 総務省 of 2021–2022: a 協力隊 deck
 * (soumu-okoshi) 0.45/0.63, then 0.88/0.88; a 地方財政対策の概要 whose figures are mostly the local finances' plan
 * (soumu-chizai) 0.28/0.60, then 0.75/0.70; a 補正 table a cell a line (soumu-hosei 2021) 0.70/0.38, then 0.89/0.94. b29,
 * 総務省 of 2010–2012: a 地域づくり人材 deck (soumu-jinzai) 0.31/0.44, then 0.64/0.78; a 主要事項 list (soumu-shuyo)
 * 0.78/0.86, then 0.91/1.00; a 国会 Q&A in prose (soumu-chideji) 0.53/0.50, then 0.73/0.69. b30: a 予備費 press release
 * with a （参考） of past 補正 (soumu-corona 2020) 0.55/0.50, then 0.92/1.00; one-page 事業概要 sheets with their boxes out
 * of place (soumu-ichimai 2019) 0.67/0.60, not worked; a 2008 施策パッケージ in the seeds' style (soumu-byoin) 0.53/0.80,
 * then 0.69/0.90. b31: a 公開プロセス deck whose budget table comes out column by column (soumu-keitai 2013) 0.11/0.06,
 * not worked; a Q&A for local bodies (soumu-wifi 2022) 0.13/0.17, then 0.83/0.83; a 白書's prose (soumu-fukko 2012)
 * 0.44/0.33, then 0.56/0.42, then 0.75/0.75. b32: a 国勢調査 deck with a chart's scale (soumu-kokusei 2015) 0.60/0.67, then 1.00/0.67; a
 * 放送 request pack with boxes before their titles (soumu-hoso 2016) 0.50/0.47, then 0.57/0.47; a 事務連絡 with a table a
 * cell a line (soumu-zeimu 2019) 0.70/0.70, then 0.90/0.90. b33, other ministries in the seeds' years: 国土交通省's 2010
 * deck with a column of figures before its names (mlit-kofukin) 0.35/0.32, then 0.64/0.64; 厚生労働省's 基金 paper with
 * a table per prefecture (mhlw-kikin 2012) 0.36/0.44, then 0.83/0.56; 農林水産省's 主要事項 with 「Ａ（Ｂ）百万円」
 * (maff-shuyo 2014) 0.75/0.75, not worked. b34, 総務省 地域力創造 of 2010–2013, written last: a 地域情報化 deck
 * (soumu-johoka) 0.63/0.63; a 関係予算（案）の概要 (soumu-genki) 0.71/0.88, then 0.84/0.94; a 公募要領 (soumu-ikigaku)
 * 0.75/0.60. All thirty-three measured.
 *
 * <p>Six more (2026-12-07 evening, b35–b36, written and scored the same way, 総務省 of 2007–2014; first run, then the figure
 * after the changes they showed). b35: a 事務連絡 on 頑張る地方応援プログラム with a table column by column (soumu-ganbaru
 * 2007) 0.38/0.38, then 0.81/0.92; a 選挙部 関係予算 with rows run together, a 備考 「皆増」, and pages restating the rows in 億円 under names
 * alike (soumu-senkyo 2010) 0.25/0.06, then 0.93/0.76; a 統計局 概算要求 deck (soumu-tokei 2012) 0.65/0.46, then 0.78/0.92. b36: a notice
 * letter with its 別添 (soumu-bango 2014) 1.00/1.00; a 研究開発 予算（案）の概要 (soumu-kenkyu 2011) 0.76/0.79, then 0.96/0.92; a deck with a
 * table column by column (soumu-kodomo 2010) 0.67/0.36. b37 (first run with the rules those two showed): a deck in seed
 * 000's manner (soumu-shisaku 2007) 1.00/1.00; a 消防庁 補正 table whose figures sit mid-row (fdma-hosei 2009) 0.67/0.43; a
 * 交付決定 notice whose annexes list grants per municipality (soumu-kettei 2011) 0.09/0.44, then 0.71/0.56. b38: a deck in
 * seed 004's manner (soumu-bunsan 2014) 0.75/0.67; a letter in seed 001's manner whose figures stand in brackets in its
 * sentences (soumu-ritou 2010) 0.56/0.56, then 1.00/1.00; a 補正 outline (soumu-seikatsu 2008) 0.81/0.92, then 0.88/1.00. b39: an overview in
 * seed 000's manner (soumu-jichi 2010) 0.89/0.94; an 情報通信 deck with a table of contents after its 総括 (soumu-tsushin
 * 2013) 0.70/0.74, then 0.90/0.74; a 地方財政対策 paper mixing the plan's figures with the state's (soumu-zaisei 2013)
 * 0.52/0.92. b40: a 概算要求 summary writing its request and budget in many ways (soumu-jichigyosei 2009) 0.66/0.76, then 0.83/0.76; a
 * 主要施策の概要 in prose paragraphs (soumu-gyokan 2011) 0.35/0.33, then 0.63/0.60; a press release with a table of
 * allotments per prefecture (soumu-rinsai 2011) 0.50/0.33, then 1.00/1.00. b41, prose of three kinds: a minister's
 * speech (soumu-aisatsu 2012) 0.33/0.14, then 0.42/0.29; a 局長 notice (soumu-shisetsu 2014) 0.67/0.91; a 白書's section
 * (soumu-hakusho 2013) 0.60/0.45, then 0.91/0.82. b42, written last, measured with the rules of the evening: a
 * 関係予算（案）の概要 with a 総括表 (soumu-onkyu 2010) 0.82/0.81, then 0.88/0.84; PR sheets (soumu-pr 2013) 0.83/0.91; a 補正
 * outline with dot leaders (soumu-hosei 2009) 0.93/1.00. b43, documents that could sit beside the seeds: slides in seed
 * 000's manner a year later (soumu-chiikiryoku 2009) 0.85/0.87, then 0.92/0.87; a 概算要求の概要 (soumu-gaisan 2009) 0.92/0.92; a press release
 * on a call's result with grants planned per body (soumu-enkaku 2010) 0.00/0.00 (nine grants taken for items), then 1.00/1.00. b44, other ministries of the seeds'
 * years: 内閣府's 地域活性化 予算（案）の概要 (cao-tokku 2010) 0.84/0.82; 厚生労働省's 概算要求 主要事項 (mhlw-antei 2011) 0.76/0.74;
 * 国土交通省's 補正 deck of 事業費 and 国費 (mlit-jutaku 2009) 0.56/0.63, then 0.81/0.81. b45, short documents of
 * the seeds' kind and years, written last: slides (soumu-kigyo 2008) 1.00/1.00; a notice letter (soumu-kokusai 2009)
 * 0.75/0.86; a 予算の概要 with a table in 千円 (soumu-community 2009) 0.83/0.71; then a 特別交付税措置's total named so.
 *
 * <p>Thirty more (2026-12-07 night, b46–b55, written and scored the same way; first run with the rules of the commit
 * before each batch was seen, then the figure after the changes they showed).
 * b46: 情報通信 PR slides with boxes side by side (soumu-ict 2011) 0.70/0.73; a 消防庁 概算要求 whose request and year
 * before stand in two tiers (fdma-gaisan 2013) 0.88/0.22, then 0.96/0.87; a 特別交付税 notice where most figures are
 * local finances' (soumu-kotsu 2014) 0.12/0.40, then 1.00/1.00. b47: 文部科学省's deck with a 総括表 column by column
 * (mext-sports 2012) 0.73/0.70, then 0.88/0.90; 経済産業省's 予算案 in prose and boxes side by side (meti-sangi 2013)
 * 0.77/0.86, then 0.96/0.95; 環境省's 概算要求 table (env-haiki 2009) 0.87/1.00. b48: a 統計局 notice in prose cut inside
 * figures (soumu-itakuhi 2010) 0.55/0.44, then 0.82/0.78; a 総括表 whose header and unit come after its rows, cells glued
 * (soumu-ryutsu 2012) 0.81/0.65; slides whose kanji are radicals and whose era is a ligature (soumu-tabunka 2012)
 * 0.57/0.40, then 1.00/1.00. b49: 農林水産省's 主要事項 (maff-yosan 2011) 0.84/0.85; 厚生労働省's 補正 slides with a table
 * column by column (mhlw-hosei 2013) 0.40/0.63, then 0.48/0.74; 国土交通省's PR sheets of 事業費 and 国費 (mlit-tetsudo
 * 2012) 0.56/0.71, then 0.75/0.86. b50, prose: a lecture in two narrow columns (soumu-koen 2010) 0.10/0.08, then
 * 0.58/0.58; a 白書's section (soumu-anzen 2008) 0.17/0.17, then 0.57/0.67; a 局長通知 (soumu-shuraku 2013) 0.50/0.71,
 * then 0.55/0.86. b51, in the seeds' manner: 消防庁 slides extracted with their layout (fdma-bosai 2008) 0.63/0.83, then
 * 0.81/0.83; a 地方税 letter (soumu-chihozei 2010) 0.55/0.75, then 0.80/1.00; 年金記録 slides with a vertical badge and a
 * pie chart (soumu-nenkin 2009) 0.29/0.40, then 0.75/0.60. b53, slides of bureaus seldom seen: 電波部 (soumu-denpa 2012)
 * 0.76/0.95, then 0.80/1.00; 住基カード (soumu-juki 2009) 0.88/0.78, then 1.00/1.00; ＩＣＴ海外展開 (soumu-kaigai 2013)
 * 0.38/0.45, then 0.85/1.00. b52, 総務省 prose: a 情報セキュリティ関係予算（案）の概要 in numbered paragraphs
 * (soumu-security 2014) 0.50/0.52, then 0.73/0.76; a press release on a 予備費's use (soumu-yobihi 2010) 0.89/0.78; a
 * 地方財政白書's pages of local finances (soumu-chizaihakusho 2014) 0.47/0.45. b54, bureaus seldom seen: 公営企業's slides
 * with other ministries' programs (soumu-suido 2013) 0.81/0.90; a 行政評価局 予算（案）の概要 whose header's year stands
 * over two columns (soumu-hyoka 2012) 0.25/0.27, then 0.79/0.81; a 自治財政局長 notice (soumu-kenzenka 2009) 0.57/0.50, then 0.86/0.75.
 * b55, ministries seldom seen: 法務省's 予算（案）の概要 (moj-yosan 2010) 0.72/0.82, then 0.77/0.88; 外務省's PR sheets (mofa-pr 2012)
 * 0.53/0.53, then 0.82/0.74; 防衛省's 補正 paper (mod-hosei 2012) 0.67/0.79. All thirty: first run 0.58/0.61, now
 * 0.81/0.83; the 221 documents before them 0.911/0.909, now 0.917/0.915.
 *
 * <p>Thirty more (2026-12-07 late night, b56–b65, written and scored the same way; first run with the rules of the commit
 * before each batch was seen, then the figure after the changes b56–b63 showed; b64 and b65 were written last and no rule
 * was changed for them). b56, in the seeds' manner: an ICT 概算要求 deck (soumu-ict 2010) 0.96/1.00; a 次官 letter with its
 * plan and 別表 (soumu-kizuna 2012) 0.83/0.93, then 0.94/0.93; a 地方創生 PLAN deck with era-less 補正 and 当初 (soumu-plan
 * 2016) 0.91/0.83, then 1.00/0.92. b57: 内閣府's 予算（案）の概要 (cao-chisou 2023) 0.90/0.95; こども家庭庁's 概算要求 table with
 * its header a cell a line (cfa-gaisan 2024) 0.82/0.67, then 0.91/0.81; 国土交通省's 補正 table of 事業費 over 国費
 * (mlit-hosei 2021) 0.42/0.71, then 0.94/0.86. b58, PR sheets: 中小企業庁 (chusho-pr 2018) 1.00/0.71; 環境省, a badge after
 * its footer (env-pr 2023) 0.56/0.71, then 0.88/1.00; 経済産業省, parts' figures in the box of conditions (meti-pr 2022)
 * 0.80/0.57, then 0.86/0.86. b59: 地域力創造 予算（案）の概要 (soumu-chiiki 2018) 0.79/0.79, then 0.91/0.96; a コロナ 補正 table
 * by 第1号–第3号 and 予備費 (soumu-corona-hosei 2020) 0.24/0.16, then 0.85/0.68; a 概算要求 in two columns laid out
 * (soumu-tsushin-gaisan 2021) 0.44/0.42, not worked. b60, the seeds' manner: a 総括表 in 千円 (soumu-chiikijoho 2009)
 * 0.69/0.77, then 0.87/1.00; a 事務連絡 (soumu-jimurenraku 2011) 0.86/0.79; a deck whose boxes' names are glued
 * (soumu-kasoteiju 2013) 0.47/0.53, not worked. b61, slides: 文部科学省 (mext-yosan 2023) 0.78/0.70, then 0.81/0.85;
 * 厚生労働省 with split badges (mhlw-koyo 2021) 0.36/0.38, then 0.57/0.57; 法務省 (moj-yosan 2019) 0.77/0.85, then
 * 0.81/0.89. b62, the seeds' manner in the 令和 era: 地域力創造 deck (soumu-jinzai 2023) 0.44/0.58, then 0.56/0.75;
 * マイナンバー 概算要求 (soumu-mynumber 2024) 0.81/0.90; a 大臣 letter (soumu-ninaite 2020) 0.75/0.92, then 0.87/1.00. b63:
 * 農林水産省's 概算決定 (maff-kettei 2016) 0.98/1.00; 経済産業省's 補正 list (meti-hosei 2020) 0.75/0.82, then 0.85/0.94;
 * 国土交通省's 予算決定概要 of 国費 and 事業費 (mlit-kettei 2018) 0.59/0.62, then 0.90/1.00. b64, the seeds' manner, not
 * tuned on: a deck (soumu-ictkatsuyo 2012) 0.95/0.94; a 次官 letter on a 補正 (soumu-saisei 2011) 0.45/0.56; a PLAN deck
 * (soumu-gkukan 2013) 0.88/0.88. b65, one cycle's three kinds, not tuned on: 文部科学省's 概算要求 (mext-gaisan 2025)
 * 0.80/0.82; 環境省's 予算（案） (env-yosan 2025) 0.97/1.00; 厚生労働省's 補正 (mhlw-hosei 2024) 0.96/0.88. All thirty:
 * first run 0.73/0.75, now 0.83/0.85 (b64–b65, untouched: 0.83/0.85); the 251 documents before them 0.904/0.905, now
 * 0.906/0.906 (six better, none worse).
 *
 * <p>Fifteen more (2026-12-08, b66–b70, written and scored the same way; first run with the rules of the commit before
 * each batch was seen, scored as {@link GoldList} scores since f5c1657, then the figure after the changes they showed).
 * b66–b68, in the seeds' era, avoiding the layouts covered before. b66: a deck whose boxes stand far from their names
 * (soumu-chiikiryoku 2010) 0.56/0.50, then 0.78/0.70; a 事務連絡 with a 別紙 in 千円 stated once (soumu-youkyu 2009)
 * 1.00/0.56, then 1.00/0.94; a 予算の概要 with 「うち」 programs (soumu-chiikishinko 2007) 0.88/0.44, then 1.00/0.83. b67:
 * an ICT and 消防 plan with 別紙 pages (soumu-ictplan 2009) 0.54/0.54, then 0.85/0.85; 消防庁's 概算要求 (soumu-shobo-gaisan
 * 2013) 0.46/0.57, then 0.60/0.71; a 補正 deck with 予備費 and 当初 figures (soumu-hosei-ict 2012) 0.64/0.60, then
 * 0.81/0.87. b68: 農林水産省's 予算のポイント deck (maff-sanson 2010) 0.50/0.56, then 0.67/0.75; 国土交通省's 説明会資料
 * with caps and 地方財政措置 (mlit-chiiki 2012) 0.78/0.82, then 0.94/1.00; 厚生労働省's press release (mhlw-chiikikoyo
 * 2013) 0.57/0.50, then 0.85/0.88. b69 and b70 were written after those changes; b69, the seeds' three kinds on other
 * topics, no rule changed for it: a deck (soumu-midori 2011) 1.00/0.93, a 局長 notice with 別紙 (soumu-kokusaika 2009)
 * 0.91/1.00, a plan deck (soumu-shobodan 2012) 0.91/1.00. b70, 外務省's cycle: its 概算要求 deck (mofa-gaisan 2026)
 * 0.26/0.24, then 0.90/0.71; its 予算（案） (mofa-yosan 2026) 0.94/0.90; its 補正 table (mofa-hosei 2025) 0.46/0.39, then
 * 0.90/0.78. All fifteen: first run 0.69/0.64 (b66–b68 0.66/0.57; b69–b70 0.75/0.74), now 0.87/0.86; the 281 documents
 * before them with the seeds 0.899/0.901, now 0.899/0.902 (five better, none worse).
 */
class ImportEvaluationTest {
  /** Floors: precision, recall (a document with no gold item: no false positive allowed). */
  static final Map<String, double[]> SEED_FLOORS = Map.of(
      "000_1eae7d4f337d2adf", new double[] {0.95, 0.95},
      "001_98d26ce777df9c5d", new double[] {1.0, 1.0},
      "004_274850fe4f28e0bb", new double[] {1.0, 1.0});
  static final Map<String, double[]> HELDOUT_FLOORS = Map.ofEntries(
      Map.entry("mhlw-gaisan-2025", new double[] {0.9, 0.9}),
      Map.entry("maff-noson-2025", new double[] {0.9, 0.9}),
      Map.entry("env-hosei-2024", new double[] {0.9, 0.9}),
      Map.entry("mext-yosan-2025", new double[] {0.9, 0.9}),
      Map.entry("mlit-kotsu-2025", new double[] {0.9, 0.9}),
      Map.entry("digital-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("fdma-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("cao-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("npa-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("meti-hosei-2025", new double[] {0.9, 0.9}),
      Map.entry("env-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("mof-damaged-2025", new double[] {0.9, 0.9}),
      Map.entry("mhlw-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("maff-table-2026", new double[] {0.9, 0.9}),
      Map.entry("mext-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("soumu-mix-2025", new double[] {0.9, 0.9}),
      Map.entry("soumu-2009-slides", new double[] {0.9, 0.9}),
      Map.entry("soumu-forms-2025", new double[] {0.9, 0.9}),
      Map.entry("digital-forms-2026", new double[] {0.9, 0.9}),
      Map.entry("soumu-hosei-2024", new double[] {0.9, 0.9}),
      Map.entry("soumu-slides-2025", new double[] {0.9, 0.9}),
      Map.entry("jfa-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("mlit-review-2026", new double[] {0.9, 0.9}),
      Map.entry("cao-prose-2025", new double[] {0.9, 0.9}),
      Map.entry("meti-hosei-list-2025", new double[] {0.9, 0.9}),
      Map.entry("soumu-koubo-2026", new double[] {0.9, 0.9}),
      Map.entry("mhlw-slide-first-2026", new double[] {0.9, 0.9}),
      Map.entry("mhlw-years-2026", new double[] {0.9, 0.9}),
      Map.entry("fdma-below-2026", new double[] {0.9, 0.9}),
      Map.entry("cao-hosei-2025", new double[] {0.9, 0.9}),
      Map.entry("mext-points-2026", new double[] {0.9, 0.9}),
      Map.entry("env-damaged-2025", new double[] {0.9, 0.9}),
      Map.entry("bunka-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("mod-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("mhlw-kv-2026", new double[] {0.9, 0.9}),
      Map.entry("mlit-press-2026", new double[] {0.9, 0.9}),
      Map.entry("maff-noise-2026", new double[] {0.9, 0.9}),
      Map.entry("mhlw-roman-2026", new double[] {0.9, 0.9}),
      Map.entry("reconst-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("cas-slides-2026", new double[] {0.9, 0.9}),
      Map.entry("mic-wrap-2026", new double[] {0.9, 0.9}),
      Map.entry("moj-amount-first-2026", new double[] {0.9, 0.9}),
      Map.entry("mof-kessan-2024", new double[] {0.9, 0.9}),
      Map.entry("review-sheet-2026", new double[] {0.9, 0.9}),
      Map.entry("env-legend-2026", new double[] {0.9, 0.9}),
      Map.entry("review-full-2025", new double[] {0.9, 0.9}),
      Map.entry("env-box-2026", new double[] {0.9, 0.9}),
      Map.entry("cao-kokuji-2025", new double[] {0.9, 0.9}),
      Map.entry("mlit-subtotal-2026", new double[] {0.9, 0.9}),
      Map.entry("meti-heading-2026", new double[] {0.9, 0.9}),
      Map.entry("maff-kessan-2024", new double[] {0.9, 0.9}),
      Map.entry("mic-twin-2026", new double[] {0.9, 0.9}),
      Map.entry("mhlw-shuyo-2026", new double[] {0.9, 0.9}),
      Map.entry("mlit-kokuhi-2026", new double[] {0.9, 0.9}),
      Map.entry("meti-hosei-pr-2025", new double[] {0.9, 0.9}),
      Map.entry("mic-boxes-2026", new double[] {0.9, 0.9}),
      Map.entry("hakusho-2026", new double[] {0.9, 0.9}),
      Map.entry("pref-alloc-2025", new double[] {0.9, 0.9}),
      Map.entry("tokkai-2009", new double[] {0.9, 0.9}),
      Map.entry("dokuhou-2026", new double[] {0.9, 0.9}),
      Map.entry("yobihi-2025", new double[] {0.9, 0.9}),
      Map.entry("pagebreak-2026", new double[] {0.9, 0.9}),
      Map.entry("qa-2026", new double[] {0.9, 0.9}),
      Map.entry("seifuan-2026", new double[] {0.9, 0.9}),
      Map.entry("mext-history-2026", new double[] {0.9, 0.9}),
      Map.entry("kanji-notice-2025", new double[] {0.9, 0.9}),
      Map.entry("unit-switch-2026", new double[] {0.9, 0.9}),
      Map.entry("haishi-2026", new double[] {0.9, 0.9}),
      Map.entry("soumu-ryokubun-2010", new double[] {0.9, 0.9}),
      Map.entry("soumu-kaso-2010", new double[] {0.9, 0.9}),
      Map.entry("soumu-ict-2009", new double[] {0.9, 0.9}),
      Map.entry("soumu-teiju-2009", new double[] {0.9, 0.9}),
      Map.entry("soumu-kyoryoku-2009", new double[] {0.9, 0.9}),
      Map.entry("env-juten-2026", new double[] {0.9, 0.9}),
      Map.entry("mlit-markdown-2026", new double[] {0.9, 0.9}),
      Map.entry("nta-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("mhlw-kokkai-2026", new double[] {0.9, 0.9}),
      Map.entry("maff-hosei-2025", new double[] {0.9, 0.9}),
      Map.entry("moe-kessan-2025", new double[] {0.9, 0.9}),
      Map.entry("mext-shiryo-2026", new double[] {0.9, 0.9}),
      Map.entry("cfa-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("meti-report-2025", new double[] {0.9, 0.9}),
      Map.entry("moj-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("soumu-kofu-2026", new double[] {0.9, 0.9}),
      Map.entry("mlit-pr-2025", new double[] {0.9, 0.9}),
      Map.entry("mhlw-yoko-2026", new double[] {0.9, 0.9}),
      Map.entry("npa-yosan-2026", new double[] {0.9, 0.9}),
      Map.entry("env-gaisan-list-2026", new double[] {0.9, 0.9}),
      Map.entry("mof-kokusai-2025", new double[] {0.9, 0.9}),
      Map.entry("maff-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("mod-yosan-2026", new double[] {0.9, 0.9}),
      Map.entry("reconst-hosei-2025", new double[] {0.9, 0.9}),
      Map.entry("caa-yosan-2026", new double[] {0.9, 0.9}),
      Map.entry("jta-hosei-2025", new double[] {0.9, 0.9}),
      Map.entry("jcg-yosan-2026", new double[] {0.9, 0.9}),
      Map.entry("mofa-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("mhlw-rodo-2026", new double[] {0.9, 0.9}),
      Map.entry("nra-yosan-2026", new double[] {0.9, 0.9}),
      Map.entry("jpo-gaisan-2026", new double[] {0.9, 0.9}),
      Map.entry("chusho-hosei-2025", new double[] {0.9, 0.9}),
      Map.entry("moj-kyosei-2026", new double[] {0.9, 0.9}),
      Map.entry("ppc-review-2026", new double[] {0.9, 0.9}),
      Map.entry("isa-gaisan-2026", new double[] {0.9, 0.85}),
      Map.entry("jftc-kessan-2024", new double[] {0.9, 0.9}),
      Map.entry("meti-yosan-2026-b11", new double[] {0.9, 0.85}),
      Map.entry("maff-kettei-2026-b11", new double[] {0.9, 0.9}),
      Map.entry("mlit-kasho-2026-b11", new double[] {0.9, 0.9}),
      Map.entry("cfa-yosan-2026-b12", new double[] {0.9, 0.9}),
      Map.entry("cao-hosei-2024-b12", new double[] {0.9, 0.9}),
      Map.entry("env-yosan-2026-b13", new double[] {0.9, 0.9}),
      Map.entry("chusho-yosan-2026-b13", new double[] {0.9, 0.7}),
      Map.entry("mofa-oda-2026-b14", new double[] {0.85, 0.9}),
      Map.entry("soumu-ict-2026-b14", new double[] {0.9, 0.9}),
      Map.entry("bunka-yosan-2026-b14", new double[] {0.9, 0.9}),
      Map.entry("cfa-renraku-2025-b15", new double[] {0.9, 0.9}),
      Map.entry("fdma-hakusho-2025-b15", new double[] {0.7, 0.8}),
      Map.entry("mext-yosan-2026-b16", new double[] {0.9, 0.85}),
      Map.entry("soumu-yosan-2011-b20", new double[] {0.9, 0.85}));
  /** Held-out documents measured and printed, not floored: what the rules do not read yet (see the class comment). */
  static final List<String> HELDOUT_MEASURED = List.of("cao-2col-2026", "mhlw-cells-2025", "mlit-kaigi-2026", "mext-hosei-2025",
      "cao-shiryo-2026", "meti-gaisan-2026", "jma-gaisan-2026", "rinya-hosei-2025",
      "enecho-hosei-2024", "kunaicho-yosan-2026", "mlit-doro-2024", "mof-zeikan-2026", "mhlw-yosan-2026-b12",
      "fsa-gaisan-2026-b13", "mext-kaiken-2026-b15", "mlit-gaisan-2026-b16", "mhlw-hosei-2025-b16",
      "sports-yosan-2026-b17", "jfa-hosei-2025-b17", "cas-gaisan-2026-b17",
      "soumu-chiiki-2014-b18", "soumu-kakusho-2010-b18", "soumu-gaisan-2013-b18", "cao-bosai-gaisan-2026-b19",
      "maff-chikusan-2026-b19", "cao-gaisan-2011-b20", "soumu-tsuchi-2015-b20", "maff-pr-2015-b21", "mlit-guide-2014-b21",
      "mhlw-bukyoku-2016-b21", "mext-hosei-2019-b22", "mhlw-review-2020-b22", "cao-chiiki-2013-b23", "rinya-gaisan-2018-b23",
      "mof-shikko-2020-b23", "jta-yosan-2019-b22", "psia-gaisan-2026-b19", "mod-gaisan-2025-b24", "npa-gaisan-2024-b24",
      "digital-yosan-2025-b24", "jma-yosan-2024-b25", "caa-gaisan-2025-b25", "nra-hosei-2023-b25", "soumu-kaso-2012-b26",
      "soumu-gaiyo-2009-b26", "soumu-junkan-2013-b26", "soumu-teiju-2012-b27", "soumu-ict-2008-b27", "soumu-hosei-2012-b27",
      "soumu-okoshi-2021-b28", "soumu-chizai-2022-b28", "soumu-hosei-2021-b28", "soumu-jinzai-2010-b29", "soumu-shuyo-2012-b29",
      "soumu-chideji-2010-b29", "soumu-corona-2020-b30", "soumu-ichimai-2019-b30", "soumu-byoin-2008-b30", "soumu-keitai-2013-b31",
      "soumu-wifi-2022-b31", "soumu-fukko-2012-b31", "soumu-kokusei-2015-b32", "soumu-hoso-2016-b32", "soumu-zeimu-2019-b32",
      "mlit-kofukin-2010-b33", "mhlw-kikin-2012-b33", "maff-shuyo-2014-b33", "soumu-johoka-2010-b34", "soumu-genki-2013-b34",
      "soumu-ikigaku-2013-b34", "soumu-ganbaru-2007-b35", "soumu-senkyo-2010-b35", "soumu-tokei-2012-b35",
      "soumu-bango-2014-b36", "soumu-kenkyu-2011-b36", "soumu-kodomo-2010-b36", "soumu-shisaku-2007-b37",
      "fdma-hosei-2009-b37", "soumu-kettei-2011-b37", "soumu-bunsan-2014-b38", "soumu-ritou-2010-b38",
      "soumu-seikatsu-2008-b38", "soumu-jichi-2010-b39", "soumu-tsushin-2013-b39", "soumu-zaisei-2013-b39",
      "soumu-jichigyosei-2009-b40", "soumu-gyokan-2011-b40", "soumu-rinsai-2011-b40", "soumu-aisatsu-2012-b41",
      "soumu-shisetsu-2014-b41", "soumu-hakusho-2013-b41", "soumu-onkyu-2010-b42", "soumu-pr-2013-b42",
      "soumu-hosei-2009-b42", "soumu-chiikiryoku-2009-b43", "soumu-gaisan-2009-b43", "soumu-enkaku-2010-b43",
      "cao-tokku-2010-b44", "mhlw-antei-2011-b44", "mlit-jutaku-2009-b44", "soumu-kigyo-2008-b45", "soumu-kokusai-2009-b45",
      "soumu-community-2009-b45", "soumu-ict-2011-b46", "fdma-gaisan-2013-b46", "soumu-kotsu-2014-b46", "mext-sports-2012-b47",
      "meti-sangi-2013-b47", "env-haiki-2009-b47", "soumu-itakuhi-2010-b48", "soumu-ryutsu-2012-b48", "soumu-tabunka-2012-b48",
      "maff-yosan-2011-b49", "mhlw-hosei-2013-b49", "mlit-tetsudo-2012-b49", "soumu-koen-2010-b50", "soumu-anzen-2008-b50",
      "soumu-shuraku-2013-b50", "fdma-bosai-2008-b51", "soumu-chihozei-2010-b51", "soumu-nenkin-2009-b51", "soumu-denpa-2012-b53",
      "soumu-juki-2009-b53", "soumu-kaigai-2013-b53", "soumu-security-2014-b52", "soumu-yobihi-2010-b52",
      "soumu-chizaihakusho-2014-b52", "soumu-suido-2013-b54", "soumu-hyoka-2012-b54", "soumu-kenzenka-2009-b54", "moj-yosan-2010-b55",
      "mofa-pr-2012-b55", "mod-hosei-2012-b55", "soumu-ict-2010-b56", "soumu-kizuna-2012-b56", "soumu-plan-2016-b56",
      "cao-chisou-2023-b57", "cfa-gaisan-2024-b57", "mlit-hosei-2021-b57", "chusho-pr-2018-b58", "env-pr-2023-b58", "meti-pr-2022-b58",
      "soumu-chiiki-2018-b59", "soumu-corona-hosei-2020-b59", "soumu-tsushin-gaisan-2021-b59", "soumu-chiikijoho-2009-b60",
      "soumu-jimurenraku-2011-b60", "soumu-kasoteiju-2013-b60", "mext-yosan-2023-b61", "mhlw-koyo-2021-b61", "moj-yosan-2019-b61",
      "soumu-jinzai-2023-b62", "soumu-mynumber-2024-b62", "soumu-ninaite-2020-b62", "maff-kettei-2016-b63", "meti-hosei-2020-b63",
      "mlit-kettei-2018-b63", "soumu-gkukan-2013-b64", "soumu-ictkatsuyo-2012-b64", "soumu-saisei-2011-b64", "env-yosan-2025-b65",
      "mext-gaisan-2025-b65", "mhlw-hosei-2024-b65", "soumu-chiikiryoku-2010-b66", "soumu-youkyu-2009-b66",
      "soumu-chiikishinko-2007-b66", "soumu-ictplan-2009-b67", "soumu-shobo-gaisan-2013-b67", "soumu-hosei-ict-2012-b67",
      "maff-sanson-2010-b68", "mlit-chiiki-2012-b68", "mhlw-chiikikoyo-2013-b68", "soumu-midori-2011-b69", "soumu-kokusaika-2009-b69",
      "soumu-shobodan-2012-b69", "mofa-gaisan-2026-b70", "mofa-yosan-2026-b70", "mofa-hosei-2025-b70");

  static final Path GOLD = Path.of("src/test/resources/import");

  @Test
  void seedsAreImportedWithTheirGoldItems() throws IOException {
    Path seeds = Requirements.seeds();
    List<String> failures = new ArrayList<>();
    System.out.println("import on ../shared/seeds:");
    for (String name : SEED_FLOORS.keySet().stream().sorted().toList()) {
      evaluate(name, seeds.resolve(name + ".txt"), GOLD.resolve(name + ".tsv"), SEED_FLOORS.get(name), failures);
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void heldOutDocumentsAreImportedWithTheirGoldItems() throws IOException {
    List<String> failures = new ArrayList<>();
    System.out.println("import on held-out documents:");
    for (String name : HELDOUT_FLOORS.keySet().stream().sorted().toList()) {
      evaluate(name, GOLD.resolve("heldout/" + name + ".txt"), GOLD.resolve("heldout/" + name + ".tsv"), HELDOUT_FLOORS.get(name), failures);
    }
    System.out.println("measured, not floored:");
    for (String name : HELDOUT_MEASURED) {
      evaluate(name, GOLD.resolve("heldout/" + name + ".txt"), GOLD.resolve("heldout/" + name + ".tsv"), new double[] {0, 0}, failures);
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  static GoldList.Score evaluate(String name, Path text, Path tsv, double[] floor, List<String> failures) throws IOException {
    GoldList gold = GoldList.read(tsv);
    List<FoundItem> found = importItems(text, gold.args());
    GoldList.Score s = gold.score(found);
    System.out.println("  " + s.line(name));
    for (String m : s.misses()) System.out.println("      missed " + m);
    for (String n : s.inexactNames()) System.out.println("      named  " + n);
    for (String fp : s.falsePositives()) System.out.println("      wrong  " + fp);
    if (s.precision() < floor[0] || s.recall() < floor[1]) {
      failures.add(name + ": precision " + s.precision() + " (floor " + floor[0] + "), recall " + s.recall() + " (floor " + floor[1] + ")");
    }
    return s;
  }

  static List<FoundItem> importItems(Path file, Map<String, String> args) throws IOException {
    Problems p = new Problems();
    SourceText text = Importer.read(file, file.toString(), p).orElseThrow(() -> new AssertionError(p.sorted()));
    return Importer.draft(text, meta(args), 1).items();
  }

  static Draft.Meta meta(Map<String, String> args) throws IOException {
    Ministries ministries = ministries();
    return new Draft.Meta(FiscalYear.parse(args.get("fiscal-year")).orElseThrow(),
        ministries.find(args.get("ministry")).orElseThrow(), BudgetKind.parse(args.getOrDefault("kind", "当初")).orElseThrow(), null);
  }

  static Ministries ministries() throws IOException {
    Problems p = new Problems();
    Ministries m = MinistriesReader.parse(Files.readString(Path.of("content/ministries.yml"), StandardCharsets.UTF_8), "ministries.yml", p);
    if (p.hasErrors()) throw new AssertionError(p.sorted());
    return m;
  }
}
