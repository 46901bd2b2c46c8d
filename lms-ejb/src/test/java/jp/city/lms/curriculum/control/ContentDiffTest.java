package jp.city.lms.curriculum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary a reviewer sees before a new version of the content is published. */
class ContentDiffTest {

  private static final String EXTRA_COURSE =
      """
        - code: S-EXTRA
          title: { ja: 追加講座, en: Extra }
          tier: silver
          format: classroom
          minutes: 60
      """;

  @Test
  void sameContentHasNoChanges(@TempDir Path a) throws ContentInvalidException {
    ProgrammeContent content = ContentFixture.copyOf("minimal", a).load();

    ContentDiff diff = ContentDiff.between(content, content);

    assertTrue(diff.isEmpty());
    assertEquals("変更はありません。", diff.summary(Locale.JAPANESE));
    assertEquals("No changes.", diff.summary(Locale.ENGLISH));
  }

  @Test
  void coursesTiersAndFrameworkVersion(@TempDir Path a, @TempDir Path b)
      throws ContentInvalidException {
    ProgrammeContent old = ContentFixture.copyOf("minimal", a).load();
    ContentFixture changed = ContentFixture.copyOf("minimal", b);
    changed.write("courses.yaml", changed.read("courses.yaml") + EXTRA_COURSE);
    changed.replace("courses.yaml", "minutes: 240", "minutes: 180");
    changed.replace("tiers.yaml", "en: Silver }", "en: Silver (implementer) }");
    changed.replace("skills.yaml", "\"T 1.0\"", "\"T 1.1\"");
    changed.replace("programme.yaml", "distinctPeople: 10", "distinctPeople: 12");
    ProgrammeContent neu = changed.load();

    ContentDiff diff = ContentDiff.between(old, neu);

    assertEquals(List.of("S-EXTRA"), diff.coursesAdded());
    assertEquals(List.of(), diff.coursesRemoved());
    assertEquals(Map.of("S-WORKSHOP", List.of("minutes")), diff.coursesChanged());
    assertEquals(List.of("silver"), diff.tiersChanged());
    assertEquals(List.of("target.distinctPeople"), diff.programmeChanged());
    assertTrue(diff.frameworkVersionChanged());
    assertEquals(
        String.join(
            "\n",
            "コースの追加: S-EXTRA",
            "コースの変更: S-WORKSHOP（minutes）",
            "ティアの変更: silver",
            "事業の目標・期間の変更: target.distinctPeople",
            "スキルフレームワークの版: T 1.0 → T 1.1"),
        diff.summary(Locale.JAPANESE));
    assertEquals(
        String.join(
            "\n",
            "Courses added: S-EXTRA",
            "Courses changed: S-WORKSHOP (minutes)",
            "Tiers changed: silver",
            "Programme targets or years changed: target.distinctPeople",
            "Skill framework version: T 1.0 -> T 1.1"),
        diff.summary(Locale.ENGLISH));

    ContentDiff back = ContentDiff.between(neu, old);
    assertEquals(List.of("S-EXTRA"), back.coursesRemoved());
    assertEquals(List.of(), back.coursesAdded());
  }

  @Test
  void frameworkChangedWithoutNewVersionIsFlagged(@TempDir Path a, @TempDir Path b)
      throws ContentInvalidException {
    ProgrammeContent old = ContentFixture.copyOf("minimal", a).load();
    ProgrammeContent neu =
        ContentFixture.copyOf("minimal", b)
            .replace("skills.yaml", "en: Business analysis }", "en: Process analysis }")
            .load();

    ContentDiff diff = ContentDiff.between(old, neu);

    assertFalse(diff.isEmpty());
    assertFalse(diff.frameworkVersionChanged());
    assertTrue(diff.frameworkContentChanged());
    assertEquals("スキルフレームワークの内容が変わっていますが、版（T 1.0）が同じです。", diff.summary(Locale.JAPANESE));
  }
}
