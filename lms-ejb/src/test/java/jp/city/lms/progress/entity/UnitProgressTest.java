package jp.city.lms.progress.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Progress by org unit: counts rolled up to the chosen level, outside the scope on one line. */
class UnitProgressTest {

  @Test
  void pathsAreCutToTheLevel() {
    assertEquals("/a/", UnitProgress.atLevel("/a/b/c/", 1));
    assertEquals("/a/b/", UnitProgress.atLevel("/a/b/c/", 2));
    assertEquals("/a/b/c/", UnitProgress.atLevel("/a/b/c/", 3));
    assertEquals("/a/b/c/", UnitProgress.atLevel("/a/b/c/", 5), "a shallow unit is its own line");
  }

  @Test
  void countsRollUpToTheUnitsOfTheLevel() {
    List<UnitProgress> units =
        UnitProgress.rollUp(
            Map.of("/a/b/", 2L, "/a/c/x/", 3L, "/d/", 1L),
            Map.of(
                "/a/b/", new long[] {10, 4},
                "/a/c/x/", new long[] {20, 5},
                "/d/", new long[] {5, 5},
                "/e/", new long[] {7, 0}),
            1,
            "/");
    assertEquals(3, units.size());
    assertEquals(new UnitProgress("/a/", "a", 5, 30, 9), units.get(0));
    assertEquals(new UnitProgress("/d/", "d", 1, 5, 5), units.get(1));
    assertEquals(new UnitProgress("/e/", "e", 0, 7, 0), units.get(2));
    assertEquals(0.3, units.get(0).coverage(), 1e-9);
  }

  @Test
  void attributionsOutsideTheScopeGoToOneLine() {
    List<UnitProgress> units =
        UnitProgress.rollUp(
            Map.of("/a/b/", 2L, "/z/", 4L, "/y/q/", 1L),
            Map.of("/a/b/", new long[] {3, 1}, "/z/", new long[] {9, 9}),
            2,
            "/a/");
    assertEquals(2, units.size());
    assertEquals("/a/b/", units.get(0).path());
    assertEquals(3, units.get(0).staff());
    assertNull(units.get(1).path());
    assertEquals(5, units.get(1).trained(), "people trained while in units outside the scope");
  }

  @Test
  void aLevelAboveTheManagersUnitShowsTheirUnit() {
    List<UnitProgress> units =
        UnitProgress.rollUp(
            Map.of("/a/b/c/", 2L, "/a/b/", 1L),
            Map.of("/a/b/c/", new long[] {3, 1}, "/a/b/", new long[] {2, 0}),
            1,
            "/a/b/");
    assertEquals(List.of(new UnitProgress("/a/b/", "b", 3, 5, 1)), units);
  }
}
