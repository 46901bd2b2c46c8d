package jp.city.lms.it.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import jp.city.lms.demo.boundary.DemoData;
import jp.city.lms.demo.control.CityGenerator;
import jp.city.lms.registry.control.ParsedSnapshot;
import jp.city.lms.registry.control.SnapshotReader;
import jp.city.lms.registry.control.SnapshotRefusedException;
import jp.city.lms.registry.entity.StaffStatus;

/**
 * The HR feed as a browser test sees it: the registry as it is now (from the test deployment's
 * {@code it/registry} files), as a generator snapshot that {@link CityGenerator#withChanges} can
 * vary, written to files a person would upload; and the REST push that puts the registry back.
 */
final class RegistryFeed {

  /** The two files of a snapshot, as bytes. */
  record CsvFiles(byte[] orgs, byte[] staff) {}

  private final URL base;
  private final HttpClient http = HttpClient.newHttpClient();

  RegistryFeed(URL base) {
    this.base = base;
  }

  /** The registry's open units and everyone who has not left, as the HR feed would send them. */
  CsvFiles now() {
    return new CsvFiles(get("orgs.csv"), get("staff.csv"));
  }

  /** The same files as a snapshot of the demo city's generator. */
  static CityGenerator.Snapshot snapshot(CsvFiles files, LocalDate effective) {
    ParsedSnapshot parsed;
    try {
      parsed = new SnapshotReader().read(files.orgs(), files.staff());
    } catch (SnapshotRefusedException e) {
      throw new IllegalStateException("the registry's own files are refused: " + e.getMessage());
    }
    if (!parsed.rejections().isEmpty()) {
      throw new IllegalStateException("the registry's own files have rejected rows: " + parsed);
    }
    List<CityGenerator.Org> orgs =
        parsed.orgs().stream()
            .map(o -> new CityGenerator.Org(o.code(), o.name(), o.parentCode(), o.kind()))
            .toList();
    List<CityGenerator.Person> staff =
        parsed.staff().stream()
            .map(
                p ->
                    new CityGenerator.Person(
                        p.employeeNo(),
                        p.name(),
                        p.nameKana(),
                        p.orgCode(),
                        p.position(),
                        p.jobCategory(),
                        p.hiredOn(),
                        p.status() == StaffStatus.ON_LEAVE
                            ? CityGenerator.ON_LEAVE
                            : CityGenerator.ACTIVE,
                        p.email(),
                        p.managerNo()))
            .toList();
    return new CityGenerator.Snapshot(effective, orgs, staff);
  }

  /** Writes orgs.csv and staff.csv into a new temporary folder. */
  static Path write(CityGenerator.Snapshot snapshot, boolean englishHeaders) {
    try {
      Path dir = Files.createTempDirectory("lms-registry-upload-");
      CityGenerator.write(snapshot, dir, StandardCharsets.UTF_8, englishHeaders);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports the files through the HR feed's REST face, as the HR system does.
   *
   * @return the JSON answer
   */
  String push(CsvFiles files, LocalDate effective) {
    String boundary = "lms-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "orgs", files.orgs());
    part(body, boundary, "staff", files.staff());
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    HttpRequest request =
        HttpRequest.newBuilder(uri("api/registry/snapshots?effective=" + effective))
            .header("Authorization", basic())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "the registry push answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static void part(ByteArrayOutputStream body, String boundary, String name, byte[] csv) {
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"; filename=\""
            + name
            + ".csv\"\r\nContent-Type: text/csv\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(csv);
    body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private byte[] get(String file) {
    HttpRequest request =
        HttpRequest.newBuilder(uri("api/it/registry/" + file))
            .header("Authorization", basic())
            .build();
    HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("it/registry/" + file + " answered " + response.statusCode());
    }
    return response.body();
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(base.toExternalForm() + path);
  }

  private static String basic() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (DemoData.HR_FEED_USER + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
