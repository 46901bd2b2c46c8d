package jp.city.lms.demo.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.CourseFormat;
import jp.city.lms.curriculum.entity.PositionTraining;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.curriculum.entity.TierRequirement.ElectiveGroup;
import jp.city.lms.enrolment.entity.EnrolmentStatus;
import jp.city.lms.learning.entity.TierJudgement;
import jp.city.lms.platform.entity.FiscalYear;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Generates the demo city's learning history: the offerings the training office held and will hold,
 * who sat in them and how it ended, the e-learning completions the platforms reported, and the
 * tiers all that made people achieve. It follows the programme's rhythm rather than drawing rows
 * independently: nearly everyone works through the four bronze e-learning courses (most finish
 * them, many are still at one to three), about 700 people a year who hold bronze go through the
 * silver courses, about 60 silver holders a year (from FY2024) through the gold ones, and the
 * people the position-based rules name attend their 階層別研修 in the year they apply.
 *
 * <p>The rules the LMS enforces hold in what it generates: nobody completes a course or asks for a
 * place after leaving or in the future, a seat is taken only while someone is employed, an offering
 * never seats more than its capacity and its counters (enrolled, waitlisted, arrivals) are the
 * counts of its rows, the waitlist is in order of arrival behind the seats, and tiers are judged by
 * {@link TierJudgement} from the passed completions, as the LMS would judge them.
 *
 * <p>The same seed, people, content, day and scale give the same history row for row: everything
 * derives from {@link SplittableRandom}s seeded from the seed (one per person for their own
 * e-learning) consumed in a fixed order over sorted lists. The scale (how many people, which years,
 * how many tier achievements and offerings) is a parameter, so the benchmark generates a city of
 * any size with the same code.
 */
public final class LearningGenerator {

  /** Where attendance taken by the office is recorded as coming from (as the LMS records it). */
  public static final String ATTENDANCE = "attendance";

  /** Who the generated history says scheduled the offerings and took attendance. */
  public static final String OFFICE = "demo";

  public static final String ONLINE_PREFIX = "https://meet.city.example.lg.jp/lms/";

  static final List<String> COMPLETION_HEADERS = List.of("職員番号", "講座コード", "修了日", "結果", "得点", "提供元");
  static final List<String> COMPLETION_ALIASES =
      List.of("employee_no", "course_code", "completed_on", "result", "score", "source");

  static final String PASSED = "修了";
  static final String FAILED = "未修了";

  private static final List<String> PLATFORMS =
      List.of("自治体DXラーニング", "e-ラーニング研修システム", "情報セキュリティ研修サイト");
  private static final List<String> VENUES =
      List.of(
          "本庁舎 5階 研修室1",
          "本庁舎 5階 研修室2",
          "本庁舎 11階 大会議室",
          "職員研修所 第1研修室",
          "職員研修所 PC研修室",
          "小倉北区役所 7階 会議室",
          "八幡西区役所 4階 大会議室",
          "戸畑区役所 3階 講堂");
  private static final List<String> PC_ROOMS = List.of("職員研修所 PC研修室", "本庁舎 5階 研修室2");
  private static final String DEFAULT_INSTRUCTOR = "人事課研修係";
  private static final Set<String> IMPLEMENTER_POSITIONS = Set.of("主任", "主査", "係長");

  /**
   * A person as the registry knows them. {@code id} is the key the rows refer to (the database id
   * when loading); {@code hiredOn} may be null (employed since before the programme); {@code
   * leftOn} is the first day they were no longer employed, or null; {@code positions} maps each day
   * their position changed (or the registry first knew it) to the position from that day.
   */
  public record Person(
      long id,
      String employeeNo,
      LocalDate hiredOn,
      LocalDate leftOn,
      String orgCode,
      NavigableMap<LocalDate, String> positions) {

    public Person {
      Objects.requireNonNull(employeeNo, "employeeNo");
      positions = Collections.unmodifiableNavigableMap(new TreeMap<>(positions));
    }

    /** Employed on that day: hired by then and not yet left. */
    public boolean employedOn(LocalDate day) {
      return (hiredOn == null || !day.isBefore(hiredOn))
          && (leftOn == null || day.isBefore(leftOn));
    }

    String positionOn(LocalDate day) {
      Map.Entry<LocalDate, String> entry = positions.floorEntry(day);
      if (entry == null) {
        entry = positions.firstEntry();
      }
      return entry == null ? null : entry.getValue();
    }

    /**
     * Since when they hold the position they hold on that day; null when the registry knew them in
     * it from its first day (the promotion lies before what the registry knows).
     */
    LocalDate positionHeldSince(LocalDate day) {
      Map.Entry<LocalDate, String> entry = positions.floorEntry(day);
      if (entry == null) {
        return null;
      }
      LocalDate since = entry.getKey();
      for (Map.Entry<LocalDate, String> before = positions.lowerEntry(since);
          before != null && before.getValue().equals(entry.getValue());
          before = positions.lowerEntry(since)) {
        since = before.getKey();
      }
      boolean firstKnown = since.equals(positions.firstKey());
      return firstKnown && (hiredOn == null || hiredOn.isBefore(since)) ? null : since;
    }
  }

  /**
   * How big the history is. {@code silverPerYear} and {@code goldPerYear} are the tier achievements
   * aimed at per full fiscal year (gold from {@code goldFrom}); {@code offeringsFactor} multiplies
   * the offerings scheduled per course and year (1 = as many as the demand needs, with a margin);
   * {@code positionScale} multiplies the content's expected attendance of position-based training.
   */
  public record Scale(
      int firstFiscalYear,
      int silverPerYear,
      int goldPerYear,
      int goldFrom,
      double offeringsFactor,
      double positionScale) {

    /** The city's own figures for a city of {@code people} staff (9,000 gives 700 and 60). */
    public static Scale of(int people) {
      double share = people / 9_000.0;
      return new Scale(
          2023, (int) Math.round(700 * share), (int) Math.round(60 * share), 2024, 1.0, share);
    }
  }

  /** An offering: the counters are the counts of its enrolment rows. */
  public record OfferingRow(
      int index,
      String course,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      LocalDate deadline,
      String venue,
      String onlineUrl,
      int capacity,
      String instructor,
      LocalDateTime scheduledAt,
      int enrolled,
      int waitlisted,
      long arrivals) {

    public int fiscalYear() {
      return FiscalYear.of(startsAt.toLocalDate()).getYear();
    }
  }

