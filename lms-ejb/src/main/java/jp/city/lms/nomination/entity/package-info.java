/** Rounds, department quotas (the quota rules, unit-tested) and nominations. */
package jp.city.lms.nomination.entity;
