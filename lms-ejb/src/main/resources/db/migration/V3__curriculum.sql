-- The curriculum: each version of the content folder the LMS has loaded (with its files, so the last
-- good version survives a restart), the courses that offerings and later enrolments refer to, and the
-- offerings the training office schedules. Portable between MySQL/MariaDB and H2 in MySQL mode.

INSERT INTO id_gen (gen_name, next_val) VALUES ('content_version', 0);
INSERT INTO id_gen (gen_name, next_val) VALUES ('course', 0);
INSERT INTO id_gen (gen_name, next_val) VALUES ('offering', 0);

CREATE TABLE content_version (
    id BIGINT NOT NULL PRIMARY KEY,
    loaded_at DATETIME NOT NULL,
    loaded_by VARCHAR(64) NOT NULL,
    loaded_from VARCHAR(500) NOT NULL,
    digest CHAR(64) NOT NULL,
    framework_version VARCHAR(64) NOT NULL,
    course_count INT NOT NULL,
    file_list TEXT NOT NULL,
    summary_ja TEXT NOT NULL,
    summary_en TEXT NOT NULL
);
CREATE INDEX ix_content_version_loaded_at ON content_version (loaded_at);

CREATE TABLE content_file (
    content_version_id BIGINT NOT NULL,
    path VARCHAR(255) NOT NULL,
    file_bytes LONGBLOB NOT NULL,
    PRIMARY KEY (content_version_id, path),
    CONSTRAINT fk_content_file_version FOREIGN KEY (content_version_id) REFERENCES content_version (id)
);

CREATE TABLE course (
    id BIGINT NOT NULL PRIMARY KEY,
    code VARCHAR(64) NOT NULL,
    title_ja VARCHAR(300) NOT NULL,
    title_en VARCHAR(300),
    description_ja TEXT,
    description_en TEXT,
    tier VARCHAR(32),
    course_format VARCHAR(16) NOT NULL,
    duration_minutes INT NOT NULL,
    url VARCHAR(500),
    provider VARCHAR(200),
    retired BOOLEAN NOT NULL,
    retired_at DATETIME,
    version BIGINT NOT NULL,
    CONSTRAINT uq_course_code UNIQUE (code)
);

CREATE TABLE offering (
    id BIGINT NOT NULL PRIMARY KEY,
    course_id BIGINT NOT NULL,
    fiscal_year INT NOT NULL,
    starts_at DATETIME NOT NULL,
    ends_at DATETIME NOT NULL,
    registration_deadline DATE NOT NULL,
    venue VARCHAR(200),
    online_url VARCHAR(500),
    capacity INT NOT NULL,
    instructor VARCHAR(200),
    status VARCHAR(16) NOT NULL,
    scheduled_by VARCHAR(64) NOT NULL,
    scheduled_at DATETIME NOT NULL,
    cancelled_at DATETIME,
    cancel_reason VARCHAR(500),
    version BIGINT NOT NULL,
    CONSTRAINT fk_offering_course FOREIGN KEY (course_id) REFERENCES course (id)
);
CREATE INDEX ix_offering_fiscal_year ON offering (fiscal_year, starts_at);
CREATE INDEX ix_offering_course ON offering (course_id, starts_at);
