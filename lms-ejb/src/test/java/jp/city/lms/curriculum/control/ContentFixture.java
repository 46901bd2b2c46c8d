package jp.city.lms.curriculum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.city.lms.curriculum.entity.ProgrammeContent;

/**
 * A content folder for one test: a copy of a fixture under {@code content-fixtures/} (or of the
 * real content) in a temporary directory, which the test then edits.
 */
final class ContentFixture {

  private final Path dir;

  private ContentFixture(Path dir) {
    this.dir = dir;
  }

  static ContentFixture copyOf(String fixture, Path target) {
    URL url = ContentFixture.class.getResource("/content-fixtures/" + fixture);
    if (url == null) {
      fail("no fixture content-fixtures/" + fixture);
    }
    try {
      return copyOf(Path.of(url.toURI()), target);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ContentFixture copyOf(Path source, Path target) {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path from : paths.toList()) {
        Path to = target.resolve(source.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ContentFixture(target);
  }

  /**
   * The real content folder: the system property {@code lms.content.dir}, else {@code ../content}
   * relative to the module the tests run in.
   */
  static Path realContentDir() {
    String configured = System.getProperty("lms.content.dir");
    Path dir =
        configured == null || configured.isBlank() ? Path.of("..", "content") : Path.of(configured);
    assertTrue(
        Files.isDirectory(dir), "content folder not found: " + dir.toAbsolutePath().normalize());
    return dir;
  }

  Path dir() {
    return dir;
  }

  /** Replaces text that must occur exactly once in the file. */
  ContentFixture replace(String file, String from, String to) {
    String text = read(file);
    int first = text.indexOf(from);
    assertTrue(first >= 0, () -> "'" + from + "' not in " + file);
    assertEquals(-1, text.indexOf(from, first + 1), () -> "'" + from + "' occurs twice in " + file);
    return write(file, text.replace(from, to));
  }

  ContentFixture write(String file, String text) {
    try {
      Path path = dir.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  ContentFixture delete(String file) {
    try {
      Files.delete(dir.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  String read(String file) {
    try {
      return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line of the first line of the file containing {@code text}. */
  int lineOf(String file, String text) {
    List<String> lines = read(file).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    return fail("'" + text + "' not in " + file);
  }

  ProgrammeContent load() throws ContentInvalidException {
    return new ContentLoader().load(dir);
  }

  List<ContentError> errors() {
    ContentInvalidException e = assertThrows(ContentInvalidException.class, this::load);
    assertTrue(!e.errors().isEmpty(), "an invalid load carries its errors");
    return e.errors();
  }

  /** The one error of the load; fails listing them all when there are none or several. */
  ContentError onlyError() {
    List<ContentError> errors = errors();
    assertEquals(1, errors.size(), () -> "expected one error:\n" + render(errors));
    return errors.get(0);
  }

  static String render(List<ContentError> errors) {
    return errors.stream().map(e -> e.render(Locale.ENGLISH)).collect(Collectors.joining("\n"));
  }
}
