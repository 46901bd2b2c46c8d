package jp.city.lms.demo.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import jp.city.lms.demo.control.OrgPlan.DepartmentPlan;
import jp.city.lms.demo.control.OrgPlan.Profile;
import jp.city.lms.demo.control.OrgPlan.SectionPlan;
import jp.city.lms.demo.control.OrgPlan.TopPlan;
import jp.city.lms.platform.entity.FiscalYear;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Generates the demo city's HR registry: a Kitakyushu-like city hall (about twenty bureaus and the
 * seven ward offices) with its staff, as yearly full snapshots effective 1 April of FY2023 to
 * FY2026, in the form the HR feed delivers them (contract v1: {@code orgs.csv} and {@code
 * staff.csv}).
 *
 * <p>The LMS must be shown and load-tested with data that behaves like a real registry, so the
 * generator follows the city's personnel rules rather than drawing rows independently: every unit
 * has exactly one head (局長/室長/区長, 部長, 課長, 係長) and everyone's manager is the head of their own unit,
 * or of the parent unit for a head, so the manager chain mirrors the org tree and can have no
 * cycles. Between two Aprils about 3-4 % of staff retire or resign (long service weighs heavily),
 * 15-20 % of those who stay are transferred (a head who leaves is replaced by promotion from the
 * level below, so posts never stay empty or doubly filled), and new 係員 hired on 1 April keep the
 * headcount near the requested size. Employee numbers are seven digits, begin with the two-digit
 * fiscal year of hiring (leading zeros are significant) and never change.
 *
 * <p>Everything derives from the seed through {@link SplittableRandom} consumed in a fixed order
 * over sorted collections, so the same seed and size give the same files byte for byte. Four demo
 * accounts (an ordinary staff member, a section manager, a training-office member and a digital
 * office administrator) are exempt from retirement, transfer and leave so that demo logins work in
 * every year.
 */
public final class CityGenerator {

  public static final int FIRST_FISCAL_YEAR = 2023;
  public static final int LAST_FISCAL_YEAR = 2026;
  public static final int DEFAULT_STAFF_COUNT = 9_000;

  public static final String ACTIVE = "在職";
  public static final String ON_LEAVE = "休職";

  public static final String CHIEF = "主査";
  public static final String SENIOR = "主任";
  public static final String CLERK = "係員";

  public static final String ROLE_STAFF = "staff";
  public static final String ROLE_MANAGER = "manager";
  public static final String ROLE_TRAINING_OFFICE = "training-office";
  public static final String ROLE_ADMIN = "admin";

  static final String EMAIL_DOMAIN = "city.example.lg.jp";

  static final List<String> ORG_HEADERS = List.of("所属コード", "所属名", "上位所属コード", "種別");
  static final List<String> ORG_ALIASES = List.of("org_code", "org_name", "parent_code", "kind");
  static final List<String> STAFF_HEADERS =
      List.of("職員番号", "氏名", "氏名カナ", "所属コード", "職位", "職種", "採用年月日", "在職区分", "メール", "上長職員番号");
  static final List<String> STAFF_ALIASES =
      List.of(
          "employee_no",
          "name",
          "name_kana",
          "org_code",
          "position",
          "job_category",
          "hired_on",
          "status",
          "email",
          "manager_no");

  private static final String USAGE =
      "usage: --seed N --staff N --year 2023..2026 --out DIR [--encoding windows-31j] [--english]";

  /** An organisational unit as the feed describes it; {@code parentCode} is null for a top unit. */
  public record Org(String code, String name, String parentCode, String kind) {}

  /** A staff row as the feed describes it; {@code managerNo} is null for a top unit's head. */
  public record Person(
      String employeeNo,
      String name,
      String nameKana,
      String orgCode,
      String position,
      String jobCategory,
      LocalDate hiredOn,
      String status,
      String email,
      String managerNo) {}

  /** A full registry snapshot: orgs ordered by code, staff ordered by employee number. */
  public record Snapshot(LocalDate effective, List<Org> orgs, List<Person> staff) {
    public Snapshot {
      Objects.requireNonNull(effective, "effective");
      orgs = List.copyOf(orgs);
      staff = List.copyOf(staff);
    }
  }

  private final long seed;
  private final List<Snapshot> yearly;
  private final Map<String, String> demoAccounts;

  /**
   * Generates the city for FY2023 and lets it evolve to FY2026.
   *
   * @throws IllegalArgumentException if {@code staffCount} is too small to staff the organisation
   *     chart (about 1,500)
   */
  public CityGenerator(long seed, int staffCount) {
    this.seed = seed;
    CityHall hall = new CityHall(seed, staffCount);
    List<Snapshot> snapshots = new ArrayList<>();
    snapshots.add(hall.snapshot(april(FIRST_FISCAL_YEAR)));
    for (int year = FIRST_FISCAL_YEAR + 1; year <= LAST_FISCAL_YEAR; year++) {
      hall.advanceTo(year);
      snapshots.add(hall.snapshot(april(year)));
    }
    this.yearly = List.copyOf(snapshots);
    this.demoAccounts = hall.demoAccounts;
  }

