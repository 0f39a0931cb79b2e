-- Course wishes (issue 20): a network (or anyone) asks the academy for a course; academy administrators see the
-- open wishes as tasks and answer one with a course. The wish keeps where it came from.

CREATE TABLE course_wish (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    topic                VARCHAR(200)  NOT NULL,
    need                 VARCHAR(2000) NOT NULL,
    origin               VARCHAR(300),
    origin_link          VARCHAR(200),
    wished_by_person_id  BIGINT        NOT NULL,
    wished_by_name       VARCHAR(200)  NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    course_id            BIGINT,
    answered_at          TIMESTAMP(6),
    created_at           TIMESTAMP(6)  NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT pk_course_wish PRIMARY KEY (id),
    CONSTRAINT fk_course_wish_course FOREIGN KEY (course_id) REFERENCES course (id)
);
CREATE INDEX ix_course_wish_status ON course_wish (status, created_at);

CREATE TABLE course_wish_organisation (
    course_wish_id   BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    CONSTRAINT pk_course_wish_organisation PRIMARY KEY (course_wish_id, organisation_id),
    CONSTRAINT fk_course_wish_organisation_w FOREIGN KEY (course_wish_id) REFERENCES course_wish (id),
    CONSTRAINT fk_course_wish_organisation_o FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