  /** A place in an offering; {@code offering} is the index of the offering's row. */
  public record EnrolmentRow(
      int index,
      int offering,
      long staff,
      String employeeNo,
      EnrolmentStatus status,
      long arrival,
      LocalDateTime requestedAt,
      LocalDateTime seatedAt,
      LocalDateTime endedAt) {}

  /** A completion; {@code enrolment} is the index of the enrolment it came from, or -1. */
  public record CompletionRow(
      long staff,
      String employeeNo,
      String course,
      LocalDate completedOn,
      boolean passed,
      Integer score,
      String source,
      int enrolment) {}

  /** A tier achieved on a day. */
  public record TierRow(long staff, String employeeNo, String tier, LocalDate achievedOn) {}

  /** What the generator made, rows in the order they are loaded. */
  public record History(
      List<OfferingRow> offerings,
      List<EnrolmentRow> enrolments,
      List<CompletionRow> completions,
      List<TierRow> tiers) {

    public History {
      offerings = List.copyOf(offerings);
      enrolments = List.copyOf(enrolments);
      completions = List.copyOf(completions);
      tiers = List.copyOf(tiers);
    }

    /** How many people achieved a tier in each fiscal year, by tier. */
    public Map<String, Map<Integer, Integer>> tiersByFiscalYear() {
      Map<String, Map<Integer, Integer>> counts = new TreeMap<>();
      for (TierRow row : tiers) {
        counts
            .computeIfAbsent(row.tier(), k -> new TreeMap<>())
            .merge(FiscalYear.of(row.achievedOn()).getYear(), 1, Integer::sum);
      }
      return counts;
    }
  }

  private final long seed;
  private final List<Person> people;
  private final ProgrammeContent content;
  private final LocalDateTime now;
  private final LocalDate today;
  private final Scale scale;
  private final Map<String, String> showcase;

  /**
   * @param people the registry's people, anyone employed at some time since the first fiscal year
   * @param content the programme: tiers, courses and position-based training
   * @param now the city's time; nothing is generated after it except offerings and their places
   * @param showcase demo logins, role ({@link CityGenerator#ROLE_STAFF} ...) to employee number,
   *     whose history is chosen so that each login has something to show; may be empty
   */
  public LearningGenerator(
      long seed,
      List<Person> people,
      ProgrammeContent content,
      LocalDateTime now,
      Scale scale,
      Map<String, String> showcase) {
    this.seed = seed;
    this.people = new ArrayList<>(people);
    this.people.sort(Comparator.comparing(Person::employeeNo));
    this.content = Objects.requireNonNull(content, "content");
    this.now = Objects.requireNonNull(now, "now");
    this.today = now.toLocalDate();
    this.scale = Objects.requireNonNull(scale, "scale");
    this.showcase = Map.copyOf(showcase);
  }

  /**
   * The people of a generated city, as of the last snapshot not after {@code today}: who was in any
   * yearly snapshot up to then, when they left (the first day of the first snapshot without them)
   * and the positions the snapshots gave them. Their ids are their places in employee-number order,
   * for use without a database.
   */
  public static List<Person> peopleOf(CityGenerator city, LocalDate today) {
    Map<String, LocalDate> hired = new TreeMap<>();
    Map<String, LocalDate> left = new HashMap<>();
    Map<String, String> org = new HashMap<>();
    Map<String, NavigableMap<LocalDate, String>> positions = new HashMap<>();
    Set<String> previous = Set.of();
    for (int year = CityGenerator.FIRST_FISCAL_YEAR;
        year <= CityGenerator.LAST_FISCAL_YEAR;
        year++) {
      CityGenerator.Snapshot snapshot = city.snapshot(year);
      if (snapshot.effective().isAfter(today)) {
        break;
      }
      Set<String> present = new HashSet<>();
      for (CityGenerator.Person p : snapshot.staff()) {
        present.add(p.employeeNo());
        hired.put(p.employeeNo(), p.hiredOn());
        org.put(p.employeeNo(), p.orgCode());
        positions
            .computeIfAbsent(p.employeeNo(), k -> new TreeMap<>())
            .put(snapshot.effective(), p.position());
        left.remove(p.employeeNo());
      }
      for (String no : previous) {
        if (!present.contains(no)) {
          left.putIfAbsent(no, snapshot.effective());
        }
      }
      previous = present;
    }
    List<Person> result = new ArrayList<>();
    long id = 1;
    for (Map.Entry<String, LocalDate> person : hired.entrySet()) {
      String no = person.getKey();
      result.add(
          new Person(id++, no, person.getValue(), left.get(no), org.get(no), positions.get(no)));
    }
    return result;
  }

  /** The history from the first fiscal year to now, with the offerings of the next year. */
  public History generate() {
    return new Run(seed).history();
  }

  /**
   * A history for load tests: {@code enrolments} places in past offerings of every course held in
   * person (each seat taken by someone employed that day, mostly completed), spread over the years
   * from the first fiscal year to now, without completions or tiers.
   */
  public History bulkEnrolments(int enrolments) {
    return bulkEnrolments(enrolments, 0);
  }

  /**
   * One part of a large bulk history: parts with different numbers are different offerings and
   * places, so that a million places can be generated and loaded a part at a time.
   */
  public History bulkEnrolments(int enrolments, int part) {
    return new Run(part == 0 ? seed : mix(seed, "bulk-" + part)).bulk(enrolments);
  }

