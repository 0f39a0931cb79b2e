-- The initiative register (modelled on public algorithm registers), its participations, collaboration-level
-- history, effects, followers; and lessons learned with useful-marks and comments.
-- Long texts stay VARCHAR within MariaDB's 65 535-byte row limit (utf8mb4: 4 bytes per character).

CREATE TABLE initiative (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    title                 VARCHAR(200)  NOT NULL,
    summary               VARCHAR(500)  NOT NULL,
    purpose               VARCHAR(2000),
    owner_organisation_id BIGINT        NOT NULL,
    visibility            VARCHAR(20)   NOT NULL,
    contact_name          VARCHAR(200),
    contact_email         VARCHAR(254),
    area                  VARCHAR(30)   NOT NULL,
    ai_type               VARCHAR(30)   NOT NULL,
    tools                 VARCHAR(500),
    supplier              VARCHAR(200),
    data_used             VARCHAR(1000),
    data_class            VARCHAR(30)   NOT NULL,
    legal_basis           VARCHAR(1000),
    human_oversight       VARCHAR(1000),
    transparency          VARCHAR(1000),
    ai_act_role           VARCHAR(20)   NOT NULL,
    risk_group            VARCHAR(20)   NOT NULL,
    start_date            DATE,
    end_date              DATE,
    budget                VARCHAR(200),
    links                 VARCHAR(1000),
    status                VARCHAR(20)   NOT NULL,
    collaboration_level   INT           NOT NULL,
    public_fields         VARCHAR(500)  NOT NULL,
    production_decided_by VARCHAR(200),
    production_decided_on DATE,
    production_analysis   VARCHAR(300),
    created_by_person_id  BIGINT,
    created_at            TIMESTAMP(6)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    demo                  BOOLEAN       NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT pk_initiative PRIMARY KEY (id),
    CONSTRAINT fk_initiative_owner FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id)
);
-- The register's filters and default order (newest change first) use these.
CREATE INDEX ix_initiative_visibility_updated ON initiative (visibility, updated_at);
CREATE INDEX ix_initiative_owner_updated ON initiative (owner_organisation_id, updated_at);
CREATE INDEX ix_initiative_status ON initiative (status);
CREATE INDEX ix_initiative_area ON initiative (area);
CREATE INDEX ix_initiative_level ON initiative (collaboration_level);

CREATE TABLE initiative_participating_organisations (
    initiative_id                   BIGINT NOT NULL,
    participating_organisations_id  BIGINT NOT NULL,
    CONSTRAINT pk_initiative_participating PRIMARY KEY (initiative_id, participating_organisations_id),
    CONSTRAINT fk_initiative_participating_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_initiative_participating_org FOREIGN KEY (participating_organisations_id) REFERENCES organisation (id)
);
CREATE INDEX ix_initiative_participating_org ON initiative_participating_organisations (participating_organisations_id);

CREATE TABLE initiative_named_organisations (
    initiative_id            BIGINT NOT NULL,
    named_organisations_id   BIGINT NOT NULL,
    CONSTRAINT pk_initiative_named PRIMARY KEY (initiative_id, named_organisations_id),
    CONSTRAINT fk_initiative_named_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_initiative_named_org FOREIGN KEY (named_organisations_id) REFERENCES organisation (id)
);
CREATE INDEX ix_initiative_named_org ON initiative_named_organisations (named_organisations_id);

CREATE TABLE initiative_tag (
    initiative_id BIGINT      NOT NULL,
    tag           VARCHAR(60) NOT NULL,
    CONSTRAINT pk_initiative_tag PRIMARY KEY (initiative_id, tag),
    CONSTRAINT fk_initiative_tag_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);

