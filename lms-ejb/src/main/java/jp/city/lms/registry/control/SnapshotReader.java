package jp.city.lms.registry.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.city.lms.platform.control.CsvRefusedException;
import jp.city.lms.platform.control.CsvTable;
import jp.city.lms.platform.control.CsvText;
import jp.city.lms.registry.control.ReferenceGraph.Outcome;
import jp.city.lms.registry.control.SnapshotRefusedException.Reason;
import jp.city.lms.registry.entity.StaffStatus;

/**
 * Reads a registry snapshot (orgs.csv and staff.csv, contract v1) into the rows that can be
 * imported and the rows that cannot. The HR system exports the full registry every time, so two
 * kinds of trouble are told apart: a snapshot that cannot be trusted as a whole (undecodable,
 * empty, a required column missing, an employee number or org code repeated) is refused and nothing
 * may change; a single bad row (a blank required value, an impossible date, an org code or manager
 * that is not in the files, a cycle of parents or managers) is rejected with its file, line and
 * column, and the rest of the snapshot goes on without it.
 *
 * <p>An org unit whose parent is rejected is rejected too, because it would hang in the air; a
 * person whose manager's row is rejected is not, because one broken row must not take a whole
 * department with it.
 */
public final class SnapshotReader {

  public static final String ORGS_FILE = "orgs.csv";
  public static final String STAFF_FILE = "staff.csv";

  private static final int CYCLE_SHOWN = 10;

  /** Reads the two files under their usual names. */
  public ParsedSnapshot read(byte[] orgs, byte[] staff) throws SnapshotRefusedException {
    return read(ORGS_FILE, orgs, STAFF_FILE, staff);
  }

  /**
   * Reads the two files; the names (as uploaded) appear in refusals and rejections.
   *
   * @throws SnapshotRefusedException when the snapshot must not be imported at all
   */
  public ParsedSnapshot read(String orgsFile, byte[] orgs, String staffFile, byte[] staff)
      throws SnapshotRefusedException {
    CsvTable<Column> orgTable;
    CsvTable<Column> staffTable;
    try {
      orgTable = CsvTable.read(nameOr(orgsFile, ORGS_FILE), orgs, Column.ORGS);
      staffTable = CsvTable.read(nameOr(staffFile, STAFF_FILE), staff, Column.STAFF);
    } catch (CsvRefusedException refused) {
      throw SnapshotRefusedException.of(refused);
    }
    Orgs orgResult = readOrgs(orgTable);
    return readStaff(staffTable, orgTable.file, orgResult);
  }

  private record Orgs(
      List<OrgRow> accepted,
      Map<String, Integer> lineOfCode,
      Set<String> rejectedCodes,
      List<Rejection> rejections,
      int rowCount) {}