  /** The registry as of 1 April of {@code fiscalYear} (2023..2026). */
  public Snapshot snapshot(int fiscalYear) {
    if (fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > LAST_FISCAL_YEAR) {
      throw new IllegalArgumentException(
          "fiscal year must be " + FIRST_FISCAL_YEAR + ".." + LAST_FISCAL_YEAR + ": " + fiscalYear);
    }
    return yearly.get(fiscalYear - FIRST_FISCAL_YEAR);
  }

  /**
   * Demo login accounts, role name to employee number, in the order staff, manager,
   * training-office, admin. They are the same people in every yearly snapshot.
   *
   * @throws IllegalArgumentException if one of them is not active in {@code fy}
   */
  public Map<String, String> demoAccounts(Snapshot fy) {
    Map<String, String> statusByNo = new HashMap<>();
    for (Person person : fy.staff()) {
      statusByNo.put(person.employeeNo(), person.status());
    }
    for (Map.Entry<String, String> account : demoAccounts.entrySet()) {
      if (!ACTIVE.equals(statusByNo.get(account.getValue()))) {
        throw new IllegalArgumentException(
            "demo account " + account.getKey() + " is not active in the snapshot");
      }
    }
    return demoAccounts;
  }

  /**
   * A mid-year variant of {@code base}: exactly {@code transfers} ordinary staff (never heads, so
   * every unit keeps its one head) move to another unit and report to its head, and exactly {@code
   * leavers} other ordinary staff are missing. Demo accounts are never touched. The result depends
   * only on the seed, the base and the arguments.
   *
   * @throws IllegalArgumentException if the base has too few eligible staff
   */
  public Snapshot withChanges(Snapshot base, int transfers, int leavers, LocalDate effective) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(effective, "effective");
    if (transfers < 0 || leavers < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    Map<String, Org> orgByCode = new HashMap<>();
    for (Org org : base.orgs()) {
      orgByCode.put(org.code(), org);
    }
    Map<String, String> headByOrg = new HashMap<>();
    for (Person person : base.staff()) {
      Org org = orgByCode.get(person.orgCode());
      if (org != null
          && org.kind() != null
          && headTitle(org.kind(), org.name()).equals(person.position())) {
        headByOrg.put(org.code(), person.employeeNo());
      }
    }
    Set<String> protectedNos = new HashSet<>(demoAccounts.values());
    List<Integer> eligible = new ArrayList<>();
    List<Person> staff = base.staff();
    for (int i = 0; i < staff.size(); i++) {
      Person person = staff.get(i);
      if (!protectedNos.contains(person.employeeNo())
          && !person.employeeNo().equals(headByOrg.get(person.orgCode()))) {
        eligible.add(i);
      }
    }
    SplittableRandom rng =
        new SplittableRandom(
            seed
                ^ (effective.toEpochDay() * 0x9E3779B97F4A7C15L)
                ^ ((long) transfers << 32)
                ^ leavers);
    shuffle(eligible, rng);
    if (leavers > eligible.size()) {
      throw new IllegalArgumentException("only " + eligible.size() + " staff can leave");
    }
    boolean[] leaving = new boolean[staff.size()];
    for (int i = 0; i < leavers; i++) {
      leaving[eligible.get(i)] = true;
    }
    List<Integer> destinations = new ArrayList<>();
    for (int i = 0; i < staff.size(); i++) {
      if (headByOrg.containsKey(staff.get(i).orgCode())) {
        destinations.add(i);
      }
    }
    Person[] changed = staff.toArray(new Person[0]);
    int moved = 0;
    for (int i = leavers; i < eligible.size() && moved < transfers; i++) {
      Person person = staff.get(eligible.get(i));
      if (!ACTIVE.equals(person.status())) {
        continue;
      }
      String to;
      do {
        to = staff.get(destinations.get(rng.nextInt(destinations.size()))).orgCode();
      } while (to.equals(person.orgCode()));
      changed[eligible.get(i)] =
          new Person(
              person.employeeNo(),
              person.name(),
              person.nameKana(),
              to,
              person.position(),
              person.jobCategory(),
              person.hiredOn(),
              person.status(),
              person.email(),
              headByOrg.get(to));
      moved++;
    }
    if (moved < transfers) {
      throw new IllegalArgumentException("only " + moved + " staff can be transferred");
    }
    List<Person> result = new ArrayList<>(staff.size() - leavers);
    for (int i = 0; i < changed.length; i++) {
      if (!leaving[i]) {
        result.add(changed[i]);
      }
    }
    return new Snapshot(effective, base.orgs(), result);
  }

