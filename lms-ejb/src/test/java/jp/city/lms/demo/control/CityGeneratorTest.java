package jp.city.lms.demo.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.city.lms.demo.control.CityGenerator.Org;
import jp.city.lms.demo.control.CityGenerator.Person;
import jp.city.lms.demo.control.CityGenerator.Snapshot;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated registry must look like the city's real HR export to the importer: consistent org
 * tree and manager chains, one head per unit, realistic yearly churn, stable demo accounts, and
 * files that follow contract v1 byte for byte in both accepted encodings.
 */
class CityGeneratorTest {

  private static final long SEED = 2023;
  private static final int STAFF = CityGenerator.DEFAULT_STAFF_COUNT;
  private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
  private static final Set<String> HEAD_TITLES = Set.of("局長", "室長", "区長", "部長", "課長", "係長");
  private static final Set<String> WARDS =
      Set.of("門司区役所", "小倉北区役所", "小倉南区役所", "若松区役所", "八幡東区役所", "八幡西区役所", "戸畑区役所");

  private static CityGenerator city;

  @BeforeAll
  static void generate() {
    city = new CityGenerator(SEED, STAFF);
  }

  @Test
  void sameSeedAndSizeGiveIdenticalFiles(@TempDir Path dir) throws Exception {
    CityGenerator again = new CityGenerator(SEED, STAFF);
    for (int year = 2023; year <= 2026; year++) {
      Path first = dir.resolve("a" + year);
      Path second = dir.resolve("b" + year);
      CityGenerator.write(city.snapshot(year), first, StandardCharsets.UTF_8, false);
      CityGenerator.write(again.snapshot(year), second, StandardCharsets.UTF_8, false);
      for (String file : List.of("orgs.csv", "staff.csv")) {
        assertArrayEquals(
            Files.readAllBytes(first.resolve(file)),
            Files.readAllBytes(second.resolve(file)),
            year + " " + file);
      }
    }
    assertEquals(city.demoAccounts(city.snapshot(2023)), again.demoAccounts(again.snapshot(2023)));
  }

  @Test
  void differentSeedGivesDifferentStaff(@TempDir Path dir) throws Exception {
    CityGenerator other = new CityGenerator(SEED + 1, STAFF);
    CityGenerator.write(city.snapshot(2023), dir.resolve("a"), StandardCharsets.UTF_8, false);
    CityGenerator.write(other.snapshot(2023), dir.resolve("b"), StandardCharsets.UTF_8, false);
    assertFalse(
        Arrays.equals(
            Files.readAllBytes(dir.resolve("a/staff.csv")),
            Files.readAllBytes(dir.resolve("b/staff.csv"))));
  }

  @Test
  void sizeStaysWithinFivePercentOfStaffCountEveryYear() {
    for (int year = 2023; year <= 2026; year++) {
      int size = city.snapshot(year).staff().size();
      assertTrue(Math.abs(size - STAFF) <= STAFF * 0.05, year + ": " + size);
    }
  }

  @Test
  void snapshotsAreEffectiveFirstAprilAndOutsideYearsAreRejected() {
    for (int year = 2023; year <= 2026; year++) {
      assertEquals(LocalDate.of(year, 4, 1), city.snapshot(year).effective());
    }
    assertThrows(IllegalArgumentException.class, () -> city.snapshot(2022));
    assertThrows(IllegalArgumentException.class, () -> city.snapshot(2027));
  }

  @Test
  void topUnitsAreAboutTwentyBureausAndExactlyTheSevenWards() {
    for (int year = 2023; year <= 2026; year++) {
      List<Org> tops =
          city.snapshot(year).orgs().stream().filter(o -> o.parentCode() == null).toList();
      long bureaus = tops.stream().filter(o -> o.kind().equals("局")).count();
      assertTrue(bureaus >= 18 && bureaus <= 24, "bureaus " + bureaus);
      Set<String> wards =
          tops.stream()
              .filter(o -> o.kind().equals("区"))
              .map(Org::name)
              .collect(Collectors.toSet());
      assertEquals(WARDS, wards);
      assertEquals(bureaus + 7, tops.size());
    }
  }

