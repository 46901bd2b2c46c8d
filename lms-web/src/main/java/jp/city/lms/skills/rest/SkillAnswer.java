package jp.city.lms.skills.rest;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One skill of someone's profile as the contract answers it: the latest level of each source as of
 * the date and the target, each written as null where there is none.
 */
@JsonbNillable
public record SkillAnswer(
    String skill, Integer self, Integer manager, Integer test, Integer target) {}