-- Each participating organisation's own part: its role in the initiative and where it stands.
CREATE TABLE initiative_participation (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    initiative_id   BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    note            VARCHAR(500),
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_initiative_participation PRIMARY KEY (id),
    CONSTRAINT uk_initiative_participation UNIQUE (initiative_id, organisation_id),
    CONSTRAINT fk_initiative_participation_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_initiative_participation_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE initiative_level_change (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    initiative_id        BIGINT        NOT NULL,
    from_level           INT,
    to_level             INT           NOT NULL,
    reason               VARCHAR(1000) NOT NULL,
    changed_by_person_id BIGINT,
    changed_by_name      VARCHAR(200),
    changed_at           TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_initiative_level_change PRIMARY KEY (id),
    CONSTRAINT fk_initiative_level_change_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);
CREATE INDEX ix_initiative_level_change ON initiative_level_change (initiative_id, changed_at);

-- Effects (effekthemtagning): an indicator with baseline and target, and its measured values over time.
CREATE TABLE effect_indicator (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    initiative_id BIGINT         NOT NULL,
    name          VARCHAR(200)   NOT NULL,
    unit          VARCHAR(40)    NOT NULL,
    baseline      DECIMAL(19, 4) NOT NULL,
    target        DECIMAL(19, 4) NOT NULL,
    version       BIGINT         NOT NULL,
    CONSTRAINT pk_effect_indicator PRIMARY KEY (id),
    CONSTRAINT fk_effect_indicator_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);
CREATE INDEX ix_effect_indicator_initiative ON effect_indicator (initiative_id);

CREATE TABLE effect_measurement (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    indicator_id BIGINT         NOT NULL,
    measured_on  DATE           NOT NULL,
    measured     DECIMAL(19, 4) NOT NULL,
    note         VARCHAR(500),
    CONSTRAINT pk_effect_measurement PRIMARY KEY (id),
    CONSTRAINT fk_effect_measurement_indicator FOREIGN KEY (indicator_id) REFERENCES effect_indicator (id)
);
CREATE INDEX ix_effect_measurement_indicator ON effect_measurement (indicator_id, measured_on);

CREATE TABLE initiative_follower (
    initiative_id BIGINT NOT NULL,
    person_id     BIGINT NOT NULL,
    CONSTRAINT pk_initiative_follower PRIMARY KEY (initiative_id, person_id),
    CONSTRAINT fk_initiative_follower_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_initiative_follower_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_initiative_follower_person ON initiative_follower (person_id);

CREATE TABLE lesson (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    initiative_id         BIGINT,
    title                 VARCHAR(200)  NOT NULL,
    tried                 VARCHAR(2000) NOT NULL,
    worked                VARCHAR(2000),
    did_not_work          VARCHAR(2000),
    recommendation        VARCHAR(2000),
    category              VARCHAR(30)   NOT NULL,
    owner_organisation_id BIGINT        NOT NULL,
    visibility            VARCHAR(20)   NOT NULL,
    author_person_id      BIGINT,
    author_name           VARCHAR(200),
    useful_count          INT           NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    demo                  BOOLEAN       NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT pk_lesson PRIMARY KEY (id),
    CONSTRAINT fk_lesson_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_lesson_owner FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_lesson_initiative ON lesson (initiative_id);
CREATE INDEX ix_lesson_useful ON lesson (useful_count, created_at);

CREATE TABLE lesson_participating_organisations (
    lesson_id                       BIGINT NOT NULL,
    participating_organisations_id  BIGINT NOT NULL,
    CONSTRAINT pk_lesson_participating PRIMARY KEY (lesson_id, participating_organisations_id),
    CONSTRAINT fk_lesson_participating_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT fk_lesson_participating_org FOREIGN KEY (participating_organisations_id) REFERENCES organisation (id)
);

CREATE TABLE lesson_named_organisations (
    lesson_id               BIGINT NOT NULL,
    named_organisations_id  BIGINT NOT NULL,
    CONSTRAINT pk_lesson_named PRIMARY KEY (lesson_id, named_organisations_id),
    CONSTRAINT fk_lesson_named_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT fk_lesson_named_org FOREIGN KEY (named_organisations_id) REFERENCES organisation (id)
);

CREATE TABLE lesson_tag (
    lesson_id BIGINT      NOT NULL,
    tag       VARCHAR(60) NOT NULL,
    CONSTRAINT pk_lesson_tag PRIMARY KEY (lesson_id, tag),
    CONSTRAINT fk_lesson_tag_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
);

CREATE TABLE lesson_useful_mark (
    lesson_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    CONSTRAINT pk_lesson_useful_mark PRIMARY KEY (lesson_id, person_id),
    CONSTRAINT fk_lesson_useful_mark_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT fk_lesson_useful_mark_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE lesson_comment (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    lesson_id        BIGINT        NOT NULL,
    author_person_id BIGINT,
    author_name      VARCHAR(200)  NOT NULL,
    body             VARCHAR(2000) NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_lesson_comment PRIMARY KEY (id),
    CONSTRAINT fk_lesson_comment_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
);
CREATE INDEX ix_lesson_comment_lesson ON lesson_comment (lesson_id, created_at);
