-- The registry's time model: each org unit version carries its path as it was then, so "the subtree of
-- unit X as of date D" is one prefix comparison; the day the present columns were last brought to; the
-- index for managers' direct reports. The manager role is derived from the registry from now on, never
-- stored.

ALTER TABLE org_unit_version ADD COLUMN path VARCHAR(700);
-- history before this version knew only the present tree: its versions take the present paths
UPDATE org_unit_version SET path = (SELECT o.path FROM org_unit o WHERE o.id = org_unit_version.org_unit_id);
CREATE INDEX ix_org_unit_version_path ON org_unit_version (path, valid_from);

CREATE TABLE registry_calendar (
    id INT NOT NULL PRIMARY KEY,
    shown_on DATE
);
INSERT INTO registry_calendar (id, shown_on) VALUES (1, NULL);

-- who reports to whom on a date (a manager by direct reports), asked at every login
CREATE INDEX ix_assignment_manager ON assignment (manager_no, valid_from);

DELETE FROM account_role WHERE role_name = 'manager';
