package jp.city.lms.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import jp.city.lms.security.entity.Role;

/**
 * Runs part of an in-container test as an administrator, through the same role checks as pages and
 * REST calls.
 */
@Stateless
@PermitAll
@RunAs(Role.ADMIN)
public class AsAdmin {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
