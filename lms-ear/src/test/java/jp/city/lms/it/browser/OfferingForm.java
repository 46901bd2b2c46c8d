package jp.city.lms.it.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The training office's offerings page as a person uses it: opening the schedule dialog, choosing a
 * course, typing dates, venue and seats, and saving.
 */
final class OfferingForm {

  static final String PAGE = "office/offerings.xhtml";

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Browser browser;

  OfferingForm(Browser browser) {
    this.browser = browser;
  }

  void openPage() {
    browser.open(PAGE);
    browser.waitFor(By.id("offerings:list"));
  }

  void openNew() {
    browser.driver().findElement(By.id("offerings:new")).click();
    browser.waitFor(By.id("offeringForm:startsAt_input"));
  }

  void chooseCourse(String label) {
    CurriculumSteps.choose(browser, "offeringForm:course", label);
  }

  void dates(LocalDateTime start, LocalDateTime end, LocalDate deadline) {
    type("startsAt_input", start == null ? "" : DATE_TIME.format(start));
    type("endsAt_input", end == null ? "" : DATE_TIME.format(end));
    type("registrationDeadline_input", deadline == null ? "" : deadline.toString());
  }

  void type(String field, String text) {
    browser.type(By.id("offeringForm:" + field), text);
  }

  void save() {
    browser.driver().findElement(By.id("offeringForm:save")).click();
  }

  void waitUntilClosed() {
    browser.waitUntil(d -> !d.findElement(By.id("offeringDialog")).isDisplayed());
  }

  /** The message shown at a field of the dialog, once there is one. */
  String messageAt(String field) {
    By message = By.id("offeringForm:" + field + "Message");
    browser.waitUntil(d -> !d.findElement(message).getText().isBlank());
    // a second save re-renders the message it already shows: read it again if it was replaced
    return browser.text(message);
  }

  /** The table's rows whose text contains all of the given parts. */
  List<WebElement> rowsWith(String... parts) {
    return browser.driver().findElements(By.cssSelector("[id='offerings:list_data'] > tr")).stream()
        .filter(r -> List.of(parts).stream().allMatch(r.getText()::contains))
        .toList();
  }
}
