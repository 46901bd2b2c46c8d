package jp.city.lms.curriculum.entity;

/**
 * An offering was changed or cancelled: fired within the transaction that did it, so that enrolment
 * can promote into new seats, cancel places and tell people in the same commit.
 */
public record OfferingChanged(long offeringId, boolean cancelled) {}
