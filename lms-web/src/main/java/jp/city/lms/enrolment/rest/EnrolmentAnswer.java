package jp.city.lms.enrolment.rest;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * A place in an offering as the contract answers it; {@code waitlistPosition} is written as null
 * for a seat, as the contract shows it.
 */
@JsonbNillable
public record EnrolmentAnswer(
    long offering, String employeeNo, String status, Integer waitlistPosition) {}
