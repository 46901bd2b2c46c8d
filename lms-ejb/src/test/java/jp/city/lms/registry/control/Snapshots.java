package jp.city.lms.registry.control;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.city.lms.registry.entity.StaffStatus;

/** Small registry snapshots for the tests, written the way the HR system exports them. */
final class Snapshots {

  static final String ORGS_HEADER = "所属コード,所属名,上位所属コード,種別";
  static final String STAFF_HEADER = "職員番号,氏名,氏名カナ,所属コード,職位,職種,採用年月日,在職区分,メール,上長職員番号";

  static final String[] ORGS = {
    ORGS_HEADER, "100,総務局,,局", "110,人事部,100,部", "111,人事課,110,課", "200,小倉北区役所,,区"
  };

  static final String[] STAFF = {
    STAFF_HEADER,
    "1001,山田 太郎,ヤマダ タロウ,100,局長,事務,1990-04-01,在職,yamada@city.example.jp,",
    "1002,佐藤 花子,サトウ ハナコ,110,部長,事務,1995/04/01,在職,,1001",
    "1003,鈴木 一郎,スズキ イチロウ,111,課長,技術,2000-04-01,休職,,1002",
    "1004,高橋 次郎,,111,係員,デジタル,2023-04-01,在職,,1003"
  };

  private Snapshots() {}

  static byte[] utf8(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  static ParsedSnapshot read(String[] orgs, String[] staff) throws SnapshotRefusedException {
    return new SnapshotReader().read(utf8(orgs), utf8(staff));
  }

  static ParsedSnapshot readStaff(String... staff) throws SnapshotRefusedException {
    return read(ORGS, staff);
  }

  static SnapshotRefusedException refusal(byte[] orgs, byte[] staff) {
    return assertThrows(
        SnapshotRefusedException.class, () -> new SnapshotReader().read(orgs, staff));
  }

  static String[] with(String[] lines, String... more) {
    String[] all = new String[lines.length + more.length];
    System.arraycopy(lines, 0, all, 0, lines.length);
    System.arraycopy(more, 0, all, lines.length, more.length);
    return all;
  }

  /** The registry exactly as a snapshot describes it, as if that snapshot had been applied. */
  static Map<String, CurrentStaff> registryOf(ParsedSnapshot snapshot) {
    Map<String, CurrentStaff> registry = new LinkedHashMap<>();
    for (StaffRow row : snapshot.staff()) {
      registry.put(row.employeeNo(), current(row, row.status()));
    }
    return registry;
  }

  static CurrentStaff current(StaffRow row, StaffStatus status) {
    return new CurrentStaff(
        row.employeeNo(),
        row.name(),
        row.nameKana(),
        row.orgCode(),
        row.position(),
        row.jobCategory(),
        row.hiredOn(),
        status,
        row.email(),
        row.managerNo());
  }

  static Map<String, CurrentOrg> orgsOf(ParsedSnapshot snapshot) {
    Map<String, CurrentOrg> orgs = new LinkedHashMap<>();
    for (OrgRow row : snapshot.orgs()) {
      orgs.put(
          row.code(), new CurrentOrg(row.code(), row.name(), row.parentCode(), row.kind(), false));
    }
    return orgs;
  }
}
