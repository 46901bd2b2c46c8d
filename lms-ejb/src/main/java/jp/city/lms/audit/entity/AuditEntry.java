package jp.city.lms.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/**
 * One line of the audit log. It is written once and never changed or removed: the entity has no
 * setters and refuses updates and removals, so no code path can rewrite history.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  public static final int ACTOR_MAX = 64;
  public static final int ADDRESS_MAX = 64;
  public static final int KIND_MAX = 64;
  public static final int SUBJECT_MAX = 200;
  public static final int DETAIL_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_entry")
  @TableGenerator(
      name = "audit_entry",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      pkColumnValue = "audit_entry",
      allocationSize = 500)
  private Long id;

  @Column(name = "happened_at", nullable = false, updatable = false)
  private LocalDateTime happenedAt;

  @Column(nullable = false, updatable = false, length = ACTOR_MAX)
  private String actor;

  @Column(updatable = false, length = ADDRESS_MAX)
  private String address;

  @Column(nullable = false, updatable = false, length = KIND_MAX)
  private String kind;

  @Column(nullable = false, updatable = false, length = SUBJECT_MAX)
  private String subject;

  @Column(updatable = false, length = DETAIL_MAX)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      LocalDateTime happenedAt,
      String actor,
      String address,
      String kind,
      String subject,
      String detail) {
    this.happenedAt = happenedAt;
    this.actor = cut(actor, ACTOR_MAX);
    this.address = cut(address, ADDRESS_MAX);
    this.kind = cut(kind, KIND_MAX);
    this.subject = cut(subject, SUBJECT_MAX);
    this.detail = cut(detail, DETAIL_MAX);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  @PreUpdate
  @PreRemove
  void appendOnly() {
    throw new IllegalStateException("audit entries are never changed or removed");
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getHappenedAt() {
    return happenedAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAddress() {
    return address;
  }

  public String getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetail() {
    return detail;
  }
}
