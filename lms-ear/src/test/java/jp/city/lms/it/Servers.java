package jp.city.lms.it;

/**
 * Where the server under test answers, seen from inside it (the ITs may run with a port offset).
 */
public final class Servers {

  private Servers() {}

  /** {@code http://127.0.0.1:<8080 + offset>/lms/}. */
  public static String base() {
    return "http://127.0.0.1:"
        + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
        + "/lms/";
  }
}
