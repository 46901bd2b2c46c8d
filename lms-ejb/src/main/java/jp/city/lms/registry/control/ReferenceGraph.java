package jp.city.lms.registry.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Follows "points to" references between rows of one file (an org unit to its parent, a person to
 * their manager) and says, for every row, whether its chain ends well. Each row is walked once, so
 * twenty thousand rows in a long chain cost no more than twenty thousand steps, and no recursion
 * can overflow the stack.
 */
final class ReferenceGraph {

  /** The row has no reference. */
  static final int NONE = -1;

  /** The row refers to something that is not in the file. */
  static final int MISSING = -2;

  enum Outcome {
    /** The chain ends at a row without a reference. */
    OK,
    /** The row refers to something not in the file. */
    MISSING,
    /** The row is on a cycle. */
    CYCLE,
    /** A row further up the chain is missing, on a cycle, or was rejected before. */
    BROKEN_ABOVE,
    /** The row was rejected before the walk. */
    REJECTED
  }

  private final Outcome[] outcomes;
  private final int[][] cycleOf;
  private final int[] cycleIndex;

  private ReferenceGraph(Outcome[] outcomes, int[][] cycleOf, int[] cycleIndex) {
    this.outcomes = outcomes;
    this.cycleOf = cycleOf;
    this.cycleIndex = cycleIndex;
  }

  /**
   * Walks the references.
   *
   * @param target for each row, the row it refers to, {@link #NONE} or {@link #MISSING}
   * @param rejected rows already rejected: a row referring to them is {@link Outcome#BROKEN_ABOVE}
   */
  static ReferenceGraph walk(int[] target, boolean[] rejected) {
    int n = target.length;
    Outcome[] outcomes = new Outcome[n];
    int[][] cycleOf = new int[n][];
    int[] cycleIndex = new int[n];
    int[] pathPosition = new int[n];
    Arrays.fill(pathPosition, -1);
    for (int i = 0; i < n; i++) {
      if (rejected[i]) {
        outcomes[i] = Outcome.REJECTED;
      }
    }
    List<Integer> path = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      if (outcomes[start] != null) {
        continue;
      }
      path.clear();
      int node = start;
      while (true) {
        pathPosition[node] = path.size();
        path.add(node);
        int next = target[node];
        if (next == NONE) {
          settle(path, 0, Outcome.OK, outcomes, pathPosition);
          break;
        }
        if (next == MISSING) {
          settle(path, 0, Outcome.BROKEN_ABOVE, outcomes, pathPosition);
          outcomes[node] = Outcome.MISSING;
          break;
        }
        if (pathPosition[next] >= 0) {
          int from = pathPosition[next];
          int[] cycle =
              path.subList(from, path.size()).stream().mapToInt(Integer::intValue).toArray();
          for (int k = 0; k < cycle.length; k++) {
            cycleOf[cycle[k]] = cycle;
            cycleIndex[cycle[k]] = k;
          }
          settle(path, from, Outcome.CYCLE, outcomes, pathPosition);
          settle(path.subList(0, from), 0, Outcome.BROKEN_ABOVE, outcomes, pathPosition);
          break;
        }
        if (outcomes[next] != null) {
          Outcome above = outcomes[next] == Outcome.OK ? Outcome.OK : Outcome.BROKEN_ABOVE;
          settle(path, 0, above, outcomes, pathPosition);
          break;
        }
        node = next;
      }
    }
    return new ReferenceGraph(outcomes, cycleOf, cycleIndex);
  }

  private static void settle(
      List<Integer> path, int from, Outcome outcome, Outcome[] outcomes, int[] pathPosition) {
    for (int i = from; i < path.size(); i++) {
      int node = path.get(i);
      outcomes[node] = outcome;
      pathPosition[node] = -1;
    }
  }

  Outcome outcome(int row) {
    return outcomes[row];
  }

  /**
   * The first rows of the cycle this row is on, starting with the row itself and in reference
   * order; at most {@code limit} of them, so that describing every row of a long cycle stays
   * linear.
   */
  int[] cycleFrom(int row, int limit) {
    int[] cycle = cycleOf[row];
    int at = cycleIndex[row];
    int[] rotated = new int[Math.min(limit, cycle.length)];
    for (int i = 0; i < rotated.length; i++) {
      rotated[i] = cycle[(at + i) % cycle.length];
    }
    return rotated;
  }

  int cycleLength(int row) {
    return cycleOf[row].length;
  }
}
