package jp.city.lms.curriculum.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the errors of one load so that all of them are reported together. */
final class ErrorSink {

  private final List<ContentError> errors = new ArrayList<>();

  void add(String file, int line, String field, String key, Object... args) {
    errors.add(ContentError.of(file, line, field, key, args));
  }

  void add(String file, Node node, String field, String key, Object... args) {
    add(file, lineOf(node), field, key, args);
  }

  int count() {
    return errors.size();
  }

  /** By file, then line; errors on the same line keep the order they were found in. */
  List<ContentError> sorted() {
    List<ContentError> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparing(ContentError::file).thenComparingInt(ContentError::line));
    return List.copyOf(sorted);
  }

  static int lineOf(Node node) {
    return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }
}
