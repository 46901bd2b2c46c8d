package jp.city.lms.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import jp.city.lms.platform.boundary.CityClock;

/**
 * Slows down password guessing, for the login form and HTTP Basic alike. After {@value
 * #DEFAULT_FAILURES} failed logins in a row for one account name, or from one address, every
 * further attempt for it is refused for a while, and the while doubles with every further failure
 * (from 30 seconds up to 15 minutes). Names that are no account are counted exactly like accounts,
 * so being refused says nothing about whether an account exists. A successful login clears its
 * account's count; an address's count fades after a day without failures.
 *
 * <p>Kept in memory: a restart forgets the counts, which only gives an attacker the few attempts a
 * restart costs them. Tests may lower the limits with system properties ({@value #FAILURES},
 * {@value #ADDRESS_FAILURES}, {@value #FIRST_LOCK}, {@value #LONGEST_LOCK}); the defaults are the
 * real ones.
 */
@ApplicationScoped
public class LoginThrottle {

  public static final String FAILURES = "lms.login.throttle.failures";
  public static final String ADDRESS_FAILURES = "lms.login.throttle.address-failures";
  public static final String FIRST_LOCK = "lms.login.throttle.first-lock";
  public static final String LONGEST_LOCK = "lms.login.throttle.longest-lock";

  static final int DEFAULT_FAILURES = 5;

  /** Counts older than this without a new failure are forgotten. */
  private static final Duration FORGET_AFTER = Duration.ofDays(1);

  /** Bounds the memory an attacker cycling through names can take. */
  private static final int MAX_TRACKED = 50_000;

  /** What the caller should do with an attempt, and whether this failure started a lockout. */
  public enum Verdict {
    TRY,
    REFUSE
  }

  private record Count(int failures, Instant lastFailure, Instant lockedUntil) {}

  private final Map<String, Count> counts = new ConcurrentHashMap<>();

  private Supplier<Instant> now;
  private int accountFailures;
  private int addressFailures;
  private Duration firstLock;
  private Duration longestLock;

  @Inject
  LoginThrottle(CityClock clock) {
    this(
        clock::instant,
        Integer.getInteger(FAILURES, DEFAULT_FAILURES),
        Integer.getInteger(ADDRESS_FAILURES, Integer.getInteger(FAILURES, DEFAULT_FAILURES)),
        Duration.parse(System.getProperty(FIRST_LOCK, "PT30S")),
        Duration.parse(System.getProperty(LONGEST_LOCK, "PT15M")));
  }

  LoginThrottle(
      Supplier<Instant> now,
      int accountFailures,
      int addressFailures,
      Duration firstLock,
      Duration longestLock) {
    this.now = now;
    this.accountFailures = accountFailures;
    this.addressFailures = addressFailures;
    this.firstLock = firstLock;
    this.longestLock = longestLock;
  }

  /** For CDI's proxy only. */
  protected LoginThrottle() {}

  /** Whether an attempt for this name from this address may be checked at all. */
  public Verdict before(String username, String address) {
    Instant at = now.get();
    return locked(account(username), at) || locked(address(address), at)
        ? Verdict.REFUSE
        : Verdict.TRY;
  }

  /**
   * Counts a failed attempt.
   *
   * @return true when this failure locks the account name or the address
   */
  public boolean failed(String username, String address) {
    Instant at = now.get();
    if (counts.size() > MAX_TRACKED) {
      counts.values().removeIf(c -> c.lastFailure().plus(FORGET_AFTER).isBefore(at));
    }
    boolean account = count(account(username), accountFailures, at);
    boolean from = address != null && count(address(address), addressFailures, at);
    return account || from;
  }

  /** A successful login clears the account's count (not the address's). */
  public void succeeded(String username) {
    counts.remove(account(username));
  }

  private boolean count(String key, int limit, Instant at) {
    Count counted =
        counts.compute(
            key,
            (k, c) -> {
              int failures =
                  c == null || c.lastFailure().plus(FORGET_AFTER).isBefore(at)
                      ? 1
                      : c.failures() + 1;
              Instant lockedUntil = failures < limit ? null : at.plus(lockFor(failures - limit));
              return new Count(failures, at, lockedUntil);
            });
    return counted.lockedUntil() != null;
  }

  /** The first lock after the limit, doubled for every failure after it, up to the longest. */
  private Duration lockFor(int beyondLimit) {
    Duration lock = firstLock;
    for (int i = 0; i < beyondLimit && lock.compareTo(longestLock) < 0; i++) {
      lock = lock.multipliedBy(2);
    }
    return lock.compareTo(longestLock) > 0 ? longestLock : lock;
  }

  private boolean locked(String key, Instant at) {
    Count count = key == null ? null : counts.get(key);
    return count != null && count.lockedUntil() != null && at.isBefore(count.lockedUntil());
  }

  /** Names as the store would find them: "０００１２３" and "000123" are one account. */
  private static String account(String username) {
    String name = username == null ? "" : username;
    return "account:"
        + Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }

  private static String address(String address) {
    return address == null ? null : "address:" + address;
  }
}
