package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.city.lms.curriculum.boundary.Offerings;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.curriculum.entity.OfferingPlan;
import jp.city.lms.enrolment.boundary.Enrolments;
import jp.city.lms.enrolment.boundary.Enrolments.Place;
import jp.city.lms.enrolment.entity.EnrolmentStatus;
import jp.city.lms.notice.boundary.NoticeSender;
import jp.city.lms.notice.boundary.Notices;
import jp.city.lms.notice.boundary.Reminders;
import jp.city.lms.notice.entity.Notice;
import jp.city.lms.notice.entity.NoticeKind;
import jp.city.lms.notice.entity.NoticeStatus;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.entity.StaffStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notices by mail against a real SMTP server: GreenMail listens in the server on the port the
 * server's mail session was pointed at ({@code lms.mail.port}), and the test reads what it
 * received. Each notice arrives once, whatever runs twice.
 */
@ExtendWith(ArquillianExtension.class)
class NoticeIT {

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.ear();
    WebArchive war = ear.getAsType(WebArchive.class, "lms-web.war");
    war.addAsLibrary(
        new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().getPath()));
    ear.addAsModule(war);
    return ear;
  }

  private static final long WAIT = 20_000;

  @EJB Enrolments enrolments;
  @EJB Offerings offerings;
  @EJB Notices notices;
  @EJB NoticeSender sender;
  @EJB Reminders reminders;
  @EJB TestData data;
  @EJB NoticeFixtures fixtures;
  @EJB AsTrainingOffice office;
  @Inject CityClock clock;

  @Resource(lookup = "java:jboss/mail/Lms")
  Session session;

  private GreenMail mail;
  private String prefix;
  private String unit;

  @BeforeEach
  void mailServerAndPeople() throws Exception {
    int port = Integer.getInteger("lms.mail.port");
    mail = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    prefix = TestData.unique();
    unit = prefix + "U";
    data.unit(unit, "通知課", "課", null);
  }

  @AfterEach
  void stop() {
    clock.reset();
    mail.stop();
  }

  private String person(String suffix, boolean withEmail) {
    String no = prefix + suffix;
    data.staff(no, "通知 " + suffix, "ツウチ", unit, "係員", StaffStatus.ACTIVE);
    if (withEmail) {
      fixtures.email(no, address(suffix));
    }
    return no;
  }

  private String address(String suffix) {
    return (prefix + "." + suffix + "@city.example").toLowerCase(java.util.Locale.ROOT);
  }

  private Offering offering(int capacity) throws Exception {
    return offering(capacity, 10);
  }

  /**
   * An offering some days ahead. The reminder's test takes one years ahead, on a day of its own,
   * where no offering of the demo's history (this fiscal year and next) has places to remind of.
   */
  private Offering offering(int capacity, int daysAhead) throws Exception {
    String code =
        office.call(() -> offerings.schedulableCourses()).stream()
            .filter(c -> c.getTier() == null)
            .map(Course::getCode)
            .findFirst()
            .orElseThrow();
    return office.call(() -> offerings.schedule(code, plan(daysAhead, 13, capacity)));
  }

  private static OfferingPlan plan(int days, int hour, int capacity) {
    LocalDate day = CityClock.systemToday().plusDays(days);
    return new OfferingPlan(
        day.atTime(LocalTime.of(hour, 30)),
        day.atTime(LocalTime.of(hour + 4, 30)),
        day.minusDays(5),
        "本庁舎 3階 研修室",
        null,
        capacity,
        "通知 講師");
  }

  /** The mails GreenMail has for this test's people, once at least {@code count} arrived. */
  private List<MimeMessage> mails(int count) throws Exception {
    long until = System.currentTimeMillis() + WAIT;
    List<MimeMessage> ours;
    do {
      ours = new ArrayList<>();
      for (MimeMessage m : mail.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().startsWith(prefix.toLowerCase())) {
          ours.add(m);
        }
      }
      if (ours.size() >= count) {
        break;
      }
      Thread.sleep(100);
    } while (System.currentTimeMillis() < until);
    return ours;
  }

  /** The mails GreenMail has for this test's people once anything still on its way arrived. */
  private List<MimeMessage> settled() throws Exception {
    Thread.sleep(3000);
    return mails(0);
  }

  private static List<String> to(List<MimeMessage> mails, String address) throws Exception {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage m : mails) {
      if (m.getAllRecipients()[0].toString().equals(address)) {
        subjects.add(m.getSubject());
      }
    }
    return subjects;
  }

  private static String body(MimeMessage m) throws Exception {
    return String.valueOf(m.getContent());
  }

  @Test
  void confirmedWaitlistedPromotedChangedAndCancelledEachArriveOnce() throws Exception {
    String first = person("A", true);
    String second = person("B", true);
    Offering offering = offering(1);
    long id = offering.getId();

    Place seated = office.call(() -> enrolments.enrol(id, first));
    Place waiting = office.call(() -> enrolments.enrol(id, second));
    assertEquals(EnrolmentStatus.ENROLLED, seated.enrolment().getStatus());
    assertEquals(1, waiting.waitlistPosition());
    List<MimeMessage> got = mails(2);
    assertEquals(2, got.size());
    List<String> toFirst = to(got, address("A"));
    assertEquals(1, toFirst.size(), toFirst.toString());
    assertTrue(toFirst.get(0).contains("受講確定"), toFirst.get(0));
    assertTrue(toFirst.get(0).contains("Enrolment confirmed"), toFirst.get(0));
    List<String> toSecond = to(got, address("B"));
    assertTrue(toSecond.get(0).contains("キャンセル待ち受付（1番目）"), toSecond.get(0));
    MimeMessage confirmed =
        got.stream().filter(m -> subject(m).contains("受講確定")).findFirst().orElseThrow();
    String text = body(confirmed);
    assertTrue(text.contains("本庁舎 3階 研修室"), text);
    assertTrue(text.contains("令和"), text);
    assertTrue(text.indexOf("様") < text.indexOf("Dear"), "Japanese first, then English");

    office.call(
        () -> {
          enrolments.withdraw(id, first);
          return null;
        });
    got = mails(4);
    assertEquals(4, got.size());
    assertTrue(to(got, address("A")).stream().anyMatch(s -> s.contains("受講取消")));
    assertTrue(to(got, address("B")).stream().anyMatch(s -> s.contains("繰り上げ受講確定")));

    office.call(() -> offerings.change(id, plan(10, 14, 1)));
    got = mails(5);
    assertEquals(5, got.size());
    assertTrue(to(got, address("B")).stream().anyMatch(s -> s.contains("日時・会場の変更")));
    String changed =
        body(got.stream().filter(m -> subject(m).contains("日時・会場の変更")).findFirst().orElseThrow());
    assertTrue(changed.contains("14:30～18:30"), changed);

    // more seats change nothing the person was told: no mail; a second change of time is told
    office.call(() -> offerings.change(id, plan(10, 14, 3)));
    office.call(() -> offerings.change(id, plan(10, 9, 3)));
    got = mails(6);
    assertEquals(6, got.size());
    assertEquals(2, to(got, address("B")).stream().filter(s -> s.contains("日時・会場の変更")).count());

    office.call(() -> offerings.cancel(id, "講師の都合"));
    got = mails(7);
    assertEquals(7, got.size());
    assertTrue(to(got, address("B")).stream().anyMatch(s -> s.contains("研修中止")));

    // the sender running again, twice at once, sends nothing twice
    senderTwiceAtOnce();
    got = settled();
    assertEquals(7, got.size(), "no duplicates");
    HashSet<String> keys = new HashSet<>();
    for (MimeMessage m : got) {
      assertTrue(
          keys.add(m.getHeader("X-LMS-Notice")[0]), Arrays.toString(m.getHeader("X-LMS-Notice")));
    }
    for (Notice n : office.call(() -> notices.ofPerson(second))) {
      assertEquals(NoticeStatus.SENT, n.getStatus(), n.toString());
      assertEquals(1, n.getAttempts(), n.toString());
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return String.valueOf(m.getSubject());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void senderTwiceAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> run = () -> sender.sendDue();
      List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
      for (Future<Integer> f : runs) {
        assertEquals(0, f.get(), "nothing left to send");
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theMailSessionPointsAtTheConfiguredServerWithTimeLimits() {
    assertEquals("localhost", session.getProperty("mail.smtp.host"));
    assertEquals(System.getProperty("lms.mail.port"), session.getProperty("mail.smtp.port"));
    assertEquals("30000", session.getProperty("mail.smtp.timeout"));
    assertEquals("10000", session.getProperty("mail.smtp.connectiontimeout"));
  }

  @Test
  void sendersRunningAtOnceSendEachNoticeOnce() throws Exception {
    String many = person("C", true);
    fixtures.pending(many, 40);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    int sent = 0;
    try {
      Callable<Integer> run = () -> sender.sendDue();
      for (Future<Integer> f : pool.invokeAll(List.of(run, run, run))) {
        sent += f.get();
      }
    } finally {
      pool.shutdown();
    }
    List<MimeMessage> got = mails(40);
    assertEquals(40, got.size());
    assertEquals(40, settled().size(), "no second copy");
    // the minute's timer may have sent some of them too, never the same one
    assertTrue(sent <= 40, "sent " + sent);
    HashSet<String> keys = new HashSet<>();
    for (MimeMessage m : got) {
      assertTrue(keys.add(m.getHeader("X-LMS-Notice")[0]), m.getHeader("X-LMS-Notice")[0]);
    }
    for (Notice n : office.call(() -> notices.ofPerson(many))) {
      assertEquals(NoticeStatus.SENT, n.getStatus(), n.toString());
      assertEquals(1, n.getAttempts(), "claimed once: " + n);
    }
  }

  @Test
  void theReminderArrivesOnceAndSomeoneWithoutAddressIsKeptNotSent() throws Exception {
    String withMail = person("R", true);
    String without = person("N", false);
    Offering offering = offering(2, 1_100 + (int) (System.currentTimeMillis() / 60_000 % 500));
    long id = offering.getId();
    office.call(() -> enrolments.enrol(id, withMail));
    Place held = office.call(() -> enrolments.enrol(id, without));
    assertEquals(1, mails(1).size());

    LocalDate startsOn = offering.getStartsAt().toLocalDate();
    clock.setToday(startsOn.minusDays(4));
    assertEquals(0, office.call(() -> reminders.remind()), "four days before: not yet");
    clock.setToday(startsOn.minusDays(3));
    assertEquals(2, office.call(() -> reminders.remind()), "both, one of them held");
    assertEquals(0, office.call(() -> reminders.remind()), "the job again: nothing new");
    List<MimeMessage> got = mails(2);
    assertEquals(2, got.size());
    List<String> toR = to(got, address("R"));
    assertTrue(toR.stream().anyMatch(s -> s.contains("開催3日前のお知らせ")), toR.toString());
    sender.sendDue();
    sender.sendDue();
    assertEquals(2, settled().size(), "no duplicate reminder");

    List<Notice> kept = office.call(() -> notices.ofEnrolment(held.enrolment().getId()));
    assertEquals(2, kept.size(), kept.toString());
    for (Notice n : kept) {
      assertEquals(NoticeStatus.HELD, n.getStatus(), n.toString());
      assertEquals(Notice.NO_ADDRESS, n.getLastError());
      assertEquals(0, n.getAttempts(), "never tried");
      assertNull(n.getSentAt());
      assertNull(n.getRecipient());
    }
    assertEquals(
        List.of(NoticeKind.ENROLLED, NoticeKind.REMINDER),
        kept.stream().map(Notice::getKind).toList());
  }
}
