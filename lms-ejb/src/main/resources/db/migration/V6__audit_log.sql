-- The audit log: one row per change anyone made (imports, content reloads, offerings, and every later
-- feature's changes) and per refused login. Rows are only ever inserted; give the application's database
-- user INSERT and SELECT on this table only, where the database allows per-table grants.
-- V5 is kept for the registry's time model. Portable between MySQL/MariaDB and H2 in MySQL mode.

INSERT INTO id_gen (gen_name, next_val) VALUES ('audit_entry', 0);

CREATE TABLE audit_entry (
    id BIGINT NOT NULL PRIMARY KEY,
    happened_at DATETIME NOT NULL,
    actor VARCHAR(64) NOT NULL,
    address VARCHAR(64),
    kind VARCHAR(64) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    detail VARCHAR(2000)
);
CREATE INDEX ix_audit_entry_at ON audit_entry (happened_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, happened_at);
CREATE INDEX ix_audit_entry_kind ON audit_entry (kind, happened_at);
