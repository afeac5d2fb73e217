package org.seisaku.model;

/**
 * One figure for a program in one fiscal year and kind, as one source states it.
 *
 * <p>Several sources, or several review sheets, can state a figure for the same program, year and kind: the
 * one with the latest {@code statedIn} is in force and the others are its revisions (shown on the program
 * page). A review sheet published in 2019 states figures for 2016–2019 and the request for 2020; its
 * {@code statedIn} is 2019. A CSV row's {@code statedIn} is its own fiscal year.
 *
 * @param written the amount as written in the source (「１，５００億円程度」, or 「188.0」 百万円 for a sheet)
 * @param status 新規 / 拡充 / 継続 / 廃止, or null
 * @param note free text from the source, or null
 */
public record BudgetItem(FiscalYear fiscalYear, BudgetKind kind, Amount amount, String written, int statedIn,
    String status, String note, Provenance provenance) {}
