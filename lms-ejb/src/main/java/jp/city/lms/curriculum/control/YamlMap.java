package jp.city.lms.curriculum.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.city.lms.curriculum.entity.LocalizedText;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed access to one YAML mapping of a content file, keeping the line of every node so that each
 * error names its file, line and field path. Accessors record an error and return null (or an empty
 * list) when a value is missing or of the wrong kind; callers build a model element only when no
 * error was recorded while reading it.
 */
final class YamlMap {

  /** One key of a mapping with its value, for mappings whose keys are data (skill codes, years). */
  record Entry(String key, Node keyNode, Node value, String path) {}

  private final String file;
  private final String path;
  private final MappingNode node;
  private final ErrorSink errors;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private YamlMap(String file, String path, MappingNode node, ErrorSink errors) {
    this.file = file;
    this.path = path;
    this.node = node;
    this.errors = errors;
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
        errors.add(file, keyNode, path, "key.notText");
        continue;
      }
      String key = scalar.getValue();
      NodeTuple earlier = entries.putIfAbsent(key, tuple);
      if (earlier != null) {
        errors.add(
            file,
            keyNode,
            pathOf(key),
            "key.duplicate",
            key,
            ErrorSink.lineOf(earlier.getKeyNode()));
      }
    }
  }

  /** The mapping at {@code node}; null, with an error recorded, when it is not a mapping. */
  static YamlMap of(String file, String path, Node node, ErrorSink errors) {
    if (node instanceof MappingNode mapping) {
      return new YamlMap(file, path, mapping, errors);
    }
    errors.add(file, node, path, "field.notMapping");
    return null;
  }

  String file() {
    return file;
  }

  String path() {
    return path;
  }

  int line() {
    return ErrorSink.lineOf(node);
  }

  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Records an error for every key not in {@code allowed}, which catches misspelt field names. */
  void allowOnly(String... allowed) {
    Set<String> known = Set.of(allowed);
    for (NodeTuple tuple : entries.values()) {
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      if (!known.contains(key)) {
        errors.add(
            file,
            tuple.getKeyNode(),
            pathOf(key),
            "field.unknown",
            key,
            String.join(", ", new TreeSet<>(Arrays.asList(allowed))));
      }
    }
  }

  /** The value of {@code key}, or null when the key is absent or has no value. */
  Node value(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null || isNull(tuple.getValueNode())) {
      return null;
    }
    return tuple.getValueNode();
  }

  /** The line of the value of {@code key}, of the key when it has no value, else of the mapping. */
  int lineOf(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      return line();
    }
    return ErrorSink.lineOf(
        isNull(tuple.getValueNode()) ? tuple.getKeyNode() : tuple.getValueNode());
  }

  boolean has(String key) {
    return value(key) != null;
  }

  String string(String key) {
    Node value = required(key);
    return value == null ? null : scalarText(value, file, pathOf(key), errors);
  }

  String optionalString(String key) {
    Node value = value(key);
    return value == null ? null : scalarText(value, file, pathOf(key), errors);
  }

  Integer integer(String key) {
    Node value = required(key);
    return value == null ? null : scalarInteger(value, file, pathOf(key), errors);
  }

  Integer optionalInteger(String key) {
    Node value = value(key);
    return value == null ? null : scalarInteger(value, file, pathOf(key), errors);
  }

  /**
   * A Japanese/English text: a mapping with {@code ja} and {@code en}, or, where English is
   * optional, a plain string taken as Japanese.
   */
  LocalizedText text(String key, boolean required, boolean englishRequired) {
    Node value = required ? required(key) : value(key);
    if (value == null) {
      return null;
    }
    return text(value, file, pathOf(key), englishRequired, errors);
  }

  static LocalizedText text(
      Node value, String file, String path, boolean englishRequired, ErrorSink errors) {
    if (value instanceof ScalarNode && !englishRequired) {
      String ja = scalarText(value, file, path, errors);
      return ja == null ? null : LocalizedText.ofJapanese(ja);
    }
    YamlMap map = of(file, path, value, errors);
    if (map == null) {
      return null;
    }
    map.allowOnly("ja", "en");
    String ja = map.string("ja");
    String en = englishRequired ? map.string("en") : map.optionalString("en");
    return ja == null ? null : new LocalizedText(ja, en);
  }

  YamlMap map(String key, boolean required) {
    Node value = required ? required(key) : value(key);
    return value == null ? null : of(file, pathOf(key), value, errors);
  }

  /** A list of mappings, each with its path {@code key[i]}; broken items are left out. */
  List<YamlMap> maps(String key, boolean required) {
    List<YamlMap> maps = new ArrayList<>();
    List<Node> items = sequence(key, required);
    for (int i = 0; i < items.size(); i++) {
      YamlMap item = of(file, pathOf(key) + "[" + i + "]", items.get(i), errors);
      if (item != null) {
        maps.add(item);
      }
    }
    return maps;
  }

  /** A list of codes, written either as one value or as a list, each with where it was written. */
  List<Ref> codes(String key, boolean required) {
    Node value = required ? required(key) : value(key);
    List<Ref> codes = new ArrayList<>();
    if (value == null) {
      return codes;
    }
    if (value instanceof ScalarNode) {
      String code = scalarText(value, file, pathOf(key), errors);
      if (code != null) {
        codes.add(new Ref(code, file, ErrorSink.lineOf(value), pathOf(key)));
      }
      return codes;
    }
    List<Node> items = sequence(key, required);
    for (int i = 0; i < items.size(); i++) {
      String itemPath = pathOf(key) + "[" + i + "]";
      String code = scalarText(items.get(i), file, itemPath, errors);
      if (code != null) {
        codes.add(new Ref(code, file, ErrorSink.lineOf(items.get(i)), itemPath));
      }
    }
    return codes;
  }

  /** The entries of this mapping in file order. */
  List<Entry> entries() {
    List<Entry> list = new ArrayList<>();
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      list.add(
          new Entry(
              e.getKey(),
              e.getValue().getKeyNode(),
              e.getValue().getValueNode(),
              pathOf(e.getKey())));
    }
    return list;
  }

  private List<Node> sequence(String key, boolean required) {
    Node value = required ? required(key) : value(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    errors.add(file, value, pathOf(key), "field.notList");
    return List.of();
  }

  private Node required(String key) {
    Node value = value(key);
    if (value == null) {
      errors.add(file, lineOf(key), pathOf(key), "field.required", key);
    }
    return value;
  }

  static String scalarText(Node node, String file, String path, ErrorSink errors) {
    if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
      return scalar.getValue().strip();
    }
    if (isNull(node)) {
      errors.add(file, node, path, "field.required", lastSegment(path));
    } else {
      errors.add(file, node, path, "field.notString");
    }
    return null;
  }

  static Integer scalarInteger(Node node, String file, String path, ErrorSink errors) {
    if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
      try {
        return Integer.valueOf(scalar.getValue().replace("_", ""));
      } catch (NumberFormatException e) {
        errors.add(file, node, path, "field.notInteger", scalar.getValue());
        return null;
      }
    }
    errors.add(
        file,
        node,
        path,
        "field.notInteger",
        node instanceof ScalarNode scalar ? scalar.getValue() : "…");
    return null;
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
  }

  private static String lastSegment(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
