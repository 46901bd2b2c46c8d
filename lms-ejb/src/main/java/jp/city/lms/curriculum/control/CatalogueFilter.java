package jp.city.lms.curriculum.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.CourseFormat;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.curriculum.entity.Tier;

/**
 * What a member of staff narrows the course catalogue to: a tier ({@value #NO_TIER} for courses of
 * no tier, i.e. position-based training), a format, a skill the course develops, a fiscal year it
 * is offered in, and words to search for. Empty criteria match everything.
 *
 * <p>The words are searched in the code, titles and descriptions, Japanese and English, the way
 * people type them: full- or half-width, upper or lower case, hiragana or katakana; each word must
 * occur.
 *
 * <p>A course is offered in a fiscal year when it has an offering (not cancelled) starting in that
 * year, or when it is e-learning, which is open all year, and its tier is trained that year (has a
 * yearly target; gold starts in FY2024). E-learning of no tier is open in every programme year.
 */
public record CatalogueFilter(
    String text, String tier, CourseFormat format, String skill, Integer fiscalYear) {

  public static final String NO_TIER = "none";

  public static CatalogueFilter all() {
    return new CatalogueFilter(null, null, null, null, null);
  }

  /**
   * The matching courses of the content in the programme's order: the tiers' courses from the first
   * tier up (bronze, silver, gold), then the courses of no tier (position-based training); content
   * order within each.
   *
   * @param offeredInYear codes of the courses with an offering in {@link #fiscalYear()}; ignored
   *     when no year is chosen
   */
  public List<CourseDefinition> apply(ProgrammeContent content, Set<String> offeredInYear) {
    List<String> words = words(text);
    List<String> tiers = content.tiersInOrder().stream().map(Tier::code).toList();
    return content.courses().stream()
        .filter(c -> tier == null || tier.isBlank() || tierMatches(c))
        .filter(c -> format == null || c.format() == format)
        .filter(c -> skill == null || skill.isBlank() || c.skills().containsKey(skill))
        .filter(c -> fiscalYear == null || offeredIn(c, content.programme(), offeredInYear))
        .filter(c -> words.isEmpty() || containsAll(c, words))
        .sorted(Comparator.comparingInt(c -> tierRank(c, tiers)))
        .toList();
  }

  private static int tierRank(CourseDefinition course, List<String> tiers) {
    int rank = course.tier().map(tiers::indexOf).orElse(-1);
    return rank < 0 ? tiers.size() : rank;
  }

  private boolean tierMatches(CourseDefinition course) {
    return NO_TIER.equals(tier) ? course.tier().isEmpty() : course.belongsTo(tier);
  }

  private boolean offeredIn(
      CourseDefinition course, Programme programme, Set<String> offeredInYear) {
    if (offeredInYear.contains(course.code())) {
      return true;
    }
    if (course.format() != CourseFormat.E_LEARNING) {
      return false;
    }
    return course
        .tier()
        .map(t -> programme.yearlyTarget(t, fiscalYear).isPresent())
        .orElse(programme.covers(fiscalYear));
  }

  private static boolean containsAll(CourseDefinition course, List<String> words) {
    String haystack =
        normalise(
            String.join(
                "\n",
                Stream.of(
                        course.code(),
                        course.title().ja(),
                        course.title().en(),
                        course.description() == null ? null : course.description().ja(),
                        course.description() == null ? null : course.description().en())
                    .filter(s -> s != null)
                    .toList()));
    return words.stream().allMatch(haystack::contains);
  }

  private static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return Arrays.stream(nfkc.split("[\\s\\u3000]+"))
        .map(CatalogueFilter::normalise)
        .filter(w -> !w.isEmpty())
        .toList();
  }

  /** NFKC, lower case, katakana for hiragana: how the text and the words meet. */
  static String normalise(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints()
        .map(cp -> cp >= 'ぁ' && cp <= 'ゖ' ? cp + ('ァ' - 'ぁ') : cp)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
