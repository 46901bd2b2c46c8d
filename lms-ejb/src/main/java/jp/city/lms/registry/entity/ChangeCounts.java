package jp.city.lms.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * The figures of an import run's diff, as the diff finds them and the run records them, whether or
 * not the run was applied. People are counted once, under their one change. {@link #staffRows()}
 * (accepted staff rows that are not 退職) is the next run's measure for the shrink safeguard.
 * Rejected rows are not counted here: the run counts the rejections it keeps.
 *
 * <p>A value: never changed once made. A class, not a record, because JPA 3.1 embeds classes only.
 */
@Embeddable
public class ChangeCounts {

  private int hired;
  private int transferred;

  @Column(name = "position_changed")
  private int positionChanged;

  private int updated;

  @Column(name = "left_count")
  private int left;

  private int unchanged;

  @Column(name = "orgs_added")
  private int orgsAdded;

  @Column(name = "orgs_renamed")
  private int orgsRenamed;

  @Column(name = "orgs_moved")
  private int orgsMoved;

  @Column(name = "orgs_closed")
  private int orgsClosed;

  @Column(name = "orgs_reopened")
  private int orgsReopened;

  @Column(name = "staff_rows")
  private int staffRows;

  protected ChangeCounts() {}

  public ChangeCounts(
      int hired,
      int transferred,
      int positionChanged,
      int updated,
      int left,
      int unchanged,
      int orgsAdded,
      int orgsRenamed,
      int orgsMoved,
      int orgsClosed,
      int orgsReopened,
      int staffRows) {
    this.hired = hired;
    this.transferred = transferred;
    this.positionChanged = positionChanged;
    this.updated = updated;
    this.left = left;
    this.unchanged = unchanged;
    this.orgsAdded = orgsAdded;
    this.orgsRenamed = orgsRenamed;
    this.orgsMoved = orgsMoved;
    this.orgsClosed = orgsClosed;
    this.orgsReopened = orgsReopened;
    this.staffRows = staffRows;
  }

  /** Nothing found yet: a run before its diff, or one refused before anything was compared. */
  public static ChangeCounts none() {
    return new ChangeCounts();
  }

  public int hired() {
    return hired;
  }

  public int transferred() {
    return transferred;
  }

  public int positionChanged() {
    return positionChanged;
  }

  public int updated() {
    return updated;
  }

  public int left() {
    return left;
  }

  public int unchanged() {
    return unchanged;
  }

  public int orgsAdded() {
    return orgsAdded;
  }

  public int orgsRenamed() {
    return orgsRenamed;
  }

  public int orgsMoved() {
    return orgsMoved;
  }

  public int orgsClosed() {
    return orgsClosed;
  }

  public int orgsReopened() {
    return orgsReopened;
  }

  public int staffRows() {
    return staffRows;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChangeCounts c
        && hired == c.hired
        && transferred == c.transferred
        && positionChanged == c.positionChanged
        && updated == c.updated
        && left == c.left
        && unchanged == c.unchanged
        && orgsAdded == c.orgsAdded
        && orgsRenamed == c.orgsRenamed
        && orgsMoved == c.orgsMoved
        && orgsClosed == c.orgsClosed
        && orgsReopened == c.orgsReopened
        && staffRows == c.staffRows;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        hired,
        transferred,
        positionChanged,
        updated,
        left,
        unchanged,
        orgsAdded,
        orgsRenamed,
        orgsMoved,
        orgsClosed,
        orgsReopened,
        staffRows);
  }

  @Override
  public String toString() {
    return "ChangeCounts[hired=%d, transferred=%d, positionChanged=%d, updated=%d, left=%d, unchanged=%d, orgsAdded=%d, orgsRenamed=%d, orgsMoved=%d, orgsClosed=%d, orgsReopened=%d, staffRows=%d]"
        .formatted(
            hired,
            transferred,
            positionChanged,
            updated,
            left,
            unchanged,
            orgsAdded,
            orgsRenamed,
            orgsMoved,
            orgsClosed,
            orgsReopened,
            staffRows);
  }
}