  @Test
  void organisationHasTheTrainingOfficeAndTheDigitalOffice() {
    Snapshot fy = city.snapshot(2023);
    assertNotNull(unit(fy, "総務局", "人事部", "人事課", "研修係"));
    assertNotNull(unit(fy, "デジタル市役所推進室", "DX推進課"));
    Map<String, Long> kinds =
        fy.orgs().stream().collect(Collectors.groupingBy(Org::kind, Collectors.counting()));
    assertEquals(Set.of("局", "区", "部", "課", "係"), kinds.keySet());
    assertTrue(fy.orgs().stream().allMatch(o -> o.code().matches("\\d{6}")));
  }

  @Test
  void everySnapshotIsConsistent() {
    for (int year = 2023; year <= 2026; year++) {
      assertConsistent(city.snapshot(year));
    }
  }

  @Test
  void smallerCitiesWithOtherSeedsAreConsistentToo() {
    for (long seed = 1; seed <= 3; seed++) {
      CityGenerator small = new CityGenerator(seed, 3_000);
      for (int year = 2023; year <= 2026; year++) {
        assertConsistent(small.snapshot(year));
        assertTrue(Math.abs(small.snapshot(year).staff().size() - 3_000) <= 150);
      }
      assertTransfersBetweenFifteenAndTwentyPercent(small);
    }
  }

  @Test
  void transfersBetweenConsecutiveYearsAreFifteenToTwentyPercent() {
    assertTransfersBetweenFifteenAndTwentyPercent(city);
  }

  private static void assertTransfersBetweenFifteenAndTwentyPercent(CityGenerator city) {
    for (int year = 2023; year < 2026; year++) {
      Map<String, Person> before = byNo(city.snapshot(year));
      Map<String, Person> after = byNo(city.snapshot(year + 1));
      int stayed = 0;
      int transferred = 0;
      int promoted = 0;
      for (Person now : after.values()) {
        Person then = before.get(now.employeeNo());
        if (then == null) {
          continue;
        }
        stayed++;
        assertEquals(then.name(), now.name());
        assertEquals(then.hiredOn(), now.hiredOn());
        if (!then.orgCode().equals(now.orgCode()) || !then.position().equals(now.position())) {
          transferred++;
        }
        if (!then.position().equals(now.position())) {
          promoted++;
        }
      }
      double rate = (double) transferred / stayed;
      assertTrue(rate >= 0.15 && rate <= 0.20, year + "->" + (year + 1) + ": " + rate);
      assertTrue(promoted > 0, "some transfers come with a promotion");
    }
  }

  @Test
  void staffLeaveAndNewStaffAreHiredOnFirstApril() {
    for (int year = 2023; year < 2026; year++) {
      Map<String, Person> before = byNo(city.snapshot(year));
      Map<String, Person> after = byNo(city.snapshot(year + 1));
      long leavers = before.keySet().stream().filter(no -> !after.containsKey(no)).count();
      List<Person> hires =
          after.values().stream().filter(p -> !before.containsKey(p.employeeNo())).toList();
      double leaverRate = (double) leavers / before.size();
      assertTrue(leaverRate >= 0.029 && leaverRate <= 0.041, "leavers " + leaverRate);
      assertFalse(hires.isEmpty());
      LocalDate april = LocalDate.of(year + 1, 4, 1);
      for (Person hire : hires) {
        assertEquals(april, hire.hiredOn());
        assertEquals(CityGenerator.CLERK, hire.position());
      }
    }
  }

  @Test
  void renamedAndNewUnitsGiveTheOrgChartHistory() {
    Map<String, Org> fy2023 = byCode(city.snapshot(2023));
    Map<String, Org> fy2026 = byCode(city.snapshot(2026));
    assertTrue(fy2026.keySet().containsAll(fy2023.keySet()));
    assertTrue(fy2026.size() > fy2023.size());
    assertTrue(
        fy2023.values().stream().anyMatch(o -> !o.name().equals(fy2026.get(o.code()).name())));
  }

