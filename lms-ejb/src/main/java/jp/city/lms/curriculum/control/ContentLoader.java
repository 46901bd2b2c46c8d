package jp.city.lms.curriculum.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Loads the programme's content folder ({@code programme.yaml}, {@code tiers.yaml}, {@code
 * courses.yaml} and/or {@code courses/*.yaml}, {@code position-training.yaml}, {@code skills.yaml})
 * into a validated, immutable {@link ProgrammeContent}.
 *
 * <p>The files are edited by the training office, so a load never stops at the first mistake: it
 * reads everything through SnakeYAML's node API (which keeps line numbers), collects every error
 * with its file, line and field path, and throws {@link ContentInvalidException} with all of them.
 * Other files in the folder (such as the README) are ignored and are not part of the digest.
 *
 * <p>The digest is SHA-256 over the loaded files in the order of their relative paths (with {@code
 * /}); for each file it takes the path in UTF-8, a zero byte, the length as eight bytes and the raw
 * bytes. Any change to a loaded file, or a file added or removed, changes it.
 */
public final class ContentLoader {

  public static final String PROGRAMME_FILE = "programme.yaml";
  public static final String TIERS_FILE = "tiers.yaml";
  public static final String COURSES_FILE = "courses.yaml";
  public static final String COURSES_DIR = "courses";
  public static final String POSITION_TRAINING_FILE = "position-training.yaml";
  public static final String SKILLS_FILE = "skills.yaml";

  private static final List<String> REQUIRED_FILES =
      List.of(PROGRAMME_FILE, TIERS_FILE, POSITION_TRAINING_FILE, SKILLS_FILE);

  /**
   * Loads and validates the folder.
   *
   * @throws ContentInvalidException with every error found, when there is at least one
   */
  public ProgrammeContent load(Path directory) throws ContentInvalidException {
    ErrorSink errors = new ErrorSink();
    Map<String, byte[]> files = readFiles(directory, errors);
    if (Files.isDirectory(directory)) {
      checkPresence(files.keySet(), errors);
    }
    return parse(files, errors);
  }

  /**
   * The content files of a folder by relative path, as they are on disk: what {@link #load(Map)}
   * validates and the LMS keeps with each version it loads. Missing files are not reported here but
   * by the load, with every other error.
   *
   * @throws ContentInvalidException when the folder does not exist or a file cannot be read
   */
  public static Map<String, byte[]> filesOf(Path directory) throws ContentInvalidException {
    ErrorSink errors = new ErrorSink();
    Map<String, byte[]> files = readFiles(directory, errors);
    if (errors.count() > 0) {
      throw new ContentInvalidException(errors.sorted());
    }
    return files;
  }

  /**
   * Loads and validates content given as files, by their path relative to the content folder (with
   * {@code /}): the copy packaged into the application, or a version recorded earlier. Paths that
   * are not content files (such as the README) are ignored, as in a folder.
   *
   * @throws ContentInvalidException with every error found, when there is at least one
   */
  public ProgrammeContent load(Map<String, byte[]> files) throws ContentInvalidException {
    ErrorSink errors = new ErrorSink();
    Map<String, byte[]> contentFiles = new TreeMap<>();
    files.forEach(
        (name, bytes) -> {
          if (isContentFile(name)) {
            contentFiles.put(name, bytes);
          }
        });
    checkPresence(contentFiles.keySet(), errors);
    return parse(new LinkedHashMap<>(contentFiles), errors);
  }

  /** True for the paths a content folder is made of; everything else in it is ignored. */
  public static boolean isContentFile(String name) {
    return REQUIRED_FILES.contains(name)
        || COURSES_FILE.equals(name)
        || (name.startsWith(COURSES_DIR + "/")
            && name.endsWith(".yaml")
            && name.indexOf('/', COURSES_DIR.length() + 1) < 0);
  }

  private static ProgrammeContent parse(Map<String, byte[]> files, ErrorSink errors)
      throws ContentInvalidException {
    ContentReader reader = new ContentReader(errors);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String name = file.getKey();
      Node root = compose(name, file.getValue(), errors);
      if (root == null) {
        continue;
      }
      switch (name) {
        case SKILLS_FILE -> reader.readSkills(name, root);
        case TIERS_FILE -> reader.readTiers(name, root);
        case POSITION_TRAINING_FILE -> reader.readPositionTrainings(name, root);
        case PROGRAMME_FILE -> reader.readProgramme(name, root);
        default -> reader.readCourses(name, root);
      }
    }
    reader.crossCheck();
    if (errors.count() > 0) {
      throw new ContentInvalidException(errors.sorted());
    }
    return reader.content(digest(files), List.copyOf(files.keySet()));
  }

  /** The content files present, by relative path in sorted order. */
  private static Map<String, byte[]> readFiles(Path directory, ErrorSink errors) {
    if (!Files.isDirectory(directory)) {
      errors.add(directory.toString(), 0, "", "dir.missing");
      return Map.of();
    }
    List<String> names = new ArrayList<>();
    for (String name : REQUIRED_FILES) {
      if (Files.isRegularFile(directory.resolve(name))) {
        names.add(name);
      }
    }
    if (Files.isRegularFile(directory.resolve(COURSES_FILE))) {
      names.add(COURSES_FILE);
    }
    Path coursesDir = directory.resolve(COURSES_DIR);
    if (Files.isDirectory(coursesDir)) {
      try (Stream<Path> list = Files.list(coursesDir)) {
        list.filter(p -> p.getFileName().toString().endsWith(".yaml"))
            .filter(Files::isRegularFile)
            .map(p -> COURSES_DIR + "/" + p.getFileName())
            .forEach(names::add);
      } catch (IOException e) {
        errors.add(COURSES_DIR, 0, "", "file.unreadable", e.getMessage());
      }
    }
    names.sort(null);

    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : names) {
      try {
        files.put(name, Files.readAllBytes(directory.resolve(name)));
      } catch (IOException e) {
        errors.add(name, 0, "", "file.unreadable", e.getMessage());
      }
    }
    return files;
  }

  private static void checkPresence(Collection<String> names, ErrorSink errors) {
    for (String required : REQUIRED_FILES) {
      if (!names.contains(required)) {
        errors.add(required, 0, "", "file.missing", required);
      }
    }
    if (names.stream().noneMatch(n -> n.equals(COURSES_FILE) || n.startsWith(COURSES_DIR + "/"))) {
      errors.add(
          COURSES_FILE, 0, "", "file.missing", COURSES_FILE + ", " + COURSES_DIR + "/*.yaml");
    }
  }

  private static Node compose(String name, byte[] bytes, ErrorSink errors) {
    LoaderOptions options = new LoaderOptions();
    Yaml yaml = new Yaml(new SafeConstructor(options));
    try (Reader reader = new UnicodeReader(new ByteArrayInputStream(bytes))) {
      Node root = yaml.compose(reader);
      if (root == null) {
        errors.add(name, 0, "", "file.empty");
      }
      return root;
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      errors.add(name, line, "", "yaml.syntax", problem);
    } catch (YAMLException e) {
      errors.add(name, 0, "", "yaml.syntax", e.getMessage());
    } catch (IOException e) {
      errors.add(name, 0, "", "file.unreadable", e.getMessage());
    }
    return null;
  }

  private static String digest(Map<String, byte[]> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(file.getValue().length).array());
        sha.update(file.getValue());
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
