package jp.city.lms.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * A record outside the caller's {@link Scope} was asked for: pages and REST answer 403. It rolls
 * back, like any refusal of access.
 */
@ApplicationException(rollback = true)
public class OutOfScopeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OutOfScopeException(String what) {
    super(what + " is outside the caller's scope");
  }
}
