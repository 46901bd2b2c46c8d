package jp.city.lms.curriculum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A course as the database knows it, so that offerings (and enrolments, completions, skill
 * evidence) can refer to it by key. Its description is copied from the content folder each time a
 * version is loaded; the content stays the source. A course that disappears from the content is
 * <em>retired</em>, never deleted: its offerings and learning records keep their course, and pages
 * show it as retired. A retired course that comes back in a later version is in use again.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.FIND_BY_CODE, query = "SELECT c FROM Course c WHERE c.code = :code")
@NamedQuery(name = Course.FIND_ALL, query = "SELECT c FROM Course c ORDER BY c.code")
@NamedQuery(
    name = Course.FIND_SCHEDULABLE,
    query =
        "SELECT c FROM Course c WHERE c.retired = false AND c.format <> :eLearning"
            + " ORDER BY c.code")
public class Course {

  public static final String FIND_BY_CODE = "Course.findByCode";
  public static final String FIND_ALL = "Course.findAll";
  public static final String FIND_SCHEDULABLE = "Course.findSchedulable";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "course")
  @TableGenerator(
      name = "course",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 20)
  private Long id;

  @NotBlank
  @Size(max = CourseDefinition.CODE_MAX)
  @Column(nullable = false, unique = true, updatable = false)
  private String code;

  @NotBlank
  @Size(max = CourseDefinition.TITLE_MAX)
  @Column(name = "title_ja")
  private String titleJa;

  @Size(max = CourseDefinition.TITLE_MAX)
  @Column(name = "title_en")
  private String titleEn;

  @Lob
  @Column(name = "description_ja")
  private String descriptionJa;

  @Lob
  @Column(name = "description_en")
  private String descriptionEn;

  @Size(max = Tier.CODE_MAX)
  private String tier;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "course_format")
  private CourseFormat format;

  @Min(1)
  @Column(name = "duration_minutes")
  private int minutes;

  @Size(max = CourseDefinition.URL_MAX)
  private String url;

  @Size(max = CourseDefinition.PROVIDER_MAX)
  private String provider;

  private boolean retired;

  @Column(name = "retired_at")
  private LocalDateTime retiredAt;

  @Version private long version;

  protected Course() {}

  public Course(String code) {
    this.code = Objects.requireNonNull(code, "code");
  }

  /** Takes the course's description from a version of the content. */
  public void describe(
      LocalizedText title,
      LocalizedText description,
      String tierCode,
      CourseFormat courseFormat,
      int durationMinutes,
      String courseUrl,
      String courseProvider) {
    this.titleJa = Objects.requireNonNull(title, "title").ja();
    this.titleEn = title.en();
    this.descriptionJa = description == null ? null : description.ja();
    this.descriptionEn = description == null ? null : description.en();
    this.tier = tierCode;
    this.format = Objects.requireNonNull(courseFormat, "format");
    this.minutes = durationMinutes;
    this.url = courseUrl;
    this.provider = courseProvider;
  }

  /**
   * The course left the content; it stays for what refers to it. Retiring twice changes nothing.
   */
  public void retire(LocalDateTime at) {
    if (!retired) {
      retired = true;
      retiredAt = Objects.requireNonNull(at, "at");
    }
  }

  /** The course is in the content (again). */
  public void reinstate() {
    retired = false;
    retiredAt = null;
  }

  public String title(Locale locale) {
    return new LocalizedText(titleJa, titleEn).in(locale);
  }

  public String description(Locale locale) {
    return descriptionJa == null
        ? null
        : new LocalizedText(descriptionJa, descriptionEn).in(locale);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getTitleJa() {
    return titleJa;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public String getTier() {
    return tier;
  }

  public CourseFormat getFormat() {
    return format;
  }

  public int getMinutes() {
    return minutes;
  }

  public String getUrl() {
    return url;
  }

  public String getProvider() {
    return provider;
  }

  public boolean isRetired() {
    return retired;
  }

  public LocalDateTime getRetiredAt() {
    return retiredAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Course other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code + (retired ? " (retired)" : "");
  }
}
