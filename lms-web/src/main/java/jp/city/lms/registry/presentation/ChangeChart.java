package jp.city.lms.registry.presentation;

import jakarta.json.JsonArrayBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import jp.city.lms.platform.presentation.JsonBuilders;
import jp.city.lms.registry.control.StaffChange;
import jp.city.lms.registry.entity.ChangeCounts;

/**
 * The figures of an import run as a Chart.js bar chart for {@code p:chart}: one bar per kind of
 * change and one for the rejected rows. Unchanged staff are left out, as they would dwarf the rest.
 */
final class ChangeChart {

  /** The kinds of staff change the pages list and chart, in the order the chart shows them. */
  static final List<StaffChange.Kind> SHOWN =
      Arrays.stream(StaffChange.Kind.values())
          .filter(kind -> kind != StaffChange.Kind.UNCHANGED)
          .toList();

  private static final String REJECTED_COLOUR = "#b91c1c";

  private ChangeChart() {}

  /**
   * The chart's configuration as JSON.
   *
   * @param rejected the rows rejected over both files
   * @param text the page's texts by key of the registry bundle, in the page's language
   */
  static String json(ChangeCounts counts, int rejected, Function<String, String> text) {
    JsonArrayBuilder labels = JsonBuilders.array();
    JsonArrayBuilder values = JsonBuilders.array();
    JsonArrayBuilder colours = JsonBuilders.array();
    for (StaffChange.Kind kind : SHOWN) {
      labels.add(text.apply("kind." + kind.name()));
      values.add(count(counts, kind));
      colours.add(colour(kind));
    }
    labels.add(text.apply("count.rejected"));
    values.add(rejected);
    colours.add(REJECTED_COLOUR);
    var dataset =
        JsonBuilders.object()
            .add("label", text.apply("import.chart"))
            .add("data", values)
            .add("backgroundColor", colours);
    var xAxis =
        JsonBuilders.object()
            .add("beginAtZero", true)
            .add("ticks", JsonBuilders.object().add("precision", 0));
    var options =
        JsonBuilders.object()
            .add("indexAxis", "y")
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "plugins",
                JsonBuilders.object().add("legend", JsonBuilders.object().add("display", false)))
            .add("scales", JsonBuilders.object().add("x", xAxis));
    return JsonBuilders.object()
        .add("type", "bar")
        .add(
            "data",
            JsonBuilders.object()
                .add("labels", labels)
                .add("datasets", JsonBuilders.array().add(dataset)))
        .add("options", options)
        .build()
        .toString();
  }

  static int count(ChangeCounts counts, StaffChange.Kind kind) {
    return switch (kind) {
      case HIRED -> counts.hired();
      case TRANSFERRED -> counts.transferred();
      case POSITION_CHANGED -> counts.positionChanged();
      case UPDATED -> counts.updated();
      case LEFT -> counts.left();
      case UNCHANGED -> counts.unchanged();
    };
  }

  private static String colour(StaffChange.Kind kind) {
    return switch (kind) {
      case HIRED -> "#15803d";
      case TRANSFERRED -> "#0b4f8a";
      case POSITION_CHANGED -> "#7c3aed";
      case UPDATED -> "#64748b";
      case LEFT -> "#c2410c";
      case UNCHANGED -> "#cbd5e1";
    };
  }
}
