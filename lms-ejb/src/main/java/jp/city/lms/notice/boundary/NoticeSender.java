package jp.city.lms.notice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import jp.city.lms.notice.control.Mailer;
import jp.city.lms.notice.control.NoticeWriter.NoticeWritten;
import jp.city.lms.notice.control.Outbox;
import jp.city.lms.notice.entity.Notice;
import jp.city.lms.platform.boundary.CityClock;

/**
 * Sends what the outbox holds: right after the transaction that wrote a notice commits (in the
 * background, so nobody waits for the mail server), and every minute for whatever is still due (a
 * mail server that was down, a server that stopped with notices unsent). Each notice is claimed
 * before it is sent, so runs that overlap never send one twice; it is marked sent in a transaction
 * of its own. Runs without a caller (timers, after a commit); it only sends what was written.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeSender {

  private static final Logger LOG = Logger.getLogger(NoticeSender.class.getName());

  /** At most this many notices per run; the next run takes the rest. */
  static final int BATCH = 500;

  @EJB Outbox outbox;
  @Inject Mailer mailer;
  @Inject CityClock clock;
  @Inject SendRequests requests;

  /** A run in the background (after a commit). */
  @Asynchronous
  public void sendSoon() {
    sendDue();
  }

  @Schedule(minute = "*", hour = "*", persistent = false, info = "notice sender")
  void everyMinute() {
    sendDue();
  }

  /**
   * Sends every notice that is due and not taken by another run.
   *
   * @return how many this run sent (or logged)
   */
  public int sendDue() {
    requests.taken();
    int sent = 0;
    for (long id : outbox.due(clock.now(), BATCH)) {
      Optional<Notice> claimed = outbox.claim(id, clock.now());
      if (claimed.isEmpty()) {
        continue;
      }
      Notice notice = claimed.get();
      try {
        boolean logged = mailer.send(notice, clock.instant());
        outbox.sent(id, logged, clock.now());
        sent++;
      } catch (SendFailedException refused) {
        // this mail's address was refused: the others may go
        fail(notice, refused);
      } catch (MessagingException | RuntimeException e) {
        // the mail server is down or unreachable: the rest wait for the next run rather than
        // each failing in turn
        fail(notice, e);
        break;
      }
    }
    return sent;
  }

  private void fail(Notice notice, Exception e) {
    LOG.warning(
        () ->
            "notice "
                + notice.getDedupeKey()
                + " not sent (attempt "
                + notice.getAttempts()
                + "): "
                + e);
    outbox.failed(notice.getId(), notice.getAttempts(), String.valueOf(e), clock.now());
  }

  /**
   * Asks for a run once a transaction that wrote notices has committed; many notices of one
   * transaction (an offering cancelled for thirty people) make one run.
   */
  @ApplicationScoped
  public static class SendRequests {

    private final AtomicBoolean requested = new AtomicBoolean();

    @EJB NoticeSender sender;

    public void afterCommit(
        @Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeWritten written) {
      if (requested.compareAndSet(false, true)) {
        sender.sendSoon();
      }
    }

    /** A run has begun: notices committed from now on need another. */
    public void taken() {
      requested.set(false);
    }
  }
}
