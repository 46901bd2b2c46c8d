package jp.city.lms.curriculum.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A version of the programme's content that the LMS loaded and used: when, by whom (or {@value
 * #SYSTEM} at start), from where, its digest, what changed from the version before (in Japanese and
 * English, for whoever reviews the history) and the files themselves, so that the last good version
 * can be used again when the content folder is broken at the next start. A version is recorded
 * once: loading the same files again adds nothing.
 */
@Entity
@Table(name = "content_version")
@NamedQuery(
    name = ContentVersion.FIND_ALL_NEWEST_FIRST,
    query = "SELECT v FROM ContentVersion v ORDER BY v.loadedAt DESC, v.id DESC")
public class ContentVersion {

  public static final String FIND_ALL_NEWEST_FIRST = "ContentVersion.findAllNewestFirst";

  /** Who loads the content when the application starts. */
  public static final String SYSTEM = "system";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "content_version")
  @TableGenerator(
      name = "content_version",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 1)
  private Long id;

  @Column(name = "loaded_at", nullable = false)
  private LocalDateTime loadedAt;

  @NotBlank
  @Size(max = 64)
  @Column(name = "loaded_by")
  private String loadedBy;

  @NotBlank
  @Size(max = 500)
  @Column(name = "loaded_from")
  private String loadedFrom;

  @NotBlank
  @Size(min = 64, max = 64)
  private String digest;

  @NotBlank
  @Size(max = 64)
  @Column(name = "framework_version")
  private String frameworkVersion;

  @Column(name = "course_count")
  private int courseCount;

  @Lob
  @Column(name = "file_list", nullable = false)
  private String fileList;

  @Lob
  @Column(name = "summary_ja", nullable = false)
  private String summaryJa;

  @Lob
  @Column(name = "summary_en", nullable = false)
  private String summaryEn;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "content_file", joinColumns = @JoinColumn(name = "content_version_id"))
  private List<ContentFile> files = new ArrayList<>();

  protected ContentVersion() {}

  public ContentVersion(
      LocalDateTime loadedAt,
      String loadedBy,
      String loadedFrom,
      String digest,
      String frameworkVersion,
      int courseCount,
      Map<String, byte[]> contentFiles,
      String summaryJa,
      String summaryEn) {
    this.loadedAt = Objects.requireNonNull(loadedAt, "loadedAt");
    this.loadedBy = Objects.requireNonNull(loadedBy, "loadedBy");
    this.loadedFrom = truncate(Objects.requireNonNull(loadedFrom, "loadedFrom"), 500);
    this.digest = Objects.requireNonNull(digest, "digest");
    this.frameworkVersion = Objects.requireNonNull(frameworkVersion, "frameworkVersion");
    this.courseCount = courseCount;
    contentFiles.forEach((path, bytes) -> files.add(new ContentFile(path, bytes)));
    this.fileList = String.join("\n", contentFiles.keySet());
    this.summaryJa = Objects.requireNonNull(summaryJa, "summaryJa");
    this.summaryEn = Objects.requireNonNull(summaryEn, "summaryEn");
  }

  /** The files of this version by path, to load it again. */
  public Map<String, byte[]> contentFiles() {
    Map<String, byte[]> map = new LinkedHashMap<>();
    files.forEach(f -> map.put(f.getPath(), f.bytes()));
    return map;
  }

  /** What changed from the version before, Japanese unless English is asked for. */
  public String summary(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? summaryEn : summaryJa;
  }

  public List<String> getFileNames() {
    return fileList.isEmpty() ? List.of() : Arrays.asList(fileList.split("\n"));
  }

  public boolean isLoadedAtStart() {
    return SYSTEM.equals(loadedBy);
  }

  /** The first twelve characters of the digest: enough to tell versions apart on a page. */
  public String getShortDigest() {
    return digest.substring(0, 12);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getLoadedAt() {
    return loadedAt;
  }

  public String getLoadedBy() {
    return loadedBy;
  }

  public String getLoadedFrom() {
    return loadedFrom;
  }

  public String getDigest() {
    return digest;
  }

  public String getFrameworkVersion() {
    return frameworkVersion;
  }

  public int getCourseCount() {
    return courseCount;
  }

  public String getSummaryJa() {
    return summaryJa;
  }

  public String getSummaryEn() {
    return summaryEn;
  }
}
