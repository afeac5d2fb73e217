package org.seisaku.model;

import java.util.List;

/**
 * The identifiers a source gives a program-year, used by the linker. All may be null or empty.
 *
 * @param businessId 事業ID (2015–2020 sheets; restarts in 2020; a few were given to two programs)
 * @param sheetNumber 事業番号 of the sheet (changes every year)
 * @param startYear 開始年度
 * @param endYear 終了年度
 * @param pastSheets 関連する過去のレビューシート
 */
public record SourceIds(Integer businessId, String sheetNumber, Integer startYear, Integer endYear, List<SheetRef> pastSheets) {
  public static final SourceIds NONE = new SourceIds(null, null, null, null, List.of());

  public SourceIds {
    pastSheets = List.copyOf(pastSheets);
  }
}
