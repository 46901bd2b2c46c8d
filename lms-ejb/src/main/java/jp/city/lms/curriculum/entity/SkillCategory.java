package jp.city.lms.curriculum.entity;

import java.util.List;
import java.util.Objects;

/**
 * A group of skills: a category of the DX literacy standard (DSS-L: マインド・スタンス, Why, What, How),
 * meant for everyone, or a role of the DX promotion standard (DSS-P: ビジネスアーキテクト, デザイナー,
 * データサイエンティスト, ソフトウェアエンジニア, サイバーセキュリティ), meant for silver and gold talents, who each take one role.
 */
public record SkillCategory(
    String code,
    Standard standard,
    LocalizedText name,
    LocalizedText description,
    List<Skill> skills) {

  /** Which part of the Digital Skill Standard a category belongs to. */
  public enum Standard {
    /** DSS-L, DXリテラシー標準. */
    LITERACY,
    /** DSS-P, DX推進スキル標準: each category is a role. */
    PROMOTION
  }

  public SkillCategory {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(name, "name");
    skills = List.copyOf(skills);
  }

  public boolean isRole() {
    return standard == Standard.PROMOTION;
  }
}
