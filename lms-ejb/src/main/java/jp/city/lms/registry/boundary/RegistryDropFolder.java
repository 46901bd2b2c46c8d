package jp.city.lms.registry.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.control.RegistryUpdate;
import jp.city.lms.registry.control.RunReport;
import jp.city.lms.registry.control.SnapshotReader;
import jp.city.lms.registry.entity.ImportRun;
import jp.city.lms.security.entity.Role;

/**
 * The nightly drop folder: the HR system leaves {@code orgs.csv} and {@code staff.csv} (and
 * optionally a file {@code effective} holding the date, default today) in a folder; every night the
 * import takes them and moves them to {@code done/<time>/} or {@code refused/<time>/} with a {@code
 * report.json} beside them.
 *
 * <p>Folder and time are configurable: {@code lms.registry.drop.dir} (default {@code <server
 * data>/lms/registry-drop}) and {@code lms.registry.drop.time} ({@code HH:mm}, default 02:00). The
 * import runs as the system with an administrator's rights but never confirms a refused run: that
 * stays a person's decision.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RunAs(Role.ADMIN)
public class RegistryDropFolder {

  private static final Logger LOG = Logger.getLogger(RegistryDropFolder.class.getName());
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  @Resource TimerService timers;
  @EJB RegistryImport imports;
  @Inject CityClock clock;

  @PostConstruct
  void schedule() {
    String[] time = System.getProperty("lms.registry.drop.time", "02:00").split(":");
    timers.createCalendarTimer(
        new ScheduleExpression()
            .hour(time[0])
            .minute(time.length > 1 ? time[1] : "0")
            .timezone("Asia/Tokyo"),
        new TimerConfig("registry drop folder", false));
  }

  @Timeout
  void nightly(Timer timer) {
    runNow();
  }

  public static Path folder() {
    return Path.of(
        System.getProperty(
            "lms.registry.drop.dir",
            Path.of(System.getProperty("jboss.server.data.dir", "."), "lms", "registry-drop")
                .toString()));
  }

  /**
   * Imports what is in the folder now; an administrator may start it by hand. Empty when nothing
   * was there.
   */
  @RolesAllowed(Role.ADMIN)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<ImportRun> runNow() {
    Path dir = folder();
    Path orgs = dir.resolve(SnapshotReader.ORGS_FILE);
    Path staff = dir.resolve(SnapshotReader.STAFF_FILE);
    if (!Files.isRegularFile(orgs) || !Files.isRegularFile(staff)) {
      return Optional.empty();
    }
    try {
      RegistryUpdate.Result result =
          imports.run(
              new RegistryImport.Request(ImportRun.Channel.FOLDER, effective(dir), false, false),
              new RegistryImport.Snapshot(
                  SnapshotReader.ORGS_FILE,
                  Files.readAllBytes(orgs),
                  SnapshotReader.STAFF_FILE,
                  Files.readAllBytes(staff)));
      ImportRun run = result.run();
      Path target =
          Files.createDirectories(
              dir.resolve(run.getOutcome() == ImportRun.Outcome.APPLIED ? "done" : "refused")
                  .resolve(clock.now().format(STAMP) + "-run" + run.getId()));
      for (Path file : new Path[] {orgs, staff, dir.resolve("effective")}) {
        if (Files.exists(file)) {
          Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.writeString(
          target.resolve("report.json"),
          RunReport.of(run, Locale.JAPANESE).toJson(),
          StandardCharsets.UTF_8);
      LOG.info(() -> "Drop folder import run " + run.getId() + ": " + run.getOutcome());
      return Optional.of(run);
    } catch (IOException e) {
      throw new UncheckedIOException("drop folder " + dir, e);
    }
  }

  private LocalDate effective(Path dir) throws IOException {
    Path file = dir.resolve("effective");
    if (!Files.isRegularFile(file)) {
      return clock.today();
    }
    String text = Files.readString(file, StandardCharsets.UTF_8).strip();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return LocalDate.parse(text.replace('/', '-'));
    }
  }
}
