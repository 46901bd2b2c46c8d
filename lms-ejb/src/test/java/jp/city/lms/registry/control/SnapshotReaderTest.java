package jp.city.lms.registry.control;

import static jp.city.lms.registry.control.Snapshots.ORGS;
import static jp.city.lms.registry.control.Snapshots.ORGS_HEADER;
import static jp.city.lms.registry.control.Snapshots.STAFF;
import static jp.city.lms.registry.control.Snapshots.STAFF_HEADER;
import static jp.city.lms.registry.control.Snapshots.read;
import static jp.city.lms.registry.control.Snapshots.readStaff;
import static jp.city.lms.registry.control.Snapshots.refusal;
import static jp.city.lms.registry.control.Snapshots.utf8;
import static jp.city.lms.registry.control.Snapshots.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.city.lms.registry.control.SnapshotRefusedException.Reason;
import jp.city.lms.registry.entity.StaffStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SnapshotReaderTest {

  private static StaffRow person(ParsedSnapshot snapshot, String employeeNo) {
    return snapshot.staff().stream()
        .filter(row -> row.employeeNo().equals(employeeNo))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no accepted row for " + employeeNo));
  }

  private static Rejection onlyRejection(ParsedSnapshot snapshot) {
    assertEquals(1, snapshot.rejections().size(), () -> snapshot.rejections().toString());
    return snapshot.rejections().get(0);
  }

  private static void assertRejection(
      Rejection rejection, String file, int line, String field, String value, String key) {
    assertEquals(
        List.of(file, line, field, value, key),
        List.of(
            rejection.file(),
            rejection.line(),
            rejection.field(),
            rejection.value(),
            rejection.messageKey()),
        rejection::toString);
  }

  @Test
  void readsAWellFormedSnapshot() throws Exception {
    ParsedSnapshot snapshot = read(ORGS, STAFF);

    assertEquals(4, snapshot.orgs().size());
    assertEquals(new OrgRow("110", "人事部", "100", "部", 3), snapshot.orgs().get(1));
    assertNull(snapshot.orgs().get(0).parentCode());
    assertEquals(
        new StaffRow(
            "1002",
            "佐藤 花子",
            "サトウ ハナコ",
            "110",
            "部長",
            "事務",
            LocalDate.of(1995, 4, 1),
            StaffStatus.ACTIVE,
            null,
            "1001",
            3),
        person(snapshot, "1002"));
    assertEquals(StaffStatus.ON_LEAVE, person(snapshot, "1003").status());
    assertTrue(snapshot.rejections().isEmpty());
    assertEquals(4, snapshot.staffRowCount());
    assertEquals(4, snapshot.orgRowCount());
    assertEquals("orgs.csv", snapshot.orgsFile());
    assertEquals("staff.csv", snapshot.staffFile());
  }

  @Nested
  class Decoding {

    @Test
    void utf8WithoutBom() throws Exception {
      assertEquals("山田 太郎", person(read(ORGS, STAFF), "1001").name());
    }

    @Test
    void utf8WithBom() throws Exception {
      ByteArrayOutputStream staff = new ByteArrayOutputStream();
      staff.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      staff.write(utf8(STAFF));

      ParsedSnapshot snapshot = new SnapshotReader().read(utf8(ORGS), staff.toByteArray());

      assertEquals(4, snapshot.staff().size());
      assertEquals("1001", snapshot.staff().get(0).employeeNo());
    }

    @Test
    void windows31jWithJapaneseText() throws Exception {
      Charset windows31j = Charset.forName("windows-31j");
      byte[] orgs = (String.join("\r\n", ORGS) + "\r\n").getBytes(windows31j);
      byte[] staff =
          (String.join("\r\n", with(STAFF, "1005,髙橋 ①子,タカハシ,200,係員,保健師,,在職,,")) + "\r\n")
              .getBytes(windows31j);

      ParsedSnapshot snapshot = new SnapshotReader().read(orgs, staff);

      assertEquals("小倉北区役所", snapshot.orgs().get(3).name());
      assertEquals("髙橋 ①子", person(snapshot, "1005").name());
      assertEquals("保健師", person(snapshot, "1005").jobCategory());
    }

    @Test
    void bytesInvalidInBothEncodingsAreRefused() {
      byte[] staff = concat(utf8(STAFF), new byte[] {(byte) 0xFF, '\n'});

      SnapshotRefusedException refused = refusal(utf8(ORGS), staff);

      assertEquals(Reason.UNDECODABLE, refused.reason());
      assertEquals(
          "staff.csv cannot be decoded as UTF-8 or as Windows-31J (Shift_JIS)",
          refused.getMessage(Locale.ENGLISH));
      assertTrue(refused.getMessage().startsWith("staff.csv を UTF-8 としても"));
    }

    private static byte[] concat(byte[] head, byte[] tail) {
      byte[] all = new byte[head.length + tail.length];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(tail, 0, all, head.length, tail.length);
      return all;
    }
  }

  @Nested
  class Headers {

    @Test
    void englishAliasesInAnyCaseAndOrderWithUnknownColumns() throws Exception {
      String[] orgs = {
        "Org_Name,remarks,ORG_CODE,kind,parent_code", "総務局,x,100,局,", "人事部,y,110,部,100"
      };
      String[] staff = {
        "status,備考,Employee_No,name,org_code,position,hired_on,manager_no,email,name_kana,job_category",
        "active,メモ,1001,山田 太郎,100,局長,1990-04-01,,a@b.jp,ヤマダ,事務",
        "on leave,,1002,佐藤 花子,110,部長,,1001,,,"
      };

      ParsedSnapshot snapshot = read(orgs, staff);

      assertEquals(new OrgRow("110", "人事部", "100", "部", 3), snapshot.orgs().get(1));
      assertEquals(
          new StaffRow(
              "1001",
              "山田 太郎",
              "ヤマダ",
              "100",
              "局長",
              "事務",
              LocalDate.of(1990, 4, 1),
              StaffStatus.ACTIVE,
              "a@b.jp",
              null,
              2),
          person(snapshot, "1001"));
      assertEquals(StaffStatus.ON_LEAVE, person(snapshot, "1002").status());
      assertEquals("1001", person(snapshot, "1002").managerNo());
    }

    @Test
    void headersAreTrimmedAndNormalised() throws Exception {
      String[] staff = {" ｅｍｐｌｏｙｅｅ＿ｎｏ ,　氏名　,所属コード,職位,在職区分", "1001,山田 太郎,100,局長,在職"};

      ParsedSnapshot snapshot = readStaff(staff);

      assertEquals("山田 太郎", person(snapshot, "1001").name());
      assertNull(person(snapshot, "1001").hiredOn());
    }

    @Test
    void rejectionsNameTheHeaderAsWrittenInTheFile() throws Exception {
      String[] staff = {"employee_no,name,org_code,position,status", "1001,山田 太郎,999999,局長,在職"};

      Rejection rejection = onlyRejection(readStaff(staff));

      assertRejection(rejection, "staff.csv", 2, "org_code", "999999", "rejected.orgNotInFile");
    }
  }

  @Nested
  class Quoting {

    @Test
    void quotedCommasQuotesAndLineBreaksKeepLineNumbersOfLaterRows() throws Exception {
      String[] staff = {
        STAFF_HEADER,
        "1001,\"山田, 太郎\",,100,局長,,,在職,,",
        "1002,\"佐藤 \"\"ハナ\"\" 花子\",,110,部長,,,在職,,",
        "1003,鈴木 一郎,,111,\"課長",
        "(兼)",
        "係長\",,,在職,,",
        "",
        "1004,高橋 次郎,,999,係員,,,在職,,",
        "1005,田中 三郎,,111,係員,,,在職,,"
      };

      ParsedSnapshot snapshot = readStaff(staff);

      assertEquals("山田, 太郎", person(snapshot, "1001").name());
      assertEquals("佐藤 \"ハナ\" 花子", person(snapshot, "1002").name());
      assertEquals("課長\n(兼)\n係長", person(snapshot, "1003").position());
      assertEquals(4, person(snapshot, "1003").line());
      assertEquals(9, person(snapshot, "1005").line());
      assertRejection(
          onlyRejection(snapshot), "staff.csv", 8, "所属コード", "999", "rejected.orgNotInFile");
    }

    @Test
    void crlfLineEndingsAndLineBreaksInsideQuotes() throws Exception {
      String orgs = String.join("\r\n", ORGS) + "\r\n";
      String staff =
          STAFF_HEADER
              + "\r\n"
              + "1001,\"山田\r\n太郎\",,100,局長,,,在職,,\r\n"
              + "\r\n"
              + "1002,佐藤 花子,,110,部長,,2024-13-01,在職,,\r\n"
              + "1003,鈴木 一郎,,111,課長,,,在職,,";

      ParsedSnapshot snapshot =
          new SnapshotReader()
              .read(orgs.getBytes(StandardCharsets.UTF_8), staff.getBytes(StandardCharsets.UTF_8));

      assertEquals("山田\r\n太郎", person(snapshot, "1001").name());
      assertRejection(
          onlyRejection(snapshot), "staff.csv", 5, "採用年月日", "2024-13-01", "rejected.date");
      assertEquals(6, person(snapshot, "1003").line());
    }

    @Test
    void allBlankLinesAreNotData() throws Exception {
      ParsedSnapshot snapshot = readStaff(with(STAFF, ",,,,,,,,,", "　,  ,"));

      assertEquals(4, snapshot.staffRowCount());
      assertTrue(snapshot.rejections().isEmpty());
    }
  }

  @Nested
  class Normalisation {

    @Test
    void fullWidthDigitsAndSpacesInCodesNumbersAndDates() throws Exception {
      ParsedSnapshot snapshot =
          readStaff(with(STAFF, "　１００５　,　田中　三郎　,\tタナカ ,１１１, 係員 ,,２０２４／０４／０１,　在職　, ,１００４"));

      StaffRow row = person(snapshot, "1005");
      assertEquals("田中　三郎", row.name());
      assertEquals("タナカ", row.nameKana());
      assertEquals("111", row.orgCode());
      assertEquals("係員", row.position());
      assertEquals(LocalDate.of(2024, 4, 1), row.hiredOn());
      assertEquals(StaffStatus.ACTIVE, row.status());
      assertNull(row.email());
      assertEquals("1004", row.managerNo());
    }

    @Test
    void orgCodesAreNormalisedToo() throws Exception {
      String[] orgs = {ORGS_HEADER, "１００,総務局,,", "110,人事部,１００,　"};

      ParsedSnapshot snapshot = read(orgs, new String[] {STAFF_HEADER, "1001,山田,,１１０,部長,,,在職,,"});

      assertEquals(new OrgRow("110", "人事部", "100", null, 3), snapshot.orgs().get(1));
      assertEquals("110", person(snapshot, "1001").orgCode());
    }

    @Test
    void statusInEnglishAnyCase() throws Exception {
      ParsedSnapshot snapshot =
          readStaff(
              STAFF_HEADER,
              "1001,a,,100,局長,,,ACTIVE,,",
              "1002,b,,100,係員,,,On Leave,,",
              "1003,c,,100,係員,,,on_leave,,",
              "1004,d,,100,係員,,,Left,,",
              "1005,e,,100,係員,,,退職,,");

      assertEquals(
          List.of(
              StaffStatus.ACTIVE,
              StaffStatus.ON_LEAVE,
              StaffStatus.ON_LEAVE,
              StaffStatus.LEFT,
              StaffStatus.LEFT),
          snapshot.staff().stream().map(StaffRow::status).toList());
    }
  }

  @Nested
  class Refusals {

    @Test
    void emptyFile() {
      SnapshotRefusedException refused = refusal(new byte[0], utf8(STAFF));

      assertEquals(Reason.EMPTY, refused.reason());
      assertEquals(
          "orgs.csv has no data rows (it is empty or has only a header)",
          refused.getMessage(Locale.ENGLISH));
    }

    @Test
    void headerOnlyFile() {
      SnapshotRefusedException refused = refusal(utf8(ORGS), utf8(STAFF_HEADER, "", ",,,"));

      assertEquals(Reason.EMPTY, refused.reason());
      assertEquals("staff.csv にデータ行がありません (空のファイルか、ヘッダー行だけです)", refused.getMessage());
    }

    @Test
    void onlyABom() {
      SnapshotRefusedException refused =
          refusal(utf8(ORGS), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

      assertEquals(Reason.EMPTY, refused.reason());
    }

    @Test
    void requiredColumnMissing() {
      SnapshotRefusedException refused =
          refusal(utf8(ORGS), utf8("職員番号,氏名,所属コード,在職区分", "1001,山田,100,在職"));

      assertEquals(Reason.MISSING_COLUMN, refused.reason());
      assertEquals(
          "staff.csv lacks the required column \"職位\" (English name position)",
          refused.getMessage(Locale.ENGLISH));
      assertEquals("staff.csv に必須の列「職位」(英語名 position) がありません", refused.getMessage());
    }

    @Test
    void duplicateEmployeeNumberEvenWrittenFullWidth() {
      SnapshotRefusedException refused =
          refusal(utf8(ORGS), utf8(with(STAFF, "１００２,別人,,100,係員,,,在職,,")));

      assertEquals(Reason.DUPLICATE_EMPLOYEE_NO, refused.reason());
      assertEquals(List.of("1002", "staff.csv", 3, 6), refused.args());
      assertEquals(
          "employee number \"1002\" appears twice in staff.csv, on lines 3 and 6",
          refused.getMessage(Locale.ENGLISH));
      assertEquals("職員番号 \"1002\" が staff.csv の 3 行目と 6 行目に重複しています", refused.getMessage());
    }

    @Test
    void duplicateOrgCode() {
      SnapshotRefusedException refused =
          refusal(utf8(with(ORGS, "110,人事部 (旧),100,部")), utf8(STAFF));

      assertEquals(Reason.DUPLICATE_ORG_CODE, refused.reason());
      assertEquals(List.of("110", "orgs.csv", 3, 6), refused.args());
    }

    @Test
    void unclosedQuote() {
      SnapshotRefusedException refused =
          refusal(utf8(ORGS), utf8(with(STAFF, "1005,\"田中,,100,係員,,,在職,,")));

      assertEquals(Reason.MALFORMED, refused.reason());
      assertEquals(List.of("staff.csv", 6), refused.args());
    }

    @Test
    void uploadedFileNamesAppearInMessages() {
      SnapshotRefusedException refused =
          assertThrows(
              SnapshotRefusedException.class,
              () -> new SnapshotReader().read("組織.csv", new byte[0], null, utf8(STAFF)));

      assertEquals("組織.csv にデータ行がありません (空のファイルか、ヘッダー行だけです)", refused.getMessage());
    }
  }

  @Nested
  class Rejections {

    @Test
    void requiredValueBlank() throws Exception {
      ParsedSnapshot snapshot = readStaff(with(STAFF, "1005,　,,111,係員,,,在職,,"));

      Rejection rejection = onlyRejection(snapshot);
      assertRejection(rejection, "staff.csv", 6, "氏名", "", "rejected.blank");
      assertEquals("必須項目「氏名」が空です", rejection.reason());
      assertEquals(Set.of("1005"), snapshot.rejectedEmployeeNos());
      assertEquals(5, snapshot.staffRowCount());
      assertEquals(4, snapshot.staff().size());
    }

    @Test
    void blankEmployeeNumberIsRejectedWithoutANumber() throws Exception {
      ParsedSnapshot snapshot = readStaff(with(STAFF, ",名無し,,111,係員,,,在職,,"));

      assertRejection(onlyRejection(snapshot), "staff.csv", 6, "職員番号", "", "rejected.blank");
      assertTrue(snapshot.rejectedEmployeeNos().isEmpty());
    }

    @Test
    void missingCellsAtTheEndOfAShortRowAreBlank() throws Exception {
      ParsedSnapshot snapshot = readStaff(with(STAFF, "1005,田中 三郎,,111"));

      assertRejection(onlyRejection(snapshot), "staff.csv", 6, "職位", "", "rejected.blank");
    }

    @Test
    void hireDateInAnotherFormat() throws Exception {
      ParsedSnapshot snapshot = readStaff(with(STAFF, "1005,田中,,111,係員,,2024.04.01,在職,,"));

      Rejection rejection = onlyRejection(snapshot);
      assertRejection(rejection, "staff.csv", 6, "採用年月日", "2024.04.01", "rejected.date");
      assertEquals(
          "hire date \"2024.04.01\" is not a real date in the form YYYY-MM-DD or YYYY/MM/DD",
          rejection.reason(Locale.ENGLISH));
    }

    @Test
    void hireDateThatDoesNotExist() throws Exception {
      ParsedSnapshot snapshot =
          readStaff(
              with(
                  STAFF,
                  "1005,田中,,111,係員,,2023-02-29,在職,,",
                  "1006,中村,,111,係員,,2024-02-29,在職,,",
                  "1007,小林,,111,係員,,2024-04/01,在職,,"));

      assertEquals(List.of(6, 8), snapshot.rejections().stream().map(Rejection::line).toList());
      assertEquals(LocalDate.of(2024, 2, 29), person(snapshot, "1006").hiredOn());
    }

    @Test
    void unknownStatus() throws Exception {
      Rejection rejection = onlyRejection(readStaff(with(STAFF, "1005,田中,,111,係員,,,在籍,,")));

      assertRejection(rejection, "staff.csv", 6, "在職区分", "在籍", "rejected.status");
      assertEquals("在職区分 \"在籍\" は 在職・休職・退職 のいずれでもありません", rejection.reason());
    }

    @Test
    void valueTooLongForTheRegistry() throws Exception {
      String longName = "長".repeat(201);
      Rejection rejection =
          onlyRejection(readStaff(with(STAFF, "1005," + longName + ",,111,係員,,,在職,,")));

      assertRejection(rejection, "staff.csv", 6, "氏名", longName, "rejected.tooLong");
      assertEquals(
          "\"氏名\" is too long (201 characters, at most 200)", rejection.reason(Locale.ENGLISH));
    }

    @Test
    void orgWithoutName() throws Exception {
      ParsedSnapshot snapshot = read(with(ORGS, "300,,,局"), Snapshots.STAFF);

      assertRejection(onlyRejection(snapshot), "orgs.csv", 6, "所属名", "", "rejected.blank");
      assertEquals(Set.of("300"), snapshot.rejectedOrgCodes());
    }

    @Test
    void parentNotInTheFileAndRowsBelowARejectedParent() throws Exception {
      ParsedSnapshot snapshot =
          read(with(ORGS, "310,企画課,399,課", "311,企画係,310,係", "312,調整係,311,係"), STAFF);

      List<Rejection> rejections = snapshot.rejections();
      assertEquals(3, rejections.size());
      assertRejection(
          rejections.get(0), "orgs.csv", 6, "上位所属コード", "399", "rejected.parentNotInFile");
      assertEquals("上位所属コード \"399\" は orgs.csv にありません", rejections.get(0).reason());
      assertRejection(
          rejections.get(1), "orgs.csv", 7, "上位所属コード", "310", "rejected.parentRejected");
      assertEquals(
          "parent code \"310\" is on a rejected row (orgs.csv line 6), so this unit cannot be"
              + " imported either",
          rejections.get(1).reason(Locale.ENGLISH));
      assertRejection(
          rejections.get(2), "orgs.csv", 8, "上位所属コード", "311", "rejected.parentRejected");
      assertEquals(Set.of("310", "311", "312"), snapshot.rejectedOrgCodes());
      assertEquals(4, snapshot.orgs().size());
    }

    @Test
    void everyOrgInAParentCycleAndBelowIt() throws Exception {
      ParsedSnapshot snapshot =
          read(
              with(
                  ORGS,
                  "401,A課,402,課",
                  "402,B課,403,課",
                  "403,C課,401,課",
                  "404,D係,401,係",
                  "405,自分,405,係"),
              STAFF);

      List<Rejection> rejections = snapshot.rejections();
      assertEquals(5, rejections.size());
      assertRejection(rejections.get(0), "orgs.csv", 6, "上位所属コード", "402", "rejected.orgCycle");
      assertEquals(List.of("401 → 402 → 403 → 401"), rejections.get(0).args());
      assertEquals(List.of("402 → 403 → 401 → 402"), rejections.get(1).args());
      assertEquals("rejected.orgCycle", rejections.get(2).messageKey());
      assertEquals("rejected.parentRejected", rejections.get(3).messageKey());
      assertEquals("上位所属コードが循環しています: 405 → 405", rejections.get(4).reason(Locale.JAPANESE));
    }

    @Test
    void staffInAnOrgThatIsNotInOrgsCsv() throws Exception {
      Rejection rejection = onlyRejection(readStaff(with(STAFF, "1005,田中,,999999,係員,,,在職,,")));

      assertRejection(rejection, "staff.csv", 6, "所属コード", "999999", "rejected.orgNotInFile");
      assertEquals("所属コード \"999999\" は orgs.csv にありません", rejection.reason());
      assertEquals("org code \"999999\" is not in orgs.csv", rejection.reason(Locale.ENGLISH));
    }

    @Test
    void staffInARejectedOrg() throws Exception {
      ParsedSnapshot snapshot =
          read(with(ORGS, "310,企画課,399,課"), with(STAFF, "1005,田中,,310,係員,,,在職,,"));

      assertEquals(2, snapshot.rejections().size());
      Rejection rejection = snapshot.rejections().get(1);
      assertRejection(rejection, "staff.csv", 6, "所属コード", "310", "rejected.orgRejected");
      assertEquals(List.of("310", "orgs.csv", 6), rejection.args());
    }

    @Test
    void managerNotInTheFile() throws Exception {
      Rejection rejection = onlyRejection(readStaff(with(STAFF, "1005,田中,,111,係員,,,在職,,9999")));

      assertRejection(rejection, "staff.csv", 6, "上長職員番号", "9999", "rejected.managerNotInFile");
      assertEquals("manager number \"9999\" is not in staff.csv", rejection.reason(Locale.ENGLISH));
    }

    @Test
    void everyoneInAManagerCycleButNotThoseReportingIntoIt() throws Exception {
      ParsedSnapshot snapshot =
          readStaff(
              with(
                  STAFF,
                  "2001,甲,,111,係長,,,在職,,2002",
                  "2002,乙,,111,係長,,,在職,,2001",
                  "2003,丙,,111,係員,,,在職,,2001"));

      assertEquals(2, snapshot.rejections().size());
      assertRejection(
          snapshot.rejections().get(0), "staff.csv", 6, "上長職員番号", "2002", "rejected.managerCycle");
      assertEquals(
          "manager numbers form a cycle: 2001 → 2002 → 2001",
          snapshot.rejections().get(0).reason(Locale.ENGLISH));
      assertRejection(
          snapshot.rejections().get(1), "staff.csv", 7, "上長職員番号", "2001", "rejected.managerCycle");
      assertEquals(Set.of("2001", "2002"), snapshot.rejectedEmployeeNos());
      assertEquals("2001", person(snapshot, "2003").managerNo());
    }

    @Test
    void aLongCycleIsShownShortened() throws Exception {
      String[] orgs = new String[13];
      orgs[0] = ORGS_HEADER;
      for (int i = 1; i <= 12; i++) {
        orgs[i] = (500 + i) + ",課" + i + "," + (500 + i % 12 + 1) + ",課";
      }

      ParsedSnapshot snapshot = read(orgs, new String[] {STAFF_HEADER, "1001,山田,,501,係員,,,在職,,"});

      assertEquals(13, snapshot.rejections().size());
      assertEquals(
          List.of("501 → 502 → 503 → 504 → 505 → 506 → 507 → 508 → 509 → 510 → …"),
          snapshot.rejections().get(0).args());
    }

    @Test
    void aRowWithSeveralProblemsIsRejectedOnceForItsFirst() throws Exception {
      ParsedSnapshot snapshot = readStaff(with(STAFF, "1005,田中,,999,係員,,2024-99-99,不明,,8888"));

      assertRejection(
          onlyRejection(snapshot), "staff.csv", 6, "採用年月日", "2024-99-99", "rejected.date");
      assertEquals(Set.of("1005"), snapshot.rejectedEmployeeNos());
    }
  }
}
