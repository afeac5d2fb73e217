package org.seisaku.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seisaku.diag.Problem;
import org.seisaku.diag.Problems;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Provenance;
import org.seisaku.model.Qualifier;
import org.seisaku.model.SourceIds;

class BudgetCsvReaderTest {
  static final String HEADER = "fiscal_year,ministry,program,kind,amount,status,document,note\n";
  static final String PATH = "content/budget/2008.csv";
  static final Ministries MINISTRIES = new Ministries(List.of(
      new Ministry("soumu", "総務省", null, List.of("総務"), 1, null, null, null),
      new Ministry("mof", "財務省", null, List.of(), 2, null, null, null)));

  private static List<ProgramYear> read(String csv, Problems p) {
    return BudgetCsvReader.parse(csv, "budget/2008.csv", PATH, MINISTRIES, p);
  }

  private static List<String> problems(String csv) {
    Problems p = new Problems();
    read(csv, p);
    return p.sorted().stream().map(Problem::toString).toList();
  }

  @Test
  void aProgramOfTheSameNameAndYearInTwoMinistriesIsTwoProgramYearsWithTwoKeys() {
    // two ministries' 「広報経費」 of one year: both read, the second's key naming its ministry, so check and build keep both
    Problems p = new Problems();
    List<ProgramYear> years = read(HEADER
        + "2008,総務省,広報経費,当初,1.2億円,,,\n"
        + "2008,財務省,広報経費,当初,0.8億円,,,\n"
        + "2008,総務省,広報経費,補正,0.1億円,,,\n", p);
    assertEquals(List.of(), p.sorted());
    assertEquals(List.of("content:budget/2008.csv#2008:広報経費", "content:budget/2008.csv#2008:広報経費@mof"),
        years.stream().map(ProgramYear::key).toList());
    assertEquals(List.of("soumu", "mof"), years.stream().map(ProgramYear::ministryId).toList());
    assertEquals(2, years.get(0).items().size());
  }

  @Test
  void mergesRowsOfOneProgramAndYear() {
    Problems p = new Problems();
    List<ProgramYear> years = read(HEADER
        + "平成20年度,総務省,定住自立圏構想推進費,当初,3.7億円,新規,,\n"
        + "2008,総務,定住自立圏　構想推進費,補正,０．５億円,,teijuu,\"補正で\n追加\"\n"
        + "\n"
        + "Ｈ２０,財務省,国税電子申告事業,要求,事項要求,継続,,\n", p);
    assertEquals(List.of(), p.sorted());
    assertEquals(2, years.size());
    ProgramYear py = years.get(0);
    assertEquals(new ProgramYear("content:budget/2008.csv#2008:定住自立圏構想推進費", FiscalYear.of(2008), "soumu",
        "定住自立圏構想推進費", List.of(
            new BudgetItem(FiscalYear.of(2008), BudgetKind.INITIAL, Amount.exact(370_000_000L), "3.7億円", 2008, "新規", null,
                Provenance.ofLine("content", "budget/2008.csv", 2)),
            new BudgetItem(FiscalYear.of(2008), BudgetKind.SUPPLEMENTARY, Amount.exact(50_000_000L), "０．５億円", 2008, null,
                "補正で\n追加", Provenance.ofLine("content", "budget/2008.csv", 3))),
        Provenance.ofLine("content", "budget/2008.csv", 2), SourceIds.NONE, "teijuu"), py);
    ProgramYear tax = years.get(1);
    assertEquals("content:budget/2008.csv#2008:国税電子申告事業", tax.key());
    assertEquals(6, tax.provenance().line()); // after a two-line quoted field and a blank line
    assertEquals(Qualifier.UNQUANTIFIED, tax.items().get(0).amount().qualifier());
    assertEquals(null, tax.documentSlug());
  }

  @Test
  void reportsEachBadRowAtItsRealLine() {
    assertEquals(List.of(
        "content/budget/2008.csv:2: impossible or unreadable fiscal year '平成0年度'",
        "content/budget/2008.csv:5: unknown ministry '外務省' (not in ministries.yml)",
        "content/budget/2008.csv:6: unknown kind '補填' (expected one of 当初, 補正, 要求, 執行, 予備費等, 前年度から繰越し, 翌年度へ繰越し, 予算計)",
        "content/budget/2008.csv:7: " + amountError("3.7億ドル"), // Amount.FormatException's message, as is
        "content/budget/2008.csv:8: unknown status '終了' (expected 新規, 拡充, 継続 or 廃止, or empty)",
        "content/budget/2008.csv:9: expected 8 fields, found 3",
        "content/budget/2008.csv:10: empty program name"),
        problems(HEADER
            + "平成0年度,総務省,A,当初,1億円,,,\n"
            + "2008,総務省,B,当初,1億円,,,\"two\nlines\"\n"
            + "2008,外務省,C,当初,1億円,,,\n"
            + "2008,総務省,D,補填,1億円,,,\n"
            + "2008,総務省,E,当初,3.7億ドル,,,\n"
            + "2008,総務省,F,当初,1億円,終了,,\n"
            + "2008,総務省,G\n"
            + "2008,総務省,,当初,1億円,,,\n"));
  }

  private static String amountError(String written) {
    try {
      Amount.parse(written);
      throw new AssertionError("read: " + written);
    } catch (Amount.FormatException e) {
      return e.getMessage();
    }
  }

  @Test
  void rejectsABadHeaderAndReadsNothing() {
    Problems p = new Problems();
    List<ProgramYear> years = read("fiscal_year,ministry,program,kind,amount,state,document\n2008,総務省,A,当初,1億円,,\n", p);
    assertEquals(List.of(), years);
    assertEquals(List.of(
        "content/budget/2008.csv:1: missing column 'note' (the header must be fiscal_year,ministry,program,kind,amount,status,document,note)",
        "content/budget/2008.csv:1: missing column 'status' (the header must be fiscal_year,ministry,program,kind,amount,status,document,note)",
        "content/budget/2008.csv:1: unknown column 'state' (the header must be fiscal_year,ministry,program,kind,amount,status,document,note)"),
        p.sorted().stream().map(Problem::toString).toList());
  }

  @Test
  void readsAnEmptyFileAsNothing() {
    assertEquals(List.of(), problems(""));
    assertEquals(List.of(), problems(HEADER));
  }
}
