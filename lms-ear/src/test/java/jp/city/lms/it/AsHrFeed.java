package jp.city.lms.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import jp.city.lms.security.entity.Role;

/** Runs part of an in-container test as the HR system's feed account. */
@Stateless
@PermitAll
@RunAs(Role.HR_FEED)
public class AsHrFeed {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
