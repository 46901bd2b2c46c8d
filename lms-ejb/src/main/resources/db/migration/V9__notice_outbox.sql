-- Notices by mail, through an outbox: a notice is written in the transaction of what it tells (an enrolment,
-- a change of an offering, the daily reminder) and sent after that commits, by whichever sender claims it
-- first. The dedupe key is unique, so that a notice is written once however often its job runs; the status
-- is changed only by conditional updates, so that it is sent once however many senders run at once.
-- Portable between MySQL/MariaDB and H2 in MySQL mode.

INSERT INTO id_gen (gen_name, next_val) VALUES ('notice', 0);

CREATE TABLE notice (
    id BIGINT NOT NULL PRIMARY KEY,
    dedupe_key VARCHAR(200) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    staff_id BIGINT NOT NULL,
    enrolment_id BIGINT,
    recipient VARCHAR(254),
    subject VARCHAR(500) NOT NULL,
    body VARCHAR(8000) NOT NULL,
    fingerprint VARCHAR(64),
    status VARCHAR(16) NOT NULL,
    created_at DATETIME NOT NULL,
    due_at DATETIME NOT NULL,
    claimed_at DATETIME,
    sent_at DATETIME,
    attempts INT NOT NULL,
    last_error VARCHAR(1000),
    CONSTRAINT uq_notice_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_notice_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);
CREATE INDEX ix_notice_due ON notice (status, due_at);
CREATE INDEX ix_notice_enrolment ON notice (enrolment_id, id);
CREATE INDEX ix_notice_staff ON notice (staff_id, created_at);