  /**
   * Writes {@code orgs.csv} and {@code staff.csv} into {@code dir} per HR feed contract v1: header
   * row (Japanese names, or the English aliases), RFC 4180 with CRLF, dates as YYYY-MM-DD, no BOM.
   * A character the charset cannot encode fails the write instead of turning into '?'.
   *
   * @throws UncheckedIOException if the files cannot be written or encoded
   */
  public static void write(Snapshot s, Path dir, Charset charset, boolean englishHeaders) {
    try {
      Files.createDirectories(dir);
      try (CSVPrinter printer =
          printer(dir.resolve("orgs.csv"), charset, englishHeaders ? ORG_ALIASES : ORG_HEADERS)) {
        for (Org org : s.orgs()) {
          printer.printRecord(org.code(), org.name(), org.parentCode(), org.kind());
        }
      }
      try (CSVPrinter printer =
          printer(
              dir.resolve("staff.csv"), charset, englishHeaders ? STAFF_ALIASES : STAFF_HEADERS)) {
        for (Person p : s.staff()) {
          printer.printRecord(
              p.employeeNo(),
              p.name(),
              p.nameKana(),
              p.orgCode(),
              p.position(),
              p.jobCategory(),
              p.hiredOn() == null ? null : p.hiredOn().toString(),
              p.status(),
              p.email(),
              p.managerNo());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the registry snapshot to " + dir, e);
    }
  }

  /**
   * Writes one yearly snapshot: {@code --seed 2023 --staff 9000 --year 2025 --out DIR [--encoding
   * windows-31j] [--english]}.
   */
  public static void main(String[] args) {
    long seed = FIRST_FISCAL_YEAR;
    int staff = DEFAULT_STAFF_COUNT;
    int year = 2025;
    Path out = null;
    Charset charset = StandardCharsets.UTF_8;
    boolean english = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(value(args, ++i));
        case "--staff" -> staff = Integer.parseInt(value(args, ++i));
        case "--year" -> year = Integer.parseInt(value(args, ++i));
        case "--out" -> out = Path.of(value(args, ++i));
        case "--encoding" -> charset = Charset.forName(value(args, ++i));
        case "--english" -> english = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
      }
    }
    if (out == null) {
      throw new IllegalArgumentException(USAGE);
    }
    Snapshot snapshot = new CityGenerator(seed, staff).snapshot(year);
    write(snapshot, out, charset, english);
    System.out.printf(
        "FY%d (%s): %d orgs, %d staff written to %s in %s%n",
        year,
        snapshot.effective(),
        snapshot.orgs().size(),
        snapshot.staff().size(),
        out.toAbsolutePath(),
        charset.name());
  }

  /** The title of a unit's head: 局長 (室長 for an office), 区長, 部長, 課長 or 係長. */
  static String headTitle(String kind, String orgName) {
    return switch (kind) {
      case OrgPlan.BUREAU -> orgName.endsWith("室") ? "室長" : "局長";
      case OrgPlan.WARD -> "区長";
      default -> kind + "長";
    };
  }

