package jp.city.lms.registry.control;

import java.time.LocalDate;
import jp.city.lms.registry.entity.StaffStatus;

/**
 * An accepted row of staff.csv: one person (職員) as the HR system describes them today. The org code
 * names an accepted org row; the manager number (上長職員番号), when present, is on another row of
 * staff.csv (which may itself have been rejected, in which case that manager keeps their previous
 * state).
 */
public record StaffRow(
    String employeeNo,
    String name,
    String nameKana,
    String orgCode,
    String position,
    String jobCategory,
    LocalDate hiredOn,
    StaffStatus status,
    String email,
    String managerNo,
    int line) {}
