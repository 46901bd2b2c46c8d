-- The registry's org units and staff, and the accounts that log in.
-- Portable between MySQL/MariaDB and H2 in MySQL mode: no engine or charset clauses here
-- (the MySQL database is created utf8mb4, see README).

CREATE TABLE id_gen (
    gen_name VARCHAR(64) NOT NULL PRIMARY KEY,
    next_val BIGINT NOT NULL
);
INSERT INTO id_gen (gen_name, next_val) VALUES ('org_unit', 0);
INSERT INTO id_gen (gen_name, next_val) VALUES ('staff', 0);

CREATE TABLE org_unit (
    id BIGINT NOT NULL PRIMARY KEY,
    code VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(32),
    parent_id BIGINT,
    path VARCHAR(700) NOT NULL,
    depth INT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_unit_path ON org_unit (path);

CREATE TABLE staff (
    id BIGINT NOT NULL PRIMARY KEY,
    employee_no VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    name_kana VARCHAR(200),
    search_text VARCHAR(500) NOT NULL,
    email VARCHAR(254),
    job_category VARCHAR(64),
    hired_on DATE,
    status VARCHAR(16) NOT NULL,
    org_unit_id BIGINT NOT NULL,
    position VARCHAR(64) NOT NULL,
    manager_no VARCHAR(32),
    version BIGINT NOT NULL,
    CONSTRAINT uq_staff_employee_no UNIQUE (employee_no),
    CONSTRAINT fk_staff_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_staff_org_unit ON staff (org_unit_id);
CREATE INDEX ix_staff_name_kana ON staff (name_kana);
CREATE INDEX ix_staff_status ON staff (status);

CREATE TABLE user_account (
    username VARCHAR(64) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(512) NOT NULL,
    staff_id BIGINT,
    enabled BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT fk_user_account_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);

CREATE TABLE account_role (
    username VARCHAR(64) NOT NULL,
    role_name VARCHAR(32) NOT NULL,
    PRIMARY KEY (username, role_name),
    CONSTRAINT fk_account_role_account FOREIGN KEY (username) REFERENCES user_account (username)
);
