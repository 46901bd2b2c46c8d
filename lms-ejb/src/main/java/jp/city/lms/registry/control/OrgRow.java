package jp.city.lms.registry.control;

/**
 * An accepted row of orgs.csv: an org unit (所属) as the HR system describes it today. Its parent,
 * when it has one, is another accepted row of the same snapshot, and the parents form no cycle.
 */
public record OrgRow(String code, String name, String parentCode, String kind, int line) {}