  /**
   * Completions as a platform export would bring them, for the import benchmark: {@code rows} rows
   * for the people, each a course of a tier (mostly the first tier's e-learning, some of the higher
   * tiers' courses, so that imports make people achieve tiers) on a working day while the person
   * was employed, since the first fiscal year and not after today; about 5 % not completed (未修了).
   * Person, course and day never repeat; people and courses are visited round by round, so any
   * number of rows can be asked for (a person may have the same course on several days). The rows
   * differ from {@link #generate()}'s, so importing them into the demo records them anew.
   *
   * @throws IllegalArgumentException if nobody was employed in the years
   */
  public List<CompletionRow> completionsForImport(int rows) {
    SplittableRandom rng = new SplittableRandom(mix(seed, "completions-" + rows));
    LocalDate from = FiscalYear.of(scale.firstFiscalYear()).getStart();
    List<Tier> ordered = content.tiersInOrder();
    List<String> first = ordered.isEmpty() ? List.of() : ordered.get(0).requirement().required();
    List<String> higher = new ArrayList<>();
    for (Tier tier : ordered.subList(Math.min(1, ordered.size()), ordered.size())) {
      higher.addAll(tier.requirement().required());
      tier.requirement().electives().forEach(g -> higher.addAll(g.from()));
    }
    List<Person> employed = new ArrayList<>();
    for (Person p : people) {
      LocalDate start = p.hiredOn() == null ? from : max(from, p.hiredOn());
      LocalDate end = p.leftOn() == null ? today : min(today, p.leftOn().minusDays(1));
      if (!start.isAfter(end)) {
        employed.add(p);
      }
    }
    if (employed.isEmpty() || first.isEmpty()) {
      throw new IllegalArgumentException("nobody to complete anything");
    }
    List<CompletionRow> result = new ArrayList<>(rows);
    Set<String> seen = new HashSet<>();
    while (result.size() < rows) {
      shuffle(employed, rng);
      for (Person p : employed) {
        if (result.size() >= rows) {
          break;
        }
        LocalDate start = p.hiredOn() == null ? from : max(from, p.hiredOn());
        LocalDate end = p.leftOn() == null ? today : min(today, p.leftOn().minusDays(1));
        List<String> courses = new ArrayList<>(first);
        if (!higher.isEmpty() && rng.nextInt(10) == 0) {
          courses.addAll(higher);
        }
        for (String course : courses) {
          if (result.size() >= rows) {
            break;
          }
          long span = ChronoUnit.DAYS.between(start, end);
          LocalDate day = start.plusDays(span <= 0 ? 0 : rng.nextLong(span + 1));
          while (!isWorkday(day) && day.isAfter(start)) {
            day = day.minusDays(1);
          }
          if (!seen.add(p.employeeNo() + "/" + course + "/" + day)) {
            continue;
          }
          boolean passed = rng.nextInt(20) != 0;
          result.add(
              new CompletionRow(
                  p.id(),
                  p.employeeNo(),
                  course,
                  day,
                  passed,
                  passed ? 60 + rng.nextInt(41) : rng.nextInt(60),
                  PLATFORMS.get(rng.nextInt(PLATFORMS.size())),
                  -1));
        }
      }
    }
    return result;
  }

