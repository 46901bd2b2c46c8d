package jp.city.lms.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.city.lms.registry.entity.StaffStatus;
import org.junit.jupiter.api.Test;

/**
 * The nightly import reads and compares the whole registry: 20,000 staff must take well under a
 * second.
 */
class RegistryImportPerformanceTest {

  private static final int STAFF = 20_000;
  private static final int SECTIONS = 1_000;

  @Test
  void twentyThousandStaffAreReadAndComparedQuickly() throws Exception {
    StringBuilder orgs = new StringBuilder(Snapshots.ORGS_HEADER).append('\n');
    orgs.append("1,市長部局,,局\n");
    Map<String, CurrentOrg> orgUnits = new HashMap<>();
    for (int i = 0; i < SECTIONS; i++) {
      String code = String.valueOf(10_000 + i);
      orgs.append(code).append(",第").append(i).append("課,1,課\n");
      orgUnits.put(code, new CurrentOrg(code, "第" + i + "課", "1", "課", false));
    }
    orgUnits.put("1", new CurrentOrg("1", "市長部局", null, "局", false));
    StringBuilder staff = new StringBuilder(Snapshots.STAFF_HEADER).append('\n');
    Map<String, CurrentStaff> registry = new HashMap<>();
    for (int i = 0; i < STAFF; i++) {
      String no = String.format("%06d", i);
      String org = String.valueOf(10_000 + i % SECTIONS);
      String manager = i < SECTIONS ? "" : String.format("%06d", i % SECTIONS);
      String position = i < SECTIONS ? "課長" : "係員";
      LocalDate hired = LocalDate.of(1990 + i % 35, 4, 1);
      staff
          .append(no)
          .append(",\"職員, ")
          .append(i)
          .append("\",ショクイン,")
          .append(org)
          .append(',')
          .append(position)
          .append(",事務,")
          .append(hired)
          .append(",在職,s")
          .append(i)
          .append("@city.example.jp,")
          .append(manager)
          .append('\n');
      String registryOrg = i % 100 == 0 ? String.valueOf(10_000 + (i + 1) % SECTIONS) : org;
      registry.put(
          no,
          new CurrentStaff(
              no,
              "職員, " + i,
              "ショクイン",
              registryOrg,
              position,
              "事務",
              hired,
              StaffStatus.ACTIVE,
              "s" + i + "@city.example.jp",
              manager.isEmpty() ? null : manager));
    }
    byte[] orgBytes = orgs.toString().getBytes(StandardCharsets.UTF_8);
    byte[] staffBytes = staff.toString().getBytes(StandardCharsets.UTF_8);

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    ParsedSnapshot snapshot = new SnapshotReader().read(orgBytes, staffBytes);
    RegistryChanges changes = RegistryDiff.compute(registry, orgUnits, snapshot, STAFF);
    long wallMillis = (System.nanoTime() - start) / 1_000_000;
    long millis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;

    System.out.printf(
        "read and compared %,d staff in %d ms CPU (%d ms wall)%n", STAFF, millis, wallMillis);
    assertEquals(STAFF, snapshot.staff().size());
    assertEquals(STAFF / 100, changes.counts().transferred());
    assertEquals(STAFF - STAFF / 100, changes.counts().unchanged());
    assertTrue(changes.safeguard().isEmpty());
    assertTrue(millis < 1_000, () -> "took " + millis + " ms of CPU");
  }

  @Test
  void longManagerChainsAndCyclesAreWalkedWithoutRecursion() throws Exception {
    StringBuilder staff = new StringBuilder(Snapshots.STAFF_HEADER).append('\n');
    for (int i = 0; i < STAFF; i++) {
      String manager = i == 0 ? "" : "A" + (i - 1);
      staff.append('A').append(i).append(",職員,,100,係員,,,在職,,").append(manager).append('\n');
    }
    for (int i = 0; i < STAFF; i++) {
      staff.append('B').append(i).append(",職員,,100,係員,,,在職,,B").append((i + 1) % STAFF);
      staff.append('\n');
    }

    ParsedSnapshot snapshot =
        new SnapshotReader()
            .read(
                Snapshots.utf8(Snapshots.ORGS), staff.toString().getBytes(StandardCharsets.UTF_8));

    assertEquals(STAFF, snapshot.staff().size());
    assertEquals(STAFF, snapshot.rejections().size());
    assertEquals(
        "B0 → B1 → B2 → B3 → B4 → B5 → B6 → B7 → B8 → B9 → …",
        snapshot.rejections().get(0).args().get(0));
  }
}
