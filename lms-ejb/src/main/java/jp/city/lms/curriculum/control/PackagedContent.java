package jp.city.lms.curriculum.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The copy of the content folder that the build packs into the application (under {@code content/}
 * on the class path), so that a deployed LMS always has a programme even where no content folder is
 * configured. A class path cannot be listed portably (WildFly serves it from a virtual file
 * system), so the build also writes {@value #INDEX}, the packed files one per line.
 */
public final class PackagedContent {

  public static final String ROOT = "content/";
  public static final String INDEX = ROOT + "files.list";

  private PackagedContent() {}

  /** The packed files by path relative to the content folder; empty when nothing was packed. */
  public static Optional<Map<String, byte[]>> files(ClassLoader classLoader) {
    byte[] index = read(classLoader, INDEX);
    if (index == null) {
      return Optional.empty();
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String line : new String(index, StandardCharsets.UTF_8).split("\\R")) {
      String name = line.strip();
      if (!name.isEmpty()) {
        byte[] bytes = read(classLoader, ROOT + name);
        if (bytes != null) {
          files.put(name, bytes);
        }
      }
    }
    return Optional.of(files);
  }

  private static byte[] read(ClassLoader classLoader, String resource) {
    try (InputStream in = classLoader.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