  @Test
  void demoAccountsAreActiveAndUnchangedInEveryYear() {
    Snapshot first = city.snapshot(2023);
    Map<String, String> accounts = city.demoAccounts(first);
    assertEquals(
        List.of("staff", "manager", "training-office", "admin"), List.copyOf(accounts.keySet()));
    Map<String, Person> people = byNo(first);
    Map<String, Org> orgs = byCode(first);

    Person staff = people.get(accounts.get("staff"));
    assertEquals(CityGenerator.CLERK, staff.position());
    assertEquals("係", orgs.get(staff.orgCode()).kind());
    assertEquals("区", top(orgs, staff.orgCode()).kind());

    Person manager = people.get(accounts.get("manager"));
    assertEquals("課長", manager.position());
    long below =
        first.staff().stream()
            .filter(p -> within(orgs, p.orgCode(), manager.orgCode()))
            .filter(p -> !p.employeeNo().equals(manager.employeeNo()))
            .count();
    assertTrue(below >= 10, "people below the manager: " + below);

    Person training = people.get(accounts.get("training-office"));
    assertEquals(unit(first, "総務局", "人事部", "人事課", "研修係").code(), training.orgCode());

    Person admin = people.get(accounts.get("admin"));
    assertEquals("デジタル市役所推進室", top(orgs, admin.orgCode()).name());

    for (int year = 2023; year <= 2026; year++) {
      Snapshot fy = city.snapshot(year);
      assertEquals(accounts, city.demoAccounts(fy));
      Map<String, Person> now = byNo(fy);
      for (String no : accounts.values()) {
        Person then = people.get(no);
        Person current = now.get(no);
        assertNotNull(current, year + " " + no);
        assertEquals(CityGenerator.ACTIVE, current.status());
        assertEquals(then.orgCode(), current.orgCode());
        assertEquals(then.position(), current.position());
      }
    }
  }

  @Test
  void windows31jOutputRoundTripsAndHasNoUnmappableCharacters(@TempDir Path dir) throws Exception {
    Snapshot fy = city.snapshot(2026);
    CharsetEncoder encoder =
        WINDOWS_31J.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
    for (Person p : fy.staff()) {
      assertTrue(encoder.canEncode(p.name()) && encoder.canEncode(p.nameKana()), p.name());
    }
    CityGenerator.write(fy, dir.resolve("sjis"), WINDOWS_31J, false);
    CityGenerator.write(fy, dir.resolve("utf8"), StandardCharsets.UTF_8, false);
    for (String file : List.of("orgs.csv", "staff.csv")) {
      String sjis =
          strictDecode(Files.readAllBytes(dir.resolve("sjis").resolve(file)), WINDOWS_31J);
      String utf8 =
          strictDecode(
              Files.readAllBytes(dir.resolve("utf8").resolve(file)), StandardCharsets.UTF_8);
      assertEquals(utf8, sjis, file);
      assertFalse(sjis.contains("?"), file);
      assertFalse(utf8.startsWith("\uFEFF"), "no BOM");
    }
  }

