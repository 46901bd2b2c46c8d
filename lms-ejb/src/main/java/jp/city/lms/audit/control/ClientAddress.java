package jp.city.lms.audit.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * The network address the current request came from, for the audit log. The web tier sets it for
 * every request; work without a request (the nightly import) leaves it empty.
 */
@RequestScoped
public class ClientAddress {

  private String address;

  public String get() {
    return address;
  }

  public void set(String address) {
    this.address = address;
  }
}