  private static Orgs readOrgs(CsvTable<Column> table) throws SnapshotRefusedException {
    List<CsvTable.Row> rows = table.rows;
    int n = rows.size();
    String[][] values = new String[n][];
    String[] codes = new String[n];
    Map<String, Integer> rowOfCode = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      values[i] = table.values(rows.get(i), Column.ORGS);
      codes[i] = values[i][Column.ORG_CODE.ordinal()];
      if (codes[i] != null) {
        Integer earlier = rowOfCode.putIfAbsent(codes[i], i);
        if (earlier != null) {
          throw new SnapshotRefusedException(
              Reason.DUPLICATE_ORG_CODE,
              "refused.duplicateOrgCode",
              codes[i],
              table.file,
              rows.get(earlier).line(),
              rows.get(i).line());
        }
      }
    }
    Rejection[] rejections = new Rejection[n];
    boolean[] rejected = new boolean[n];
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      rejections[i] = checkCells(table, rows.get(i), values[i], Column.ORGS);
      rejected[i] = rejections[i] != null;
      String parentCode = values[i][Column.PARENT_CODE.ordinal()];
      parent[i] =
          parentCode == null
              ? ReferenceGraph.NONE
              : rowOfCode.getOrDefault(parentCode, ReferenceGraph.MISSING);
    }
    ReferenceGraph graph = ReferenceGraph.walk(parent, rejected);
    List<OrgRow> accepted = new ArrayList<>(n);
    Set<String> rejectedCodes = new HashSet<>();
    List<Rejection> rejectionList = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CsvTable.Row row = rows.get(i);
      if (rejections[i] == null) {
        rejections[i] = checkParent(table, row, graph, i, parent[i], codes, rows);
      }
      if (rejections[i] == null) {
        String[] cells = values[i];
        accepted.add(
            new OrgRow(
                codes[i],
                cells[Column.ORG_NAME.ordinal()],
                cells[Column.PARENT_CODE.ordinal()],
                cells[Column.KIND.ordinal()],
                row.line()));
      } else {
        rejectionList.add(rejections[i]);
        if (codes[i] != null) {
          rejectedCodes.add(codes[i]);
        }
      }
    }
    Map<String, Integer> lineOfCode = new HashMap<>(n * 2);
    rowOfCode.forEach((code, i) -> lineOfCode.put(code, rows.get(i).line()));
    return new Orgs(accepted, lineOfCode, rejectedCodes, rejectionList, n);
  }

  private static Rejection checkParent(
      CsvTable<Column> table,
      CsvTable.Row row,
      ReferenceGraph graph,
      int i,
      int parent,
      String[] codes,
      List<CsvTable.Row> rows) {
    Outcome outcome = graph.outcome(i);
    if (outcome == Outcome.OK) {
      return null;
    }
    String field = table.header(Column.PARENT_CODE);
    String value = table.raw(row, Column.PARENT_CODE);
    return switch (outcome) {
      case MISSING ->
          new Rejection(
              table.file, row.line(), field, value, "rejected.parentNotInFile", value, table.file);
      case CYCLE ->
          new Rejection(
              table.file,
              row.line(),
              field,
              value,
              "rejected.orgCycle",
              cycleText(graph, i, codes));
      default ->
          new Rejection(
              table.file,
              row.line(),
              field,
              value,
              "rejected.parentRejected",
              value,
              table.file,
              rows.get(parent).line());
    };
  }

  private static ParsedSnapshot readStaff(CsvTable<Column> table, String orgsFile, Orgs orgs)
      throws SnapshotRefusedException {
    List<CsvTable.Row> rows = table.rows;
    int n = rows.size();
    String[][] values = new String[n][];
    String[] numbers = new String[n];
    Map<String, Integer> rowOfNumber = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      values[i] = table.values(rows.get(i), Column.STAFF);
      numbers[i] = values[i][Column.EMPLOYEE_NO.ordinal()];
      if (numbers[i] != null) {
        Integer earlier = rowOfNumber.putIfAbsent(numbers[i], i);
        if (earlier != null) {
          throw new SnapshotRefusedException(
              Reason.DUPLICATE_EMPLOYEE_NO,
              "refused.duplicateEmployeeNo",
              numbers[i],
              table.file,
              rows.get(earlier).line(),
              rows.get(i).line());
        }
      }
    }
    Set<String> acceptedOrgs = new HashSet<>(orgs.accepted().size() * 2);
    orgs.accepted().forEach(org -> acceptedOrgs.add(org.code()));
    Rejection[] rejections = new Rejection[n];
    int[] manager = new int[n];
    for (int i = 0; i < n; i++) {
      CsvTable.Row row = rows.get(i);
      rejections[i] = checkCells(table, row, values[i], Column.STAFF);
      if (rejections[i] == null) {
        rejections[i] = checkOrg(table, row, values[i], orgsFile, orgs, acceptedOrgs);
      }
      String managerNo = values[i][Column.MANAGER_NO.ordinal()];
      manager[i] =
          managerNo == null
              ? ReferenceGraph.NONE
              : rowOfNumber.getOrDefault(managerNo, ReferenceGraph.MISSING);
    }
    ReferenceGraph graph = ReferenceGraph.walk(manager, new boolean[n]);
    List<StaffRow> accepted = new ArrayList<>(n);
    List<Rejection> rejectionList = new ArrayList<>(orgs.rejections());
    Set<String> rejectedNumbers = new HashSet<>();
    for (int i = 0; i < n; i++) {
      CsvTable.Row row = rows.get(i);
      if (rejections[i] == null) {
        rejections[i] = checkManager(table, row, graph, i, numbers);
      }
      if (rejections[i] == null) {
        accepted.add(staffRow(row, values[i]));
      } else {
        rejectionList.add(rejections[i]);
        if (numbers[i] != null) {
          rejectedNumbers.add(numbers[i]);
        }
      }
    }
    return new ParsedSnapshot(
        orgsFile,
        table.file,
        orgs.accepted(),
        accepted,
        rejectionList,
        rejectedNumbers,
        orgs.rejectedCodes(),
        orgs.rowCount(),
        n);
  }

  private static Rejection checkOrg(
      CsvTable<Column> table,
      CsvTable.Row row,
      String[] values,
      String orgsFile,
      Orgs orgs,
      Set<String> acceptedOrgs) {
    String orgCode = values[Column.STAFF_ORG_CODE.ordinal()];
    if (acceptedOrgs.contains(orgCode)) {
      return null;
    }
    String field = table.header(Column.STAFF_ORG_CODE);
    String value = table.raw(row, Column.STAFF_ORG_CODE);
    Integer orgLine = orgs.lineOfCode().get(orgCode);
    return orgLine == null
        ? new Rejection(
            table.file, row.line(), field, value, "rejected.orgNotInFile", value, orgsFile)
        : new Rejection(
            table.file, row.line(), field, value, "rejected.orgRejected", value, orgsFile, orgLine);
  }

  private static Rejection checkManager(
      CsvTable<Column> table, CsvTable.Row row, ReferenceGraph graph, int i, String[] numbers) {
    Outcome outcome = graph.outcome(i);
    if (outcome != Outcome.MISSING && outcome != Outcome.CYCLE) {
      return null;
    }
    String field = table.header(Column.MANAGER_NO);
    String value = table.raw(row, Column.MANAGER_NO);
    return outcome == Outcome.MISSING
        ? new Rejection(
            table.file, row.line(), field, value, "rejected.managerNotInFile", value, table.file)
        : new Rejection(
            table.file,
            row.line(),
            field,
            value,
            "rejected.managerCycle",
            cycleText(graph, i, numbers));
  }

  private static StaffRow staffRow(CsvTable.Row row, String[] values) {
    String hiredOn = values[Column.HIRED_ON.ordinal()];
    return new StaffRow(
        values[Column.EMPLOYEE_NO.ordinal()],
        values[Column.NAME.ordinal()],
        values[Column.NAME_KANA.ordinal()],
        values[Column.STAFF_ORG_CODE.ordinal()],
        values[Column.POSITION.ordinal()],
        values[Column.JOB_CATEGORY.ordinal()],
        hiredOn == null ? null : parseDate(hiredOn),
        parseStatus(values[Column.STATUS.ordinal()]),
        values[Column.EMAIL.ordinal()],
        values[Column.MANAGER_NO.ordinal()],
        row.line());
  }

  /** The first problem with the row's own cells, in column order; null when there is none. */
  private static Rejection checkCells(
      CsvTable<Column> table, CsvTable.Row row, String[] values, List<Column> columns) {
    for (Column column : columns) {
      String value = values[column.ordinal()];
      String key = null;
      if (value == null) {
        key = column.required ? "rejected.blank" : null;
      } else if (column.maxLength > 0 && value.length() > column.maxLength) {
        key = "rejected.tooLong";
      } else if (column == Column.HIRED_ON && parseDate(value) == null) {
        key = "rejected.date";
      } else if (column == Column.STATUS && parseStatus(value) == null) {
        key = "rejected.status";
      }
      if (key != null) {
        String field = table.header(column);
        String raw = table.raw(row, column);
        return switch (key) {
          case "rejected.blank" -> new Rejection(table.file, row.line(), field, raw, key, field);
          case "rejected.tooLong" ->
              new Rejection(
                  table.file, row.line(), field, raw, key, field, value.length(), column.maxLength);
          default -> new Rejection(table.file, row.line(), field, raw, key, raw);
        };
      }
    }
    return null;
  }

  /** A real date written YYYY-MM-DD or YYYY/MM/DD; null otherwise. */
  static LocalDate parseDate(String value) {
    return CsvText.date(value);
  }

  /** 在職区分 in Japanese or English; null when it is neither. */
  static StaffStatus parseStatus(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "在職", "active" -> StaffStatus.ACTIVE;
      case "休職", "on leave", "on_leave" -> StaffStatus.ON_LEAVE;
      case "退職", "left" -> StaffStatus.LEFT;
      default -> null;
    };
  }

  private static String cycleText(ReferenceGraph graph, int row, String[] keys) {
    int[] shown = graph.cycleFrom(row, CYCLE_SHOWN);
    StringBuilder text = new StringBuilder();
    for (int member : shown) {
      text.append(keys[member]).append(" → ");
    }
    text.append(graph.cycleLength(row) > shown.length ? "…" : keys[row]);
    return text.toString();
  }

  private static String nameOr(String name, String fallback) {
    return name == null || name.isBlank() ? fallback : name;
  }
}
