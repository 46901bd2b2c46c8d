package jp.city.lms.audit.entity;

import java.util.Objects;

/**
 * What a feature tells the audit log when it has changed something: the kind of change (a stable,
 * dotted name such as {@code offering.cancelled}), what it changed (an offering's number, an
 * employee number, a run) and a short detail. Who did it, when and from where the log finds out
 * itself.
 */
public record Change(String kind, String subject, String detail) {

  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
  }

  /** A change made in someone else's name, e.g. a login attempt for an account. */
  public record OnBehalf(Change change, String actor) {}
}