  @Test
  void filesFollowContractV1(@TempDir Path dir) throws Exception {
    Snapshot fy = city.snapshot(2025);
    CityGenerator.write(fy, dir.resolve("ja"), StandardCharsets.UTF_8, false);
    CityGenerator.write(fy, dir.resolve("en"), StandardCharsets.UTF_8, true);

    String staffText = Files.readString(dir.resolve("ja/staff.csv"));
    assertTrue(staffText.startsWith("職員番号,氏名,氏名カナ,所属コード,職位,職種,採用年月日,在職区分,メール,上長職員番号\r\n"));
    assertFalse(staffText.replace("\r\n", "").contains("\n"), "CRLF record separator");
    assertTrue(Files.readString(dir.resolve("ja/orgs.csv")).startsWith("所属コード,所属名,上位所属コード,種別\r\n"));
    assertTrue(
        Files.readString(dir.resolve("en/orgs.csv"))
            .startsWith("org_code,org_name,parent_code,kind\r\n"));

    List<CSVRecord> rows = parse(dir.resolve("en/staff.csv"));
    assertEquals(fy.staff().size(), rows.size());
    Person first = fy.staff().get(0);
    CSVRecord row = rows.get(0);
    assertEquals(first.employeeNo(), row.get("employee_no"));
    assertEquals(first.name(), row.get("name"));
    assertEquals(first.hiredOn().toString(), row.get("hired_on"));
    assertTrue(row.get("hired_on").matches("\\d{4}-\\d{2}-\\d{2}"));
    assertEquals("e" + first.employeeNo() + "@city.example.lg.jp", row.get("email"));
    List<CSVRecord> orgRows = parse(dir.resolve("en/orgs.csv"));
    assertEquals(fy.orgs().size(), orgRows.size());
    assertEquals("", orgRows.get(0).get("parent_code"));
  }

  @Test
  void realisticPositionsCategoriesAndStatus() {
    Snapshot fy = city.snapshot(2024);
    int size = fy.staff().size();
    Map<String, Long> positions = count(fy, Person::position);
    Map<String, Long> categories = count(fy, Person::jobCategory);
    Map<String, Long> status = count(fy, Person::status);
    assertTrue(positions.get(CityGenerator.CLERK) > size / 2, positions.toString());
    assertTrue(positions.get(CityGenerator.SENIOR) > positions.get("係長"), positions.toString());
    assertTrue(between(categories.get("事務"), size, 0.55, 0.65), categories.toString());
    assertTrue(between(categories.get("技術"), size, 0.15, 0.25), categories.toString());
    assertTrue(between(categories.get("デジタル"), size, 0.005, 0.02), categories.toString());
    assertTrue(categories.keySet().containsAll(Set.of("保健師", "福祉", "技能労務")));
    assertTrue(between(status.get(CityGenerator.ON_LEAVE), size, 0.008, 0.025), status.toString());
    assertTrue(
        fy.staff().stream()
            .allMatch(
                p ->
                    !p.hiredOn().isBefore(LocalDate.of(1985, 4, 1))
                        && !p.hiredOn().isAfter(fy.effective())));
  }

  @Test
  void withChangesMovesAndDropsExactlyTheAskedNumbers() {
    CityGenerator large = new CityGenerator(SEED, 20_000);
    Snapshot base = large.snapshot(2025);
    LocalDate effective = LocalDate.of(2025, 10, 1);
    Snapshot changed = large.withChanges(base, 3_000, 500, effective);

    assertEquals(effective, changed.effective());
    assertEquals(base.staff().size() - 500, changed.staff().size());
    Map<String, Person> after = byNo(changed);
    long moved =
        base.staff().stream()
            .filter(p -> after.containsKey(p.employeeNo()))
            .filter(p -> !after.get(p.employeeNo()).orgCode().equals(p.orgCode()))
            .count();
    assertEquals(3_000, moved);
    assertConsistent(changed);
    for (String no : large.demoAccounts(base).values()) {
      assertEquals(byNo(base).get(no), after.get(no));
    }
    assertEquals(changed, large.withChanges(base, 3_000, 500, effective));
  }

  @Test
  void generatingTwentyThousandStaffTakesWellUnderTwoSeconds() {
    long start = System.nanoTime();
    CityGenerator large = new CityGenerator(7, 20_000);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("20,000-staff city (4 yearly snapshots) generated in " + millis + " ms");
    assertTrue(millis < 2_000, millis + " ms");
    assertEquals(20_000, large.snapshot(2023).staff().size());
  }

  @Test
  void mainWritesOneSnapshot(@TempDir Path dir) throws Exception {
    CityGenerator.main(
        new String[] {
          "--seed",
          "2023",
          "--staff",
          "9000",
          "--year",
          "2025",
          "--out",
          dir.toString(),
          "--encoding",
          "windows-31j",
          "--english"
        });
    List<CSVRecord> rows = parse(dir.resolve("staff.csv"), WINDOWS_31J);
    assertEquals(city.snapshot(2025).staff().size(), rows.size());
    assertEquals(city.snapshot(2025).staff().get(0).name(), rows.get(0).get("name"));
    assertThrows(IllegalArgumentException.class, () -> CityGenerator.main(new String[] {"--x"}));
  }

