package jp.city.lms.registry.control;

/**
 * An org unit as the registry knows it before the import. Units that disappeared from an earlier
 * snapshot are kept as closed, so the history of who worked where still resolves.
 */
public record CurrentOrg(
    String code, String name, String parentCode, String kind, boolean closed) {}
