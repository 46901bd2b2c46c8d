package jp.city.lms.registry.control;

/**
 * The figures an import run reports and records. People are counted once, under their one change;
 * rejected is the number of rejected rows over both files.
 */
public record ChangeCounts(
    int hired,
    int transferred,
    int positionChanged,
    int updated,
    int left,
    int unchanged,
    int rejected,
    int orgsAdded,
    int orgsRenamed,
    int orgsMoved,
    int orgsClosed,
    int orgsReopened) {}