  /**
   * Writes completions as the e-learning platforms deliver them ({@code completions.csv}, contract
   * v1): header row in Japanese or the English aliases, RFC 4180 with CRLF, dates YYYY-MM-DD,
   * result 修了 or 未修了, at most {@code limit} rows.
   *
   * @return how many rows were written
   * @throws UncheckedIOException if the file cannot be written or encoded
   */
  public static int writeCompletions(
      List<CompletionRow> rows, Path file, Charset charset, boolean englishHeaders, int limit) {
    int written = 0;
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Writer writer = Files.newBufferedWriter(file, charset);
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setHeader(
                  (englishHeaders ? COMPLETION_ALIASES : COMPLETION_HEADERS).toArray(new String[0]))
              .setRecordSeparator("\r\n")
              .get();
      try (CSVPrinter printer = new CSVPrinter(writer, format)) {
        for (CompletionRow row : rows) {
          if (written >= limit) {
            break;
          }
          printer.printRecord(
              row.employeeNo(),
              row.course(),
              row.completedOn().toString(),
              row.passed() ? PASSED : FAILED,
              row.score(),
              row.source());
          written++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write completions to " + file, e);
    }
    return written;
  }

  /**
   * Writes a {@code completions.csv} for the people of a generated city: {@code --content DIR --out
   * FILE [--seed 2023] [--staff 9000] [--rows 100000] [--today YYYY-MM-DD] [--encoding windows-31j]
   * [--english]}. The same seed and staff as the city loaded give rows for its people.
   */
  public static void main(String[] args) throws Exception {
    long seed = CityGenerator.FIRST_FISCAL_YEAR;
    int staff = CityGenerator.DEFAULT_STAFF_COUNT;
    int rows = 100_000;
    LocalDate day = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
    Path contentDir = null;
    Path out = null;
    Charset charset = java.nio.charset.StandardCharsets.UTF_8;
    boolean english = false;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--english")) {
        english = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value; " + USAGE);
      }
      String value = args[++i];
      switch (option) {
        case "--seed" -> seed = Long.parseLong(value);
        case "--staff" -> staff = Integer.parseInt(value);
        case "--rows" -> rows = Integer.parseInt(value);
        case "--today" -> day = LocalDate.parse(value);
        case "--content" -> contentDir = Path.of(value);
        case "--out" -> out = Path.of(value);
        case "--encoding" -> charset = Charset.forName(value);
        default -> throw new IllegalArgumentException("unknown option " + option + "; " + USAGE);
      }
    }
    if (contentDir == null || out == null) {
      throw new IllegalArgumentException(USAGE);
    }
    ProgrammeContent programme =
        new jp.city.lms.curriculum.control.ContentLoader().load(contentDir);
    CityGenerator city = new CityGenerator(seed, staff);
    LearningGenerator generator =
        new LearningGenerator(
            seed, peopleOf(city, day), programme, day.atTime(12, 0), Scale.of(staff), Map.of());
    int written =
        writeCompletions(generator.completionsForImport(rows), out, charset, english, rows);
    System.out.printf(
        "%d completions written to %s in %s%n", written, out.toAbsolutePath(), charset);
  }

  private static final String USAGE =
      "usage: --content DIR --out FILE [--seed N] [--staff N] [--rows N] [--today YYYY-MM-DD]"
          + " [--encoding windows-31j] [--english]";

  /** A working day on or after this one: Monday to Friday, not in Golden Week or the new year. */
  static LocalDate workday(LocalDate day) {
    LocalDate d = day;
    while (!isWorkday(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  static boolean isWorkday(LocalDate d) {
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    int md = d.getMonthValue() * 100 + d.getDayOfMonth();
    return !(md >= 1228 || md <= 103 || (md >= 429 && md <= 505));
  }

  private static long mix(long seed, String text) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x100000001B3L;
    }
    return h;
  }

  private static <T> void shuffle(List<T> list, SplittableRandom rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, rng.nextInt(i + 1));
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** An offering while its places are handed out. */
  private static final class Session {
    final String course;
    final CourseDefinition definition;
    final LocalDateTime startsAt;
    final LocalDateTime endsAt;
    final LocalDate deadline;
    final String venue;
    final String onlineUrl;
    final int capacity;
    final String instructor;
    final LocalDateTime scheduledAt;
    final List<Place> places = new ArrayList<>();
    final Set<Long> people = new HashSet<>();
    int seated;
    int index;

    Session(
        CourseDefinition definition,
        LocalDateTime startsAt,
        LocalDate deadline,
        String venue,
        String onlineUrl,
        int capacity,
        LocalDateTime scheduledAt) {
      this.course = definition.code();
      this.definition = definition;
      this.startsAt = startsAt;
      this.endsAt = startsAt.plusMinutes(definition.minutes());
      this.deadline = deadline;
      this.venue = venue;
      this.onlineUrl = onlineUrl;
      this.capacity = capacity;
      this.instructor = definition.provider().orElse(DEFAULT_INSTRUCTOR);
      this.scheduledAt = scheduledAt;
    }

    LocalDate day() {
      return startsAt.toLocalDate();
    }

    boolean past(LocalDateTime now) {
      return !now.isBefore(startsAt);
    }

    boolean hasSeat() {
      return seated < capacity;
    }

    int fiscalYear() {
      return FiscalYear.of(day()).getYear();
    }
  }

  /** Someone's place while the history is made; the arrival follows from the request time. */
  private static final class Place {
    final Person person;
    EnrolmentStatus status;
    LocalDateTime requestedAt;
    LocalDateTime endedAt;

    Place(Person person, EnrolmentStatus status, LocalDateTime requestedAt) {
      this.person = person;
      this.status = status;
      this.requestedAt = requestedAt;
    }
  }

  /** One generation: the sessions and everyone's passed courses as they are handed out. */
  private final class Run {
    final SplittableRandom rng;
    final Map<String, CourseDefinition> courses = new LinkedHashMap<>();
    final Map<String, List<Session>> sessions = new LinkedHashMap<>();
    final Map<Long, Map<String, LocalDate>> firstPassed = new HashMap<>();
    final Map<Long, Map<String, LocalDate>> heldCache = new HashMap<>();
    boolean forceComplete;
    boolean withdrawals = true;
    final List<CompletionRow> eLearning = new ArrayList<>();
    final Map<String, Person> byNo = new HashMap<>();
    final int currentYear = FiscalYear.of(today).getYear();
    final List<Tier> tiers = content.tiersInOrder();

    Run(long runSeed) {
      rng = new SplittableRandom(runSeed);
      for (CourseDefinition course : content.courses()) {
        courses.put(course.code(), course);
      }
      for (Person p : people) {
        byNo.put(p.employeeNo(), p);
      }
    }

    History history() {
      schedule();
      bronze();
      showcaseHistory();
      List<String> taughtTiers = tiers.stream().skip(1).map(Tier::code).toList();
      for (int year = scale.firstFiscalYear(); year <= currentYear; year++) {
        for (String tier : taughtTiers) {
          if (tierDepth(tier) == 1) {
            tierYear(tier, year, scale.silverPerYear());
          } else if (year >= scale.goldFrom()) {
            tierYear(tier, year, scale.goldPerYear());
          }
        }
        positionTraining(year);
      }
      Person staff = byNo.get(showcase.get(CityGenerator.ROLE_STAFF));
      if (staff != null && tiers.size() > 1) {
        staffUpcoming(staff, tiers.get(1));
      }
      upcoming();
      return assemble(true);
    }

    History bulk(int count) {
      withdrawals = false;
      List<CourseDefinition> held = heldCourses();
      List<LocalDate> days = new ArrayList<>();
      for (LocalDate d = workday(FiscalYear.of(scale.firstFiscalYear()).getStart().plusDays(7));
          d.isBefore(today);
          d = workday(d.plusDays(1))) {
        days.add(d);
      }
      int made = 0;
      int n = 0;
      while (made < count) {
        CourseDefinition course = held.get(n % held.size());
        LocalDate day = days.get(rng.nextInt(days.size()));
        Session s = newSession(course, day, n++ % 60);
        List<Person> there = new ArrayList<>();
        int tries = 0;
        while (there.size() < s.capacity && made + there.size() < count && tries++ < 200) {
          Person p = people.get(rng.nextInt(people.size()));
          if (p.employedOn(day) && !s.people.contains(p.id())) {
            s.people.add(p.id());
            there.add(p);
          }
        }
        for (Person p : there) {
          seatPast(s, p, day);
        }
        made += there.size();
        sessions.computeIfAbsent(course.code(), k -> new ArrayList<>()).add(s);
      }
      return assemble(false);
    }

    private List<CourseDefinition> heldCourses() {
      return courses.values().stream().filter(c -> c.format() != CourseFormat.E_LEARNING).toList();
    }

    /** Offerings of every course held in person, this fiscal year and the next. */
    private void schedule() {
      for (CourseDefinition course : heldCourses()) {
        int firstYear =
            course.tier().map(this::tierDepth).orElse(0) >= 2
                ? Math.max(scale.goldFrom(), scale.firstFiscalYear())
                : scale.firstFiscalYear();
        for (int year = firstYear; year <= currentYear + 1; year++) {
          int count =
              Math.max(
                  2, (int) Math.ceil(demand(course) * scale.offeringsFactor() / seats(course)));
          FiscalYear fy = FiscalYear.of(year);
          boolean early = isNewHireTraining(course.code());
          LocalDate from = early ? fy.getStart().plusDays(2) : fy.getStart().plusDays(36);
          LocalDate to = early ? fy.getStart().plusDays(75) : fy.getEnd().minusDays(35);
          long span = ChronoUnit.DAYS.between(from, to);
          for (int i = 0; i < count; i++) {
            long at = span * i / count + rng.nextInt((int) Math.max(1, span / count));
            LocalDate day = workday(from.plusDays(at));
            sessions
                .computeIfAbsent(course.code(), k -> new ArrayList<>())
                .add(newSession(course, day, i));
          }
        }
      }
    }

    /** The average seats of an offering in the course's format (see {@link #newSession}). */
    private static double seats(CourseDefinition course) {
      return switch (course.format()) {
        case HANDS_ON -> 22;
        case WORKSHOP -> 30;
        default -> 35;
      };
    }

    private Session newSession(CourseDefinition course, LocalDate day, int n) {
      boolean morning = course.minutes() > 180 ? rng.nextBoolean() : rng.nextInt(3) == 0;
      LocalTime start = morning ? LocalTime.of(9, 30) : LocalTime.of(13, 30);
      if (course.minutes() > 240) {
        start = LocalTime.of(9, 0);
      }
      int capacity =
          switch (course.format()) {
            case HANDS_ON -> 20 + rng.nextInt(5);
            case WORKSHOP -> 24 + rng.nextInt(13);
            default -> 30 + rng.nextInt(11);
          };
      boolean online = course.format() == CourseFormat.CLASSROOM && rng.nextInt(4) == 0;
      String venue =
          online
              ? null
              : course.format() == CourseFormat.HANDS_ON
                  ? PC_ROOMS.get(rng.nextInt(PC_ROOMS.size()))
                  : VENUES.get(rng.nextInt(VENUES.size()));
      String url =
          online
              ? ONLINE_PREFIX + course.code().toLowerCase() + "-" + day.toString().replace("-", "")
              : null;
      LocalDate deadline = day.minusDays(10);
      while (!isWorkday(deadline)) {
        deadline = deadline.minusDays(1);
      }
      LocalDateTime scheduled =
          FiscalYear.of(day).getStart().minusDays(30).atTime(10, 0).plusMinutes(n);
      if (scheduled.isAfter(now.minusDays(7))) {
        scheduled = now.minusDays(7).withSecond(0).withNano(0);
      }
      if (!scheduled.toLocalDate().isBefore(deadline)) {
        scheduled = deadline.minusDays(20).atTime(10, 0);
      }
      return new Session(course, day.atTime(start), deadline, venue, url, capacity, scheduled);
    }

    /** Seats wanted per year: the tier's target (with room for retakes), or the expected cohort. */
    private double demand(CourseDefinition course) {
      Optional<String> tier = course.tier();
      if (tier.isPresent()) {
        int perYear =
            tierDepth(tier.get()) >= 2
                ? scale.goldPerYear()
                : tierDepth(tier.get()) == 1 ? scale.silverPerYear() : 0;
        boolean elective =
            content.tier(tier.get()).stream()
                .flatMap(t -> t.requirement().electives().stream())
                .anyMatch(g -> g.from().contains(course.code()));
        return perYear * (elective ? 1.0 : 1.5);
      }
      return content.positionTrainings().stream()
          .filter(p -> p.course().equals(course.code()))
          .mapToDouble(p -> p.expectedPerYear() * scale.positionScale() * 1.2)
          .findFirst()
          .orElse(60);
    }

    private int tierDepth(String tier) {
      int depth = 0;
      Optional<Tier> t = content.tier(tier);
      while (t.isPresent() && t.get().prerequisite().isPresent()) {
        depth++;
        t = content.tier(t.get().prerequisite().get());
      }
      return depth;
    }

    private boolean isNewHireTraining(String course) {
      return content.positionTrainings().stream()
          .anyMatch(
              p ->
                  p.course().equals(course)
                      && p.rule().hiredInFiscalYear().isPresent()
                      && p.rule().hiredInFiscalYear().getAsInt() == 0);
    }

    /**
     * The first tier (bronze): its e-learning courses, one after another from some weeks after
     * someone starts (or the programme does), until they finish or stop at one to three of them.
     */
    private void bronze() {
      Tier first = tiers.get(0);
      List<String> required = first.requirement().required();
      LocalDate programmeStart = FiscalYear.of(scale.firstFiscalYear()).getStart();
      for (Person p : people) {
        if (showcase.containsValue(p.employeeNo())) {
          continue;
        }
        SplittableRandom own = new SplittableRandom(mix(seed, p.employeeNo()));
        double draw = own.nextDouble();
        if (draw < 0.06) {
          continue;
        }
        int done =
            draw < 0.72 ? required.size() : 1 + own.nextInt(Math.max(1, required.size() - 1));
        LocalDate start =
            p.hiredOn() == null ? programmeStart : max(programmeStart, p.hiredOn().plusDays(7));
        double lateness = own.nextDouble();
        LocalDate day = start.plusDays((long) (lateness * lateness * 420) + own.nextInt(30));
        List<String> order = new ArrayList<>(required);
        shuffle(order.subList(1, order.size()), own);
        for (int i = 0; i < done; i++) {
          day = workday(day);
          if (!passable(p, day)) {
            break;
          }
          eLearn(p, order.get(i), day, own);
          day = day.plusDays(3 + own.nextInt(i == 0 ? 40 : 75));
        }
      }
    }

    private boolean passable(Person p, LocalDate day) {
      return !day.isAfter(today) && p.employedOn(day);
    }

    private void eLearn(Person p, String course, LocalDate day, SplittableRandom own) {
      eLearning.add(
          new CompletionRow(
              p.id(),
              p.employeeNo(),
              course,
              day,
              true,
              70 + own.nextInt(31),
              PLATFORMS.get(own.nextInt(PLATFORMS.size())),
              -1));
      passed(p, course, day);
    }

    private void passed(Person p, String course, LocalDate day) {
      firstPassed
          .computeIfAbsent(p.id(), k -> new HashMap<>())
          .merge(course, day, LearningGenerator::min);
      heldCache.remove(p.id());
    }

    private Optional<LocalDate> held(Person p, String tier) {
      Map<String, LocalDate> held =
          heldCache.computeIfAbsent(
              p.id(),
              id -> TierJudgement.judge(tiers, firstPassed.getOrDefault(id, Map.of()), Map.of()));
      return Optional.ofNullable(held.get(tier));
    }

    /**
     * One fiscal year of a tier taught in offerings: people who hold the prerequisite (for silver,
     * implementers first) take the tier's courses in the year's past offerings until about the
     * year's target have achieved it (pro rata for the year so far).
     */
    private void tierYear(String tierCode, int year, int target) {
      Tier tier = content.tier(tierCode).orElse(null);
      if (tier == null || tier.prerequisite().isEmpty() || target <= 0) {
        return;
      }
      FiscalYear fy = FiscalYear.of(year);
      List<String> courseCodes = coursesOf(tier);
      List<Session> past = new ArrayList<>();
      int all = 0;
      for (String code : courseCodes) {
        for (Session s : sessions.getOrDefault(code, List.of())) {
          if (s.fiscalYear() == year) {
            all++;
            if (s.past(now)) {
              past.add(s);
            }
          }
        }
      }
      if (past.isEmpty()) {
        return;
      }
      int goal =
          (int) Math.round(target * (0.93 + rng.nextDouble() * 0.12) * past.size() / (double) all);
      String prerequisite = tier.prerequisite().get();
      LocalDate lastStart =
          past.stream().map(Session::day).max(Comparator.naturalOrder()).orElseThrow();
      List<Person> candidates = new ArrayList<>();
      for (Person p : people) {
        if (showcase.containsValue(p.employeeNo()) || held(p, tierCode).isPresent()) {
          continue;
        }
        Optional<LocalDate> before = held(p, prerequisite);
        if (before.isPresent()
            && before.get().isBefore(lastStart.minusDays(30))
            && p.employedOn(max(before.get(), fy.getStart()))) {
          candidates.add(p);
        }
      }
      shuffle(candidates, rng);
      if (tierDepth(tierCode) == 1) {
        // implementers (主任, 主査, 係長) are nominated first: 1-2 per section do the work
        candidates.sort(
            Comparator.comparingInt(
                p -> IMPLEMENTER_POSITIONS.contains(p.positionOn(fy.getStart())) ? 0 : 1));
      }
      int achieved = 0;
      for (Person p : candidates) {
        if (achieved >= goal) {
          break;
        }
        LocalDate from = max(held(p, prerequisite).get().plusDays(7), fy.getStart());
        if (takeCourses(p, tier, year, from)) {
          achieved++;
        }
      }
    }

    private List<String> coursesOf(Tier tier) {
      List<String> codes = new ArrayList<>(tier.requirement().required());
      for (ElectiveGroup group : tier.requirement().electives()) {
        for (String code : group.from()) {
          if (!codes.contains(code)) {
            codes.add(code);
          }
        }
      }
      return codes;
    }

    /**
     * Someone takes a tier's courses in the year's past offerings from a day on: the required ones,
     * and from each elective group the courses asked for (sometimes one more). A course not passed
     * is retaken once, later in the year, where a seat is free.
     *
     * @return whether every course was passed
     */
    private boolean takeCourses(Person p, Tier tier, int year, LocalDate from) {
      List<String> wanted = new ArrayList<>(tier.requirement().required());
      for (ElectiveGroup group : tier.requirement().electives()) {
        List<String> choice = new ArrayList<>(group.from());
        shuffle(choice, rng);
        int take = Math.min(choice.size(), group.choose() + (rng.nextInt(5) == 0 ? 1 : 0));
        wanted.addAll(choice.subList(0, take));
      }
      boolean all = true;
      for (String course : wanted) {
        if (firstPassed.getOrDefault(p.id(), Map.of()).containsKey(course)) {
          continue;
        }
        boolean ok = false;
        LocalDate after = from;
        for (int attempt = 0; attempt < 2 && !ok; attempt++) {
          Session s = pastSeat(course, year, after, p);
          if (s == null) {
            break;
          }
          EnrolmentStatus outcome = seatPast(s, p, s.day());
          ok = outcome == EnrolmentStatus.COMPLETED;
          after = s.day().plusDays(1);
          if (!ok && rng.nextInt(10) < 3) {
            break;
          }
        }
        all &= ok;
      }
      return all;
    }

    /** A free seat in a past offering of the course in that year, on or after a day. */
    private Session pastSeat(String course, int year, LocalDate from, Person p) {
      List<Session> open = new ArrayList<>();
      for (Session s : sessions.getOrDefault(course, List.of())) {
        if (s.fiscalYear() == year
            && s.past(now)
            && !s.day().isBefore(from)
            && s.hasSeat()
            && p.employedOn(s.day())
            && !s.people.contains(p.id())) {
          open.add(s);
        }
      }
      return open.isEmpty() ? null : open.get(rng.nextInt(open.size()));
    }

    /**
     * A seat in an offering that took place: asked for before the deadline, then mostly completed
     * (a completion recorded by attendance), sometimes not completed or not attended. Now and then
     * someone else withdrew before the deadline.
     */
    private EnrolmentStatus seatPast(Session s, Person p, LocalDate day) {
      LocalDateTime asked = requestTime(s, p);
      if (withdrawals && rng.nextInt(40) == 0) {
        Person other = people.get(rng.nextInt(people.size()));
        if (!s.people.contains(other.id())
            && other.employedOn(s.deadline)
            && other.employedOn(s.scheduledAt.toLocalDate())) {
          LocalDateTime otherAsked = requestTime(s, other);
          Place withdrawn = new Place(other, EnrolmentStatus.WITHDRAWN, otherAsked);
          withdrawn.endedAt = otherAsked.plusDays(1 + rng.nextInt(3));
          if (withdrawn.endedAt.toLocalDate().isAfter(s.deadline)) {
            withdrawn.endedAt = s.deadline.atTime(12, 0);
          }
          if (!withdrawn.endedAt.isBefore(otherAsked)) {
            s.places.add(withdrawn);
            s.people.add(other.id());
          }
        }
      }
      int draw = forceComplete ? 0 : rng.nextInt(100);
      EnrolmentStatus outcome =
          draw < 91
              ? EnrolmentStatus.COMPLETED
              : draw < 95 ? EnrolmentStatus.NOT_COMPLETED : EnrolmentStatus.NO_SHOW;
      Place place = new Place(p, outcome, asked);
      place.endedAt = s.endsAt.plusDays(1).toLocalDate().atTime(17, 0);
      if (place.endedAt.isAfter(now)) {
        place.endedAt = now.withNano(0);
      }
      s.places.add(place);
      s.people.add(p.id());
      s.seated++;
      if (outcome == EnrolmentStatus.COMPLETED) {
        passed(p, s.course, day);
      }
      return outcome;
    }

    /** When someone asked for a place: between scheduling and the deadline, while employed. */
    private LocalDateTime requestTime(Session s, Person p) {
      LocalDateTime open = s.scheduledAt.plusDays(1);
      if (p.hiredOn() != null && open.toLocalDate().isBefore(p.hiredOn())) {
        open = p.hiredOn().atTime(9, 0);
      }
      LocalDateTime close = s.deadline.atTime(17, 0);
      if (close.isAfter(now)) {
        close = now.minusMinutes(1);
      }
      if (p.leftOn() != null && !close.toLocalDate().isBefore(p.leftOn())) {
        close = p.leftOn().minusDays(1).atTime(17, 0);
      }
      long minutes = Math.max(1, ChronoUnit.MINUTES.between(open, close));
      return open.plusMinutes(rng.nextLong(minutes)).withSecond(0).withNano(0);
    }

    /** Position-based training in a year: the people its rule names attend one offering. */
    private void positionTraining(int year) {
      FiscalYear fy = FiscalYear.of(year);
      LocalDate asOf = min(fy.getEnd(), today);
      for (PositionTraining training : content.positionTrainings()) {
        if (!sessions.containsKey(training.course())) {
          continue;
        }
        for (Person p : people) {
          LocalDate seen = p.leftOn() != null ? min(asOf, p.leftOn().minusDays(1)) : asOf;
          if (seen.isBefore(fy.getStart()) || rng.nextInt(100) >= 93) {
            continue;
          }
          LocalDate since = p.positionHeldSince(seen);
          if (!training.rule().appliesTo(p.positionOn(seen), since, p.hiredOn(), year)) {
            continue;
          }
          LocalDate from = fy.getStart();
          if (since != null) {
            from = max(from, since);
          }
          if (p.hiredOn() != null) {
            from = max(from, p.hiredOn());
          }
          Session s = pastSeat(training.course(), year, from, p);
          if (s != null) {
            seatPast(s, p, s.day());
          }
        }
      }
    }

    /**
     * Places in the offerings still to come: people who may take the course ask for them, most
     * offerings of this year fill well, some fill up and have a waitlist, next year's are just
     * opening.
     */
    private void upcoming() {
      Set<String> liveCourse = new HashSet<>();
      Map<String, List<Person>> entitled = new HashMap<>();
      for (Session s : allSessions()) {
        for (Place place : s.places) {
          if (place.status.isLive()) {
            liveCourse.add(place.person.id() + "/" + s.course);
          }
        }
      }
      for (Session s : allSessions()) {
        if (s.past(now) || s.places.size() > s.capacity) {
          continue;
        }
        boolean showcased = false;
        for (Place place : s.places) {
          showcased |= showcase.containsValue(place.person.employeeNo());
        }
        boolean thisYear = s.fiscalYear() == currentYear;
        int draw = rng.nextInt(100);
        int wanted;
        if (thisYear && draw < 18) {
          wanted = s.capacity + 1 + rng.nextInt(8);
        } else if (thisYear) {
          wanted = s.capacity * (40 + rng.nextInt(56)) / 100;
        } else {
          wanted = s.capacity * rng.nextInt(36) / 100;
        }
        if (showcased) {
          // a demo login keeps its seat: nobody arrives beyond the capacity
          wanted = Math.min(wanted, s.capacity);
        }
        wanted -= s.places.size();
        List<Person> pool =
            entitled.computeIfAbsent(s.course + "/" + s.fiscalYear(), k -> mayTake(s));
        // random draws from who may take it: a shuffle per offering would cost the whole city
        for (int tries = 0; wanted > 0 && !pool.isEmpty() && tries < 20 * wanted + 100; tries++) {
          Person p = pool.get(rng.nextInt(pool.size()));
          if (p.employedOn(s.day())
              && !s.people.contains(p.id())
              && liveCourse.add(p.id() + "/" + s.course)) {
            book(s, p, requestTime(s, p));
            wanted--;
          }
        }
      }
    }

    private void book(Session s, Person p, LocalDateTime at) {
      EnrolmentStatus status = s.hasSeat() ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
      if (status == EnrolmentStatus.ENROLLED) {
        s.seated++;
      }
      s.places.add(new Place(p, status, at));
      s.people.add(p.id());
    }

    /**
     * Who may ask for a place in offerings of the course in that fiscal year: employed today, not
     * done with the course, and entitled (the prerequisite tier held and the tier not yet, or named
     * by the position-based rule).
     */
    private List<Person> mayTake(Session s) {
      List<Person> who = new ArrayList<>();
      Optional<Tier> tier = s.definition.tier().flatMap(content::tier);
      Optional<PositionTraining> training =
          content.positionTrainings().stream().filter(t -> t.course().equals(s.course)).findFirst();
      for (Person p : people) {
        if (!p.employedOn(today)
            || showcase.containsValue(p.employeeNo())
            || firstPassed.getOrDefault(p.id(), Map.of()).containsKey(s.course)) {
          continue;
        }
        if (tier.isPresent()) {
          if (held(p, tier.get().code()).isPresent()
              || tier.get().prerequisite().isPresent()
                  && held(p, tier.get().prerequisite().get()).isEmpty()) {
            continue;
          }
        } else if (training.isPresent()) {
          if (!training
              .get()
              .rule()
              .appliesTo(
                  p.positionOn(today), p.positionHeldSince(today), p.hiredOn(), s.fiscalYear())) {
            continue;
          }
        }
        who.add(p);
      }
      return who;
    }

    /**
     * The demo logins' history, before anyone else's, so that the seats they need are free: the
     * staff login holds bronze, passed one silver course, is enrolled in a silver offering to come
     * and on the waitlist of a full one; the office login holds silver; the admin login gold; the
     * manager bronze.
     */
    private void showcaseHistory() {
      forceComplete = true;
      Tier first = tiers.get(0);
      for (Map.Entry<String, String> login : new TreeMap<>(showcase).entrySet()) {
        Person p = byNo.get(login.getValue());
        if (p == null) {
          continue;
        }
        SplittableRandom own = new SplittableRandom(mix(seed, p.employeeNo()));
        LocalDate day = FiscalYear.of(scale.firstFiscalYear()).getStart().plusDays(20);
        if (p.hiredOn() != null) {
          day = max(day, p.hiredOn().plusDays(7));
        }
        for (String course : first.requirement().required()) {
          day = workday(day);
          if (passable(p, day)) {
            eLearn(p, course, day, own);
          }
          day = day.plusDays(9);
        }
        int depth =
            switch (login.getKey()) {
              case CityGenerator.ROLE_ADMIN -> 2;
              case CityGenerator.ROLE_TRAINING_OFFICE -> 1;
              default -> 0;
            };
        for (int level = 1; level <= depth && level < tiers.size(); level++) {
          Tier tier = tiers.get(level);
          int year = Math.max(scale.firstFiscalYear(), scale.goldFrom() - 2 + level);
          takeCourses(p, tier, year, FiscalYear.of(year).getStart());
        }
        if (CityGenerator.ROLE_STAFF.equals(login.getKey()) && tiers.size() > 1) {
          staffPast(p, tiers.get(1));
        }
      }
      forceComplete = false;
    }

    private void staffPast(Person p, Tier next) {
      List<String> electives =
          next.requirement().electives().stream().flatMap(g -> g.from().stream()).toList();
      if (!electives.isEmpty()) {
        Session s =
            pastSeat(electives.get(0), currentYear, FiscalYear.of(currentYear).getStart(), p);
        if (s == null) {
          s = pastSeat(electives.get(0), currentYear - 1, LocalDate.MIN, p);
        }
        if (s != null) {
          Place place = forced(s, p);
          place.endedAt = s.endsAt.plusDays(1);
          passed(p, s.course, s.day());
        }
      }
    }

    /** The staff login's places to come: a seat in one offering, the waitlist of a full one. */
    private void staffUpcoming(Person p, Tier next) {
      List<String> required = next.requirement().required();
      Session enrolled = firstUpcoming(required.get(0), 0);
      if (enrolled != null) {
        book(enrolled, p, requestTime(enrolled, p));
      }
      if (required.size() > 1) {
        Session full = firstUpcoming(required.get(1), 1);
        if (full != null) {
          // the office filled it before the demo login asked: a full offering with a waitlist
          List<Person> others = mayTake(full);
          shuffle(others, rng);
          LocalDateTime last = full.scheduledAt;
          for (Person other : others) {
            if (!full.hasSeat()) {
              break;
            }
            if (!other.employedOn(full.day())) {
              continue;
            }
            LocalDateTime at = requestTime(full, other);
            last = at.isAfter(last) ? at : last;
            book(full, other, at);
          }
          book(full, p, last.plusMinutes(1));
        }
      }
    }

    private Place forced(Session s, Person p) {
      Place place = new Place(p, EnrolmentStatus.COMPLETED, requestTime(s, p));
      s.places.add(place);
      s.people.add(p.id());
      s.seated++;
      return place;
    }

    private Session firstUpcoming(String course, int skip) {
      List<Session> open = new ArrayList<>();
      for (Session s : sessions.getOrDefault(course, List.of())) {
        if (!s.past(now) && !s.deadline.isBefore(today) && s.places.isEmpty()) {
          open.add(s);
        }
      }
      return open.size() > skip ? open.get(skip) : null;
    }

    private List<Session> allSessions() {
      List<Session> all = new ArrayList<>();
      sessions.values().forEach(all::addAll);
      all.sort(Comparator.comparing((Session s) -> s.startsAt).thenComparing(s -> s.course));
      return all;
    }

    /**
     * The rows: offerings by start, each offering's places in order of arrival (the seats before
     * the waitlist), completions of attendance and e-learning, and the tiers judged from them.
     */
    private History assemble(boolean withLearning) {
      List<OfferingRow> offerings = new ArrayList<>();
      List<EnrolmentRow> enrolments = new ArrayList<>();
      List<CompletionRow> completions = new ArrayList<>();
      for (Session s : allSessions()) {
        s.index = offerings.size();
        s.places.sort(Comparator.comparing((Place p) -> p.requestedAt));
        // a seat is the earlier arrival's: whoever asked later waits
        int seats = 0;
        for (Place place : s.places) {
          if (place.status == EnrolmentStatus.ENROLLED
              || place.status == EnrolmentStatus.WAITLISTED) {
            place.status =
                seats < s.capacity - pastSeats(s)
                    ? EnrolmentStatus.ENROLLED
                    : EnrolmentStatus.WAITLISTED;
            if (place.status == EnrolmentStatus.ENROLLED) {
              seats++;
            }
          }
        }
        int enrolled = 0;
        int waitlisted = 0;
        long arrival = 0;
        for (Place place : s.places) {
          arrival++;
          int index = enrolments.size();
          boolean seated =
              place.status != EnrolmentStatus.WAITLISTED
                  && place.status != EnrolmentStatus.WITHDRAWN;
          if (place.status == EnrolmentStatus.WAITLISTED) {
            waitlisted++;
          } else if (seated) {
            enrolled++;
          }
          enrolments.add(
              new EnrolmentRow(
                  index,
                  s.index,
                  place.person.id(),
                  place.person.employeeNo(),
                  place.status,
                  arrival,
                  place.requestedAt,
                  place.status == EnrolmentStatus.WAITLISTED ? null : place.requestedAt,
                  place.endedAt));
          if (withLearning && place.status == EnrolmentStatus.COMPLETED) {
            completions.add(
                new CompletionRow(
                    place.person.id(),
                    place.person.employeeNo(),
                    s.course,
                    s.endsAt.toLocalDate(),
                    true,
                    null,
                    ATTENDANCE,
                    index));
          }
        }
        offerings.add(
            new OfferingRow(
                s.index,
                s.course,
                s.startsAt,
                s.endsAt,
                s.deadline,
                s.venue,
                s.onlineUrl,
                s.capacity,
                s.instructor,
                s.scheduledAt,
                enrolled,
                waitlisted,
                arrival));
      }
      List<TierRow> tierRows = new ArrayList<>();
      if (withLearning) {
        completions.addAll(eLearning);
        for (Person p : people) {
          Map<String, LocalDate> passed = firstPassed.get(p.id());
          if (passed == null) {
            continue;
          }
          new TreeMap<>(TierJudgement.judge(tiers, passed, Map.of()))
              .forEach((tier, on) -> tierRows.add(new TierRow(p.id(), p.employeeNo(), tier, on)));
        }
      }
      return new History(offerings, enrolments, completions, tierRows);
    }

    private int pastSeats(Session s) {
      int n = 0;
      for (Place place : s.places) {
        if (place.status.isOutcome()) {
          n++;
        }
      }
      return n;
    }
  }
}
