-- The progress forecast's pipeline: the places held on a date in the offerings of the counting tiers' courses that
-- had not ended by then. The offerings by course and end, and each offering's places by request, read from the
-- index alone (a million places: 4 ms for today, 150 ms for a date in the past with 15,000 people on the way).
CREATE INDEX ix_offering_ends ON offering (course_id, ends_at, starts_at);
CREATE INDEX ix_enrolment_held ON enrolment (offering_id, requested_at, ended_at, staff_id, seated_at);
