package jp.city.lms.enrolment.entity;

import java.util.List;

/**
 * Many things that happened to enrolments in one transaction (the office placing a cohort in an
 * offering), fired as one event: each person is told exactly as by their own {@link
 * EnrolmentEvent}, while the notices are written in one go. Its enrolments are in the persistence
 * context of the transaction that fires it.
 */
public record EnrolmentEvents(List<EnrolmentEvent> events) {

  public EnrolmentEvents {
    events = List.copyOf(events);
  }
}
