package jp.city.lms.registry.control;

import java.util.List;
import java.util.Locale;
import jp.city.lms.platform.control.CsvRefusedException;

/**
 * A registry snapshot the import must not apply at all: nothing in the registry may change. The
 * file-level reasons (empty, undecodable, malformed, a required column missing, a repeated employee
 * number or org code) mean the snapshot cannot be trusted as a whole; the two safeguards (too many
 * leavers, a shrinking registry) mean it is readable but looks like a broken export, and only those
 * an administrator may override by confirming the run explicitly. The message is kept as a key and
 * arguments so that it can be shown in Japanese (the default) or English.
 */
public class SnapshotRefusedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the run was refused, for machines (the REST answer, the run record, tests). */
  public enum Reason {
    EMPTY,
    MISSING_COLUMN,
    UNDECODABLE,
    MALFORMED,
    DUPLICATE_EMPLOYEE_NO,
    DUPLICATE_ORG_CODE,
    TOO_MANY_LEAVERS,
    REGISTRY_SHRINK;

    /** Whether an administrator's explicit confirmation may apply the snapshot anyway. */
    public boolean overridable() {
      return this == TOO_MANY_LEAVERS || this == REGISTRY_SHRINK;
    }
  }

  private final Reason reason;
  private final String messageKey;
  private final List<Object> args;

  public SnapshotRefusedException(Reason reason, String messageKey, Object... args) {
    super(messageKey);
    this.reason = reason;
    this.messageKey = messageKey;
    this.args = List.of(args);
  }

  /** A file the CSV reader could not read as a whole, in the registry's words. */
  public static SnapshotRefusedException of(CsvRefusedException refused) {
    Object[] args = refused.args().toArray();
    return switch (refused.kind()) {
      case EMPTY -> new SnapshotRefusedException(Reason.EMPTY, "refused.empty", args);
      case MISSING_COLUMN ->
          new SnapshotRefusedException(Reason.MISSING_COLUMN, "refused.missingColumn", args);
      case UNDECODABLE ->
          new SnapshotRefusedException(Reason.UNDECODABLE, "refused.undecodable", args);
      case MALFORMED -> new SnapshotRefusedException(Reason.MALFORMED, "refused.malformed", args);
    };
  }

  public Reason reason() {
    return reason;
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> args() {
    return args;
  }

  /** The reason in the given language; Japanese for any language without its own messages. */
  public String getMessage(Locale locale) {
    return RegistryMessages.format(locale, messageKey, args);
  }

  /** The reason in Japanese, the city's working language. */
  @Override
  public String getMessage() {
    return getMessage(RegistryMessages.DEFAULT_LOCALE);
  }

  @Override
  public String getLocalizedMessage() {
    return getMessage(Locale.getDefault());
  }
}