  private static CSVPrinter printer(Path file, Charset charset, List<String> headers)
      throws IOException {
    Writer writer = Files.newBufferedWriter(file, charset);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader(headers.toArray(new String[0]))
            .setRecordSeparator("\r\n")
            .get();
    return new CSVPrinter(writer, format);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value; " + USAGE);
    }
    return args[i];
  }

  private static LocalDate april(int fiscalYear) {
    return FiscalYear.of(fiscalYear).getStart();
  }

  private static <T> void shuffle(List<T> list, SplittableRandom rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, rng.nextInt(i + 1));
    }
  }

  /** A unit of the organisation chart while the city evolves. */
  private static final class OrgUnit {
    final String code;
    final OrgUnit parent;
    final String kind;
    final int level;
    final Profile profile;
    final double staffing;
    final double weight;
    String name;
    Member head;
    int headcountAtStart;

    OrgUnit(
        String code,
        String name,
        OrgUnit parent,
        String kind,
        int level,
        Profile profile,
        double staffing,
        double weight) {
      this.code = code;
      this.name = name;
      this.parent = parent;
      this.kind = kind;
      this.level = level;
      this.profile = profile;
      this.staffing = staffing;
      this.weight = weight;
    }

    String headTitle() {
      return CityGenerator.headTitle(kind, name);
    }

    OrgUnit top() {
      OrgUnit unit = this;
      while (unit.parent != null) {
        unit = unit.parent;
      }
      return unit;
    }

    boolean within(OrgUnit ancestor) {
      for (OrgUnit unit = this; unit != null; unit = unit.parent) {
        if (unit == ancestor) {
          return true;
        }
      }
      return false;
    }
  }

  /** A staff member while the city evolves. */
  private static final class Member {
    final String employeeNo;
    final StaffNames.FullName name;
    final LocalDate hiredOn;
    final String jobCategory;
    OrgUnit org;
    String position;
    String status = ACTIVE;
    boolean demo;
    boolean moved;
    boolean leaving;

    Member(
        String employeeNo,
        StaffNames.FullName name,
        LocalDate hiredOn,
        String jobCategory,
        OrgUnit org,
        String position) {
      this.employeeNo = employeeNo;
      this.name = name;
      this.hiredOn = hiredOn;
      this.jobCategory = jobCategory;
      this.org = org;
      this.position = position;
    }

    boolean isHead() {
      return org.head == this;
    }

    int service(int fiscalYear) {
      return fiscalYear - FiscalYear.of(hiredOn).getYear();
    }

    Person toPerson() {
      Member manager = isHead() ? (org.parent == null ? null : org.parent.head) : org.head;
      return new Person(
          employeeNo,
          name.name(),
          name.kana(),
          org.code,
          position,
          jobCategory,
          hiredOn,
          status,
          "e" + employeeNo + "@" + EMAIL_DOMAIN,
          manager == null ? null : manager.employeeNo);
    }
  }

  /** Candidates for promotion into head posts of one level, drawn without repetition. */
  private static final class PromotionPool {
    private final List<Member> candidates;
    private int next;

    PromotionPool(List<Member> candidates) {
      this.candidates = candidates;
    }

    Member draw(OrgUnit post) {
      for (int i = next; i < candidates.size(); i++) {
        Member candidate = candidates.get(i);
        if (!candidate.moved && candidate.org != post && ACTIVE.equals(candidate.status)) {
          Collections.swap(candidates, i, next);
          next++;
          return candidate;
        }
      }
      return null;
    }
  }

  /** The mutable city hall from which the yearly snapshots are taken. */
  private static final class CityHall {
    private static final int FIRST_TOP_CODE = 11;
    private static final int FIRST_WARD_CODE = 71;
    private static final String[] JOB_CATEGORIES = {"事務", "技術", "保健師", "福祉", "技能労務", "デジタル"};

    private final SplittableRandom master;
    private final int staffCount;
    private final TreeMap<String, OrgUnit> units = new TreeMap<>();
    private final List<Member> staff = new ArrayList<>();
    private final int[] serialByHireYear = new int[200];
    private final Map<String, String> demoAccounts;
    private List<OrgUnit> weighted;
    private double[] cumulativeWeight;
    private int fiscalYear = FIRST_FISCAL_YEAR;

    CityHall(long seed, int staffCount) {
      this.master = new SplittableRandom(seed);
      this.staffCount = staffCount;
      SplittableRandom rng = master.split();
      buildOrganisation(rng);
      long sectionUnits = units.values().stream().filter(u -> u.kind.equals(OrgPlan.UNIT)).count();
      long minimum = units.size() + 2 * sectionUnits;
      if (staffCount < minimum) {
        throw new IllegalArgumentException(
            "staffCount " + staffCount + " is below " + minimum + " needed for this org chart");
      }
      rebuildWeights();
      staffOrganisation(rng);
      this.demoAccounts = chooseDemoAccounts(rng);
    }

    Snapshot snapshot(LocalDate effective) {
      List<Org> orgs = new ArrayList<>(units.size());
      for (OrgUnit unit : units.values()) {
        orgs.add(
            new Org(
                unit.code, unit.name, unit.parent == null ? null : unit.parent.code, unit.kind));
      }
      List<Member> ordered = new ArrayList<>(staff);
      ordered.sort(Comparator.comparing(m -> m.employeeNo));
      List<Person> people = new ArrayList<>(ordered.size());
      for (Member member : ordered) {
        people.add(member.toPerson());
      }
      return new Snapshot(effective, orgs, people);
    }

    /** One personnel round: reorganisation, leavers, promotions, transfers, leave, hires. */
    void advanceTo(int year) {
      fiscalYear = year;
      SplittableRandom rng = master.split();
      for (Member member : staff) {
        member.moved = false;
      }
      List<OrgUnit> created = reorganise(year);
      rebuildWeights();
      int before = staff.size();
      dropLeavers(rng, (int) Math.round(before * (0.03 + 0.01 * rng.nextDouble())));
      int transfers = (int) Math.round(staff.size() * (0.155 + 0.04 * rng.nextDouble()));
      int moved = fillHeadPosts(rng);
      moved += staffNewUnits(rng, created);
      transferOrdinaryStaff(rng, transfers - moved);
      updateLeave(rng);
      int hires =
          staffCount
              - staff.size()
              + (int) Math.round(staffCount * 0.004 * (2 * rng.nextDouble() - 1));
      for (int i = 0; i < hires; i++) {
        OrgUnit unit = pickUnit(rng);
        staff.add(newMember(rng, unit, CLERK, 0));
      }
    }

    private void buildOrganisation(SplittableRandom rng) {
      int topNo = FIRST_TOP_CODE;
      for (TopPlan plan : OrgPlan.BUREAUS) {
        addTop(rng, plan, topNo++);
      }
      topNo = FIRST_WARD_CODE;
      for (TopPlan plan : OrgPlan.WARDS) {
        addTop(rng, plan, topNo++);
      }
    }

    private void addTop(SplittableRandom rng, TopPlan plan, int topNo) {
      OrgUnit top =
          add(rng, code(topNo, 0, 0, 0), plan.name(), null, plan.kind(), 0, plan.profile());
      List<DepartmentPlan> departments = plan.departments();
      if (departments.get(0).direct()) {
        boolean ward = plan.kind().equals(OrgPlan.WARD);
        addSections(rng, top, topNo, 0, departments.get(0).sections(), ward ? 4 : 2, ward ? 7 : 6);
        return;
      }
      int count = between(rng, 2, Math.min(4, departments.size()));
      for (int d = 0; d < count; d++) {
        DepartmentPlan departmentPlan = departments.get(d);
        OrgUnit department =
            add(
                rng,
                code(topNo, d + 1, 0, 0),
                departmentPlan.name(),
                top,
                OrgPlan.DEPARTMENT,
                1,
                plan.profile());
        addSections(rng, department, topNo, d + 1, departmentPlan.sections(), 2, 6);
      }
    }

    private void addSections(
        SplittableRandom rng,
        OrgUnit parent,
        int topNo,
        int departmentNo,
        List<SectionPlan> sections,
        int min,
        int max) {
      int count = between(rng, Math.min(min, sections.size()), Math.min(max, sections.size()));
      for (int s = 0; s < count; s++) {
        SectionPlan plan = sections.get(s);
        OrgUnit section =
            add(
                rng,
                code(topNo, departmentNo, s + 1, 0),
                plan.name(),
                parent,
                OrgPlan.SECTION,
                2,
                plan.profile());
        List<String> names;
        if (plan.units().isEmpty()) {
          List<String> generic = new ArrayList<>(OrgPlan.GENERIC_UNITS);
          shuffle(generic, rng);
          names = generic.subList(0, between(rng, 1, 4));
        } else {
          int size = plan.units().size();
          names = plan.units().subList(0, between(rng, Math.min(2, size), Math.min(4, size)));
        }
        for (int u = 0; u < names.size(); u++) {
          add(
              rng,
              code(topNo, departmentNo, s + 1, u + 1),
              names.get(u),
              section,
              OrgPlan.UNIT,
              3,
              plan.profile());
        }
      }
    }

    private OrgUnit add(
        SplittableRandom rng,
        String code,
        String name,
        OrgUnit parent,
        String kind,
        int level,
        Profile profile) {
      double staffing = parent == null ? topStaffing(name) : parent.staffing;
      double base =
          switch (level) {
            case 0 -> 0.1;
            case 1 -> 0.05;
            case 2 -> 0.4;
            default -> 1.0;
          };
      double weight = base * staffing * (0.6 + 0.8 * rng.nextDouble());
      OrgUnit unit = new OrgUnit(code, name, parent, kind, level, profile, staffing, weight);
      if (units.put(code, unit) != null) {
        throw new IllegalStateException("duplicate org code " + code);
      }
      return unit;
    }

    private static double topStaffing(String name) {
      for (TopPlan plan : OrgPlan.BUREAUS) {
        if (plan.name().equals(name)) {
          return plan.staffing();
        }
      }
      for (TopPlan plan : OrgPlan.WARDS) {
        if (plan.name().equals(name)) {
          return plan.staffing();
        }
      }
      return 1.0;
    }

    private void staffOrganisation(SplittableRandom rng) {
      for (OrgUnit unit : units.values()) {
        Member head = newMember(rng, unit, unit.headTitle(), headService(rng, unit.level));
        unit.head = head;
        staff.add(head);
      }
      for (OrgUnit unit : units.values()) {
        if (unit.kind.equals(OrgPlan.UNIT)) {
          staff.add(newOrdinary(rng, unit));
          staff.add(newOrdinary(rng, unit));
        }
      }
      while (staff.size() < staffCount) {
        staff.add(newOrdinary(rng, pickUnit(rng)));
      }
    }

    private Member newOrdinary(SplittableRandom rng, OrgUnit unit) {
      double draw = rng.nextDouble();
      Member member;
      if (draw < 0.15) {
        member = newMember(rng, unit, CHIEF, between(rng, 10, 35));
      } else if (draw < 0.37) {
        member = newMember(rng, unit, SENIOR, between(rng, 5, 25));
      } else {
        member = newMember(rng, unit, CLERK, Math.min(between(rng, 0, 20), between(rng, 0, 20)));
      }
      if (rng.nextDouble() < 0.015) {
        member.status = ON_LEAVE;
      }
      return member;
    }

    private static int headService(SplittableRandom rng, int level) {
      return switch (level) {
        case 0 -> between(rng, 33, 38);
        case 1 -> between(rng, 29, 37);
        case 2 -> between(rng, 22, 36);
        default -> between(rng, 14, 33);
      };
    }

    private Member newMember(SplittableRandom rng, OrgUnit unit, String position, int service) {
      int hireYear = fiscalYear - service;
      LocalDate hiredOn = april(hireYear);
      if (service > 0 && rng.nextDouble() < 0.08) {
        hiredOn = hiredOn.plusMonths(1 + rng.nextInt(11));
      }
      int serial = ++serialByHireYear[hireYear - 1900];
      String employeeNo = digits(hireYear % 100, 2) + digits(serial, 5);
      return new Member(
          employeeNo,
          StaffNames.draw(rng),
          hiredOn,
          jobCategory(rng, unit.profile, unit.level <= 1),
          unit,
          position);
    }

    private static String jobCategory(SplittableRandom rng, Profile profile, boolean executive) {
      if (executive) {
        return profile == Profile.TECHNICAL && rng.nextDouble() < 0.6 ? "技術" : "事務";
      }
      int[] weights =
          switch (profile) {
            case GENERAL -> new int[] {76, 8, 1, 3, 11, 1};
            case TECHNICAL -> new int[] {32, 54, 0, 0, 13, 1};
            case WELFARE -> new int[] {52, 5, 18, 19, 5, 1};
            case DIGITAL -> new int[] {60, 15, 0, 0, 0, 25};
          };
      int draw = rng.nextInt(100);
      for (int i = 0; i < weights.length; i++) {
        draw -= weights[i];
        if (draw < 0) {
          return JOB_CATEGORIES[i];
        }
      }
      return JOB_CATEGORIES[0];
    }

    private Map<String, String> chooseDemoAccounts(SplittableRandom rng) {
      for (Member member : staff) {
        for (OrgUnit unit = member.org; unit != null; unit = unit.parent) {
          unit.headcountAtStart++;
        }
      }
      OrgUnit training = find("総務局", "人事部", "人事課", "研修係");
      OrgUnit digitalOffice = find("デジタル市役所推進室", "DX推進課");
      Map<String, String> accounts = new LinkedHashMap<>();
      accounts.put(
          ROLE_STAFF,
          demo(
              rng,
              m ->
                  m.position.equals(CLERK)
                      && m.org.kind.equals(OrgPlan.UNIT)
                      && m.org.top().kind.equals(OrgPlan.WARD)));
      accounts.put(
          ROLE_MANAGER,
          demo(
              rng,
              m ->
                  m.isHead()
                      && m.org.kind.equals(OrgPlan.SECTION)
                      && m.org.headcountAtStart - 1 >= 10));
      accounts.put(ROLE_TRAINING_OFFICE, demo(rng, m -> !m.isHead() && m.org == training));
      accounts.put(ROLE_ADMIN, demo(rng, m -> !m.isHead() && m.org.within(digitalOffice)));
      return Collections.unmodifiableMap(accounts);
    }

    private String demo(SplittableRandom rng, Predicate<Member> role) {
      List<Member> candidates = new ArrayList<>();
      for (Member member : staff) {
        if (!member.demo && ACTIVE.equals(member.status) && role.test(member)) {
          candidates.add(member);
        }
      }
      if (candidates.isEmpty()) {
        throw new IllegalStateException("no candidate for a demo account");
      }
      Member chosen = candidates.get(rng.nextInt(candidates.size()));
      chosen.demo = true;
      return chosen.employeeNo;
    }

    private OrgUnit find(String... path) {
      OrgUnit current = null;
      for (String name : path) {
        OrgUnit found = null;
        for (OrgUnit unit : units.values()) {
          if (unit.parent == current && unit.name.equals(name)) {
            found = unit;
            break;
          }
        }
        if (found == null) {
          throw new IllegalStateException("no unit " + String.join(" > ", path));
        }
        current = found;
      }
      return current;
    }

    /** The few org-chart changes between years, so that imports have history to keep. */
    private List<OrgUnit> reorganise(int year) {
      List<OrgUnit> created = new ArrayList<>();
      switch (year) {
        case 2024 -> find("企画調整局", "政策部", "政策調整課").name = "政策推進課";
        case 2025 -> {
          OrgUnit office = find("デジタル市役所推進室");
          OrgUnit section = addChild(office, "データ利活用推進課", OrgPlan.SECTION, Profile.DIGITAL);
          created.add(section);
          created.add(addChild(section, "データ連携係", OrgPlan.UNIT, Profile.DIGITAL));
        }
        case 2026 ->
            created.add(
                addChild(find("総務局", "人事部", "人事課"), "DX人材育成係", OrgPlan.UNIT, Profile.GENERAL));
        default -> {}
      }
      return created;
    }

    private OrgUnit addChild(OrgUnit parent, String name, String kind, Profile profile) {
      int max = 0;
      for (OrgUnit unit : units.values()) {
        if (unit.parent == parent) {
          int number =
              kind.equals(OrgPlan.UNIT)
                  ? unit.code.charAt(5) - '0'
                  : Integer.parseInt(unit.code.substring(3, 5));
          max = Math.max(max, number);
        }
      }
      String code =
          kind.equals(OrgPlan.UNIT)
              ? parent.code.substring(0, 5) + (max + 1)
              : parent.code.substring(0, 3) + digits(max + 1, 2) + "0";
      int level = kind.equals(OrgPlan.UNIT) ? 3 : 2;
      double weight = (level == 3 ? 1.0 : 0.4) * parent.staffing;
      OrgUnit unit = new OrgUnit(code, name, parent, kind, level, profile, parent.staffing, weight);
      if (units.put(code, unit) != null) {
        throw new IllegalStateException("duplicate org code " + code);
      }
      return unit;
    }

    /**
     * Retirement and resignation: long service (38 years, the retirement age for someone hired at
     * 22) weighs heavily, staff on leave somewhat; demo accounts never leave. Weighted sampling
     * without replacement by exponential keys.
     */
    private void dropLeavers(SplittableRandom rng, int count) {
      double[] keys = new double[staff.size()];
      for (int i = 0; i < keys.length; i++) {
        Member member = staff.get(i);
        int service = member.service(fiscalYear);
        double weight = service >= 38 ? 80 : service >= 34 ? 3 : 1;
        if (ON_LEAVE.equals(member.status)) {
          weight *= 4;
        }
        double key = Math.log(rng.nextDouble()) / weight;
        keys[i] = member.demo ? Double.NEGATIVE_INFINITY : key;
      }
      count = Math.min(count, keys.length - demoAccounts.size());
      if (count <= 0) {
        return;
      }
      double[] sorted = keys.clone();
      Arrays.sort(sorted);
      double threshold = sorted[keys.length - count];
      int left = 0;
      for (int i = 0; i < keys.length && left < count; i++) {
        Member member = staff.get(i);
        if (keys[i] >= threshold && !member.demo) {
          member.leaving = true;
          if (member.isHead()) {
            member.org.head = null;
          }
          left++;
        }
      }
      staff.removeIf(m -> m.leaving);
    }

    /**
     * Fills every vacant head post, top level first: some heads rotate to another post of the same
     * level, the rest of the posts are filled by promoting a head from the level below (whose post
     * becomes vacant in turn) or, for 係長, a 主査 or 主任. Returns how many people moved.
     */
    private int fillHeadPosts(SplittableRandom rng) {
      List<List<OrgUnit>> vacant = new ArrayList<>();
      for (int level = 0; level <= 3; level++) {
        vacant.add(new ArrayList<>());
      }
      for (OrgUnit unit : units.values()) {
        if (unit.head == null) {
          vacant.get(unit.level).add(unit);
        }
      }
      PromotionPool[] pools = new PromotionPool[4];
      int moves = 0;
      for (int level = 0; level <= 3; level++) {
        List<OrgUnit> posts = vacant.get(level);
        List<Member> rotators = rotators(rng, level);
        for (Member rotator : rotators) {
          posts.add(rotator.org);
          rotator.org.head = null;
        }
        shuffle(posts, rng);
        for (Member rotator : rotators) {
          OrgUnit own = rotator.org;
          int index = -1;
          for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i) != own) {
              index = i;
              break;
            }
          }
          if (index < 0) {
            posts.remove(own);
            own.head = rotator;
          } else {
            seat(rotator, posts.remove(index));
            moves++;
          }
        }
        for (OrgUnit post : posts) {
          Member promoted = null;
          for (int from = level; from <= 3 && promoted == null; from++) {
            if (pools[from] == null) {
              pools[from] = promotionPool(rng, from);
            }
            promoted = pools[from].draw(post);
          }
          if (promoted == null) {
            throw new IllegalStateException("nobody left to promote to " + post.name);
          }
          if (promoted.isHead()) {
            vacant.get(promoted.org.level).add(promoted.org);
            promoted.org.head = null;
          }
          seat(promoted, post);
          moves++;
        }
      }
      return moves;
    }

    private List<Member> rotators(SplittableRandom rng, int level) {
      List<Member> heads = new ArrayList<>();
      for (OrgUnit unit : units.values()) {
        if (unit.level == level && unit.head != null && !unit.head.demo && !unit.head.moved) {
          heads.add(unit.head);
        }
      }
      int count = (int) Math.round(heads.size() * (level == 0 ? 0.05 : 0.10));
      shuffle(heads, rng);
      return new ArrayList<>(heads.subList(0, count));
    }

    /** Who can be promoted into a post of {@code level}: heads one level down, or 主査 then 主任. */
    private PromotionPool promotionPool(SplittableRandom rng, int level) {
      List<Member> candidates = new ArrayList<>();
      if (level < 3) {
        for (OrgUnit unit : units.values()) {
          if (unit.level == level + 1 && unit.head != null && !unit.head.demo) {
            candidates.add(unit.head);
          }
        }
        shuffle(candidates, rng);
      } else {
        List<Member> seniors = new ArrayList<>();
        for (Member member : staff) {
          if (!member.demo && !member.isHead()) {
            if (member.position.equals(CHIEF)) {
              candidates.add(member);
            } else if (member.position.equals(SENIOR)) {
              seniors.add(member);
            }
          }
        }
        shuffle(candidates, rng);
        shuffle(seniors, rng);
        candidates.addAll(seniors);
      }
      return new PromotionPool(candidates);
    }

    private static void seat(Member member, OrgUnit post) {
      member.org = post;
      member.position = post.headTitle();
      member.status = ACTIVE;
      member.moved = true;
      post.head = member;
    }

    private int staffNewUnits(SplittableRandom rng, List<OrgUnit> created) {
      int moves = 0;
      for (OrgUnit unit : created) {
        List<Member> pool = ordinaryMovers();
        int count = Math.min(3 + rng.nextInt(3), pool.size());
        for (int i = 0; i < count; i++) {
          Collections.swap(pool, i, i + rng.nextInt(pool.size() - i));
          Member member = pool.get(i);
          if (member.org != unit) {
            member.org = unit;
            member.moved = true;
            moves++;
          }
        }
      }
      return moves;
    }

    /** Ordinary staff transfers; some are promoted one step (係員 to 主任, 主任 to 主査) on the move. */
    private void transferOrdinaryStaff(SplittableRandom rng, int count) {
      List<Member> pool = ordinaryMovers();
      count = Math.min(count, pool.size());
      for (int i = 0; i < count; i++) {
        Collections.swap(pool, i, i + rng.nextInt(pool.size() - i));
        Member member = pool.get(i);
        OrgUnit to;
        do {
          to = pickUnit(rng);
        } while (to == member.org);
        int service = member.service(fiscalYear);
        if (member.position.equals(CLERK) && service >= 6 && rng.nextDouble() < 0.35) {
          member.position = SENIOR;
        } else if (member.position.equals(SENIOR) && service >= 12 && rng.nextDouble() < 0.3) {
          member.position = CHIEF;
        }
        member.org = to;
        member.moved = true;
      }
    }

    private List<Member> ordinaryMovers() {
      List<Member> pool = new ArrayList<>();
      for (Member member : staff) {
        if (!member.demo && !member.moved && !member.isHead() && ACTIVE.equals(member.status)) {
          pool.add(member);
        }
      }
      return pool;
    }

    /** About 1.5 % of ordinary staff are on leave at any time; half come back each year. */
    private void updateLeave(SplittableRandom rng) {
      for (Member member : staff) {
        double draw = rng.nextDouble();
        if (member.demo || member.isHead()) {
          continue;
        }
        if (ON_LEAVE.equals(member.status)) {
          if (draw < 0.5) {
            member.status = ACTIVE;
          }
        } else if (draw < 0.0076) {
          member.status = ON_LEAVE;
        }
      }
    }

    private void rebuildWeights() {
      weighted = new ArrayList<>(units.values());
      cumulativeWeight = new double[weighted.size()];
      double total = 0;
      for (int i = 0; i < weighted.size(); i++) {
        total += weighted.get(i).weight;
        cumulativeWeight[i] = total;
      }
    }

    private OrgUnit pickUnit(SplittableRandom rng) {
      double target = rng.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1];
      int index = Arrays.binarySearch(cumulativeWeight, target);
      if (index < 0) {
        index = -index - 1;
      }
      return weighted.get(Math.min(index, weighted.size() - 1));
    }

    private static int between(SplittableRandom rng, int min, int max) {
      return min + rng.nextInt(max - min + 1);
    }

    private static String code(int top, int department, int section, int unit) {
      return digits(top, 2) + department + digits(section, 2) + unit;
    }

    /** Zero-padded decimal; the registry's codes and numbers are fixed-width digit strings. */
    private static String digits(int value, int width) {
      String text = Integer.toString(value);
      return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }
  }
}
