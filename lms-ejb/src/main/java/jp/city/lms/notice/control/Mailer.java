package jp.city.lms.notice.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Logger;
import jp.city.lms.notice.entity.Notice;

/**
 * Hands a notice to the application server's mail session (java:jboss/mail/Lms, configured by the
 * build from {@code lms.mail.host} / {@code LMS_MAIL_HOST} and friends). When neither the system
 * property nor the environment variable names a mail host, the server runs with its embedded
 * defaults: the mail is written to the log instead, so a demo or a developer's machine never fails
 * for want of a mail server.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  /** The system property naming the mail host (the environment variable is LMS_MAIL_HOST). */
  public static final String HOST = "lms.mail.host";

  @Resource(lookup = "java:jboss/mail/Lms")
  Session session;

  /** Whether a mail host was configured; if not, mails are logged. */
  public boolean isConfigured() {
    return present(System.getProperty(HOST)) || present(System.getenv("LMS_MAIL_HOST"));
  }

  /**
   * Sends the notice, or logs it when no mail host is configured.
   *
   * @return true when it was logged rather than sent
   * @throws MessagingException when the mail server refused it or could not be reached
   */
  public boolean send(Notice notice, Instant now) throws MessagingException {
    if (!isConfigured()) {
      LOG.info(
          () ->
              "mail (no mail host configured, logged instead) to "
                  + notice.getRecipient()
                  + ": "
                  + notice.getSubject());
      return true;
    }
    MimeMessage message = new MimeMessage(session);
    message.setFrom(); // the mail session's from address (lms.mail.from)
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(notice.getRecipient()));
    message.setSubject(notice.getSubject(), StandardCharsets.UTF_8.name());
    message.setText(notice.getBody(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(now));
    // lets a mail client or a test tell one notice from another, and spot a second copy
    message.setHeader("X-LMS-Notice", notice.getDedupeKey());
    Transport.send(message);
    return false;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