  @Test
  void tooSmallACityIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new CityGenerator(1, 100));
  }

  private static void assertConsistent(Snapshot s) {
    Map<String, Org> orgs = byCode(s);
    assertEquals(s.orgs().size(), orgs.size(), "unique org codes");
    for (Org org : s.orgs()) {
      assertFalse(org.name().isBlank());
      if (org.parentCode() != null) {
        assertTrue(orgs.containsKey(org.parentCode()), "parent of " + org.code());
      }
      int depth = 0;
      for (String code = org.code(); code != null; code = orgs.get(code).parentCode()) {
        assertTrue(++depth <= 5, "org cycle at " + org.code());
      }
    }
    Map<String, Person> people = byNo(s);
    assertEquals(s.staff().size(), people.size(), "unique employee numbers");
    Map<String, String> headByOrg = new HashMap<>();
    for (Person p : s.staff()) {
      assertTrue(p.employeeNo().matches("\\d{7}"), p.employeeNo());
      assertTrue(orgs.containsKey(p.orgCode()), p.orgCode());
      if (HEAD_TITLES.contains(p.position())) {
        assertNull(headByOrg.put(p.orgCode(), p.employeeNo()), "two heads in " + p.orgCode());
      }
    }
    assertEquals(orgs.keySet(), headByOrg.keySet(), "every unit has a head");
    for (Person p : s.staff()) {
      boolean head = p.employeeNo().equals(headByOrg.get(p.orgCode()));
      String parent = orgs.get(p.orgCode()).parentCode();
      String expected =
          head ? (parent == null ? null : headByOrg.get(parent)) : headByOrg.get(p.orgCode());
      assertEquals(expected, p.managerNo(), "manager of " + p.employeeNo());
      Set<String> seen = new HashSet<>();
      for (String no = p.managerNo(); no != null; no = people.get(no).managerNo()) {
        assertTrue(people.containsKey(no), "manager " + no + " exists");
        assertTrue(seen.add(no), "manager cycle from " + p.employeeNo());
      }
    }
  }

  private static Org unit(Snapshot s, String... path) {
    String parent = null;
    Org found = null;
    for (String name : path) {
      String parentCode = parent;
      found =
          s.orgs().stream()
              .filter(o -> o.name().equals(name) && Objects.equals(o.parentCode(), parentCode))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no unit " + name));
      parent = found.code();
    }
    return found;
  }

  private static Org top(Map<String, Org> orgs, String code) {
    Org org = orgs.get(code);
    while (org.parentCode() != null) {
      org = orgs.get(org.parentCode());
    }
    return org;
  }

  private static boolean within(Map<String, Org> orgs, String code, String ancestor) {
    for (String c = code; c != null; c = orgs.get(c).parentCode()) {
      if (c.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Person> byNo(Snapshot s) {
    return s.staff().stream().collect(Collectors.toMap(Person::employeeNo, Function.identity()));
  }

  private static Map<String, Org> byCode(Snapshot s) {
    return s.orgs().stream().collect(Collectors.toMap(Org::code, Function.identity()));
  }

  private static Map<String, Long> count(Snapshot s, Function<Person, String> key) {
    return s.staff().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  private static boolean between(Long count, int size, double min, double max) {
    double share = count == null ? 0 : (double) count / size;
    return share >= min && share <= max;
  }

  private static String strictDecode(byte[] bytes, Charset charset)
      throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static List<CSVRecord> parse(Path file) throws Exception {
    return parse(file, StandardCharsets.UTF_8);
  }

  private static List<CSVRecord> parse(Path file, Charset charset) throws Exception {
    try (Reader reader = Files.newBufferedReader(file, charset);
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      return parser.getRecords();
    }
  }
}
