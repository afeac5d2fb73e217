package org.seisaku.model;

/** A reference to a review sheet by ministry name, 事業番号 and 公開年度, as in 関連する過去のレビューシート. */
public record SheetRef(String ministry, String number, int year) {}
