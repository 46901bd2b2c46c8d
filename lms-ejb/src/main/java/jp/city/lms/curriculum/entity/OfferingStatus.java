package jp.city.lms.curriculum.entity;

/** Whether an offering takes place. A cancelled (中止) offering stays on record, never deleted. */
public enum OfferingStatus {
  SCHEDULED,
  CANCELLED
}
