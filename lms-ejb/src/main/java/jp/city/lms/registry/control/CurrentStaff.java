package jp.city.lms.registry.control;

import java.time.LocalDate;
import jp.city.lms.registry.entity.StaffStatus;

/**
 * A person as the registry knows them before the import; people who left are still there with
 * status {@link StaffStatus#LEFT}, because their learning history stays and still counts.
 */
public record CurrentStaff(
    String employeeNo,
    String name,
    String nameKana,
    String orgCode,
    String position,
    String jobCategory,
    LocalDate hiredOn,
    StaffStatus status,
    String email,
    String managerNo) {}
