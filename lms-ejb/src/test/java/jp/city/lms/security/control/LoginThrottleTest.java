package jp.city.lms.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import jp.city.lms.security.control.LoginThrottle.Verdict;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-04-01T00:00:00Z"));
  private final LoginThrottle throttle =
      new LoginThrottle(now::get, 5, 5, Duration.ofSeconds(30), Duration.ofMinutes(15));

  private void later(Duration duration) {
    now.set(now.get().plus(duration));
  }

  @Test
  void fourFailuresLeaveTheAccountOpenTheFifthLocksIt() {
    for (int i = 0; i < 4; i++) {
      assertFalse(throttle.failed("1000001", "10.0.0." + i));
      assertEquals(Verdict.TRY, throttle.before("1000001", "10.0.0.9"));
    }
    assertTrue(throttle.failed("1000001", "10.0.0.5"));
    assertEquals(Verdict.REFUSE, throttle.before("1000001", "10.0.0.9"));
    assertEquals(Verdict.TRY, throttle.before("1000002", "10.0.0.9"), "other accounts stay open");
  }

  @Test
  void theLockGrowsWithEveryFurtherFailureUpToTheLongest() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("1000001", null);
    }
    later(Duration.ofSeconds(29));
    assertEquals(Verdict.REFUSE, throttle.before("1000001", null));
    later(Duration.ofSeconds(2));
    assertEquals(Verdict.TRY, throttle.before("1000001", null));
    throttle.failed("1000001", null);
    later(Duration.ofSeconds(59));
    assertEquals(Verdict.REFUSE, throttle.before("1000001", null), "60 s after the 6th failure");
    later(Duration.ofSeconds(2));
    assertEquals(Verdict.TRY, throttle.before("1000001", null));
    for (int i = 0; i < 20; i++) {
      throttle.failed("1000001", null);
    }
    later(Duration.ofMinutes(15).plusSeconds(1));
    assertEquals(Verdict.TRY, throttle.before("1000001", null), "never longer than 15 minutes");
  }

  @Test
  void anAddressIsLockedForEveryNameAfterFiveFailures() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("guess" + i, "192.0.2.7");
    }
    assertEquals(Verdict.REFUSE, throttle.before("1000001", "192.0.2.7"));
    assertEquals(Verdict.TRY, throttle.before("1000001", "192.0.2.8"));
  }

  @Test
  void unknownNamesAndFullWidthDigitsCountLikeAccounts() {
    for (int i = 0; i < 5; i++) {
      throttle.failed(i % 2 == 0 ? "１０００００１" : "1000001", null);
    }
    assertEquals(Verdict.REFUSE, throttle.before("1000001", null));
    for (int i = 0; i < 5; i++) {
      throttle.failed("no-such-account", null);
    }
    assertEquals(Verdict.REFUSE, throttle.before("no-such-account", null));
  }

  @Test
  void successClearsTheAccountsCount() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("1000001", null);
    }
    throttle.succeeded("1000001");
    assertFalse(throttle.failed("1000001", null));
  }
}
