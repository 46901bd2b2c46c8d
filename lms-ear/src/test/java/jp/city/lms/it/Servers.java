package jp.city.lms.it;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Where the server under test answers, seen from inside it (the ITs may run with a port offset).
 */
public final class Servers {

  private Servers() {}

  /** {@code http://127.0.0.1:<8080 + offset>/lms/}. */
  public static URL base() {
    try {
      return new URL(
          "http://127.0.0.1:"
              + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
              + "/lms/");
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A GET with HTTP Basic, as the HR system or a script calls the REST face. */
  public static HttpResponse<String> getWithBasic(String path, String user, String password)
      throws Exception {
    WebSession client = new WebSession(base());
    return client.send(
        HttpRequest.newBuilder(client.uri(path))
            .header("Authorization", WebSession.basic(user, password))
            .build());
  }
}
