-- Höglandsakademin: courses, their sessions (several meetings, capacity, per-organisation quotas), enrolments with
-- waitlist order, attendance per meeting, completion and certificates.

CREATE TABLE course (
    id                        BIGINT         NOT NULL AUTO_INCREMENT,
    title                     VARCHAR(200)   NOT NULL,
    description               VARCHAR(4000)  NOT NULL,
    topic                     VARCHAR(30)    NOT NULL,
    format                    VARCHAR(30)    NOT NULL,
    organiser_organisation_id BIGINT         NOT NULL,
    basic_ai_literacy         BOOLEAN        NOT NULL,
    validity_months           INT,
    collaboration_level       INT            NOT NULL,
    created_at                TIMESTAMP(6)   NOT NULL,
    updated_at                TIMESTAMP(6)   NOT NULL,
    demo                      BOOLEAN        NOT NULL,
    version                   BIGINT         NOT NULL,
    CONSTRAINT pk_course PRIMARY KEY (id),
    CONSTRAINT fk_course_organiser FOREIGN KEY (organiser_organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_course_updated ON course (updated_at, id);

CREATE TABLE course_audience_role (
    course_id BIGINT      NOT NULL,
    role      VARCHAR(30) NOT NULL,
    CONSTRAINT pk_course_audience_role PRIMARY KEY (course_id, role),
    CONSTRAINT fk_course_audience_role FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE course_audience_organisation (
    course_id       BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    CONSTRAINT pk_course_audience_org PRIMARY KEY (course_id, organisation_id),
    CONSTRAINT fk_course_audience_org_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_audience_org_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE course_session (
    id                        BIGINT         NOT NULL AUTO_INCREMENT,
    course_id                 BIGINT         NOT NULL,
    name                      VARCHAR(200)   NOT NULL,
    capacity                  INT            NOT NULL,
    place                     VARCHAR(300),
    online_link               VARCHAR(500),
    teachers                  VARCHAR(300),
    registration_opens        TIMESTAMP(6)   NOT NULL,
    registration_closes       TIMESTAMP(6)   NOT NULL,
    cancellation_deadline     TIMESTAMP(6)   NOT NULL,
    manager_approval          BOOLEAN        NOT NULL,
    check_in_code             VARCHAR(12)    NOT NULL,
    cancelled                 BOOLEAN        NOT NULL,
    first_starts_at           TIMESTAMP(6)   NOT NULL,
    reminded                  BOOLEAN        NOT NULL,
    version                   BIGINT         NOT NULL,
    CONSTRAINT pk_course_session PRIMARY KEY (id),
    CONSTRAINT fk_course_session_course FOREIGN KEY (course_id) REFERENCES course (id)
);
CREATE INDEX ix_course_session_course ON course_session (course_id, first_starts_at);
CREATE INDEX ix_course_session_starts ON course_session (first_starts_at);

CREATE TABLE course_meeting (
    session_id BIGINT        NOT NULL,
    position   INT           NOT NULL,
    starts_at  TIMESTAMP(6)  NOT NULL,
    ends_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_course_meeting PRIMARY KEY (session_id, position),
    CONSTRAINT fk_course_meeting FOREIGN KEY (session_id) REFERENCES course_session (id)
);

CREATE TABLE course_session_quota (
    session_id      BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    seats           INT    NOT NULL,
    CONSTRAINT pk_course_session_quota PRIMARY KEY (session_id, organisation_id),
    CONSTRAINT fk_course_session_quota_session FOREIGN KEY (session_id) REFERENCES course_session (id),
    CONSTRAINT fk_course_session_quota_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE enrolment (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    session_id           BIGINT         NOT NULL,
    person_id            BIGINT,
    person_name          VARCHAR(200)   NOT NULL,
    organisation_id      BIGINT         NOT NULL,
    status               VARCHAR(20)    NOT NULL,
    requested_at         TIMESTAMP(6)   NOT NULL,
    enrolled_by_name     VARCHAR(200),
    decided_by_name      VARCHAR(200),
    completed_on         DATE,
    certificate_code     VARCHAR(20),
    anonymised           BOOLEAN        NOT NULL,
    updated_at           TIMESTAMP(6)   NOT NULL,
    version              BIGINT         NOT NULL,
    CONSTRAINT pk_enrolment PRIMARY KEY (id),
    CONSTRAINT uq_enrolment_person UNIQUE (session_id, person_id),
    CONSTRAINT uq_enrolment_certificate UNIQUE (certificate_code),
    CONSTRAINT fk_enrolment_session FOREIGN KEY (session_id) REFERENCES course_session (id),
    CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_enrolment_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_enrolment_session_status ON enrolment (session_id, status, requested_at);
CREATE INDEX ix_enrolment_person ON enrolment (person_id);
CREATE INDEX ix_enrolment_org ON enrolment (organisation_id, status);
CREATE INDEX ix_enrolment_updated ON enrolment (updated_at);

CREATE TABLE enrolment_attendance (
    enrolment_id BIGINT NOT NULL,
    position     INT    NOT NULL,
    CONSTRAINT pk_enrolment_attendance PRIMARY KEY (enrolment_id, position),
    CONSTRAINT fk_enrolment_attendance FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);
