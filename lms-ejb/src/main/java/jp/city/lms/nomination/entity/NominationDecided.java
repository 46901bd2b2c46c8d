package jp.city.lms.nomination.entity;

/**
 * The office selected or declined a nomination (fired in its transaction): the nominee and the
 * manager who nominated them are told by mail, written to the outbox with the decision.
 */
public record NominationDecided(long nominationId) {}
