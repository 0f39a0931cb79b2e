-- Legal assessments: templates as data (a shared catalogue, versioned), assessments as frozen versions in a
-- series, their answers, initiatives covered, risk register, and the sign-offs of each review round.

CREATE TABLE assessment_template (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    template_key     VARCHAR(60)   NOT NULL,
    template_version INT           NOT NULL,
    type             VARCHAR(30)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    -- definition (the template's JSON) is added per database in V7_1: LONGTEXT on MariaDB, CLOB on H2.
    proposed_by_name VARCHAR(200),
    created_at       TIMESTAMP(6)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_assessment_template PRIMARY KEY (id),
    CONSTRAINT uq_assessment_template_version UNIQUE (template_key, template_version)
);

CREATE TABLE assessment (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    series_id             VARCHAR(36)   NOT NULL,
    version_number        INT           NOT NULL,
    template_id           BIGINT        NOT NULL,
    type                  VARCHAR(30)   NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    tool                  VARCHAR(200),
    case_number           VARCHAR(60),
    secret                BOOLEAN       NOT NULL,
    owner_organisation_id BIGINT        NOT NULL,
    visibility            VARCHAR(20)   NOT NULL,
    status                VARCHAR(30)   NOT NULL,
    review_round          INT           NOT NULL,
    conditions            VARCHAR(2000),
    review_date           DATE,
    decided_at            TIMESTAMP(6),
    decided_by_name       VARCHAR(200),
    adopted_from_id       BIGINT,
    predecessor_id        BIGINT,
    created_by_person_id  BIGINT,
    created_at            TIMESTAMP(6)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    demo                  BOOLEAN       NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT pk_assessment PRIMARY KEY (id),
    CONSTRAINT uq_assessment_series_version UNIQUE (series_id, version_number),
    CONSTRAINT fk_assessment_template FOREIGN KEY (template_id) REFERENCES assessment_template (id),
    CONSTRAINT fk_assessment_owner FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_assessment_adopted_from FOREIGN KEY (adopted_from_id) REFERENCES assessment (id),
    CONSTRAINT fk_assessment_predecessor FOREIGN KEY (predecessor_id) REFERENCES assessment (id)
);
CREATE INDEX ix_assessment_visibility_updated ON assessment (visibility, updated_at);
CREATE INDEX ix_assessment_owner_updated ON assessment (owner_organisation_id, updated_at);
CREATE INDEX ix_assessment_updated ON assessment (updated_at, id);

CREATE TABLE assessment_participating_organisations (
    assessment_id                  BIGINT NOT NULL,
    participating_organisations_id BIGINT NOT NULL,
    CONSTRAINT pk_assessment_participating PRIMARY KEY (assessment_id, participating_organisations_id),
    CONSTRAINT fk_assessment_participating_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_assessment_participating_org FOREIGN KEY (participating_organisations_id) REFERENCES organisation (id)
);
CREATE INDEX ix_assessment_participating_org ON assessment_participating_organisations (participating_organisations_id);

CREATE TABLE assessment_named_organisations (
    assessment_id            BIGINT NOT NULL,
    named_organisations_id   BIGINT NOT NULL,
    CONSTRAINT pk_assessment_named PRIMARY KEY (assessment_id, named_organisations_id),
    CONSTRAINT fk_assessment_named_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_assessment_named_org FOREIGN KEY (named_organisations_id) REFERENCES organisation (id)
);
CREATE INDEX ix_assessment_named_org ON assessment_named_organisations (named_organisations_id);

CREATE TABLE assessment_answer (
    assessment_id BIGINT         NOT NULL,
    question_key  VARCHAR(60)    NOT NULL,
    answer        VARCHAR(4000)  NOT NULL,
    CONSTRAINT pk_assessment_answer PRIMARY KEY (assessment_id, question_key),
    CONSTRAINT fk_assessment_answer FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

CREATE TABLE assessment_initiative (
    assessment_id BIGINT NOT NULL,
    initiative_id BIGINT NOT NULL,
    CONSTRAINT pk_assessment_initiative PRIMARY KEY (assessment_id, initiative_id),
    CONSTRAINT fk_assessment_initiative_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_assessment_initiative_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);
CREATE INDEX ix_assessment_initiative ON assessment_initiative (initiative_id);

CREATE TABLE assessment_risk (
    assessment_id         BIGINT         NOT NULL,
    position              INT            NOT NULL,
    description           VARCHAR(1000)  NOT NULL,
    likelihood            INT            NOT NULL,
    consequence           INT            NOT NULL,
    rationale             VARCHAR(2000),
    measure               VARCHAR(2000),
    measure_owner         VARCHAR(200),
    measure_due           DATE,
    residual_likelihood   INT            NOT NULL,
    residual_consequence  INT            NOT NULL,
    CONSTRAINT pk_assessment_risk PRIMARY KEY (assessment_id, position),
    CONSTRAINT fk_assessment_risk FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

CREATE TABLE assessment_sign_off (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    assessment_id   BIGINT         NOT NULL,
    review_round    INT            NOT NULL,
    signing_role    VARCHAR(20)    NOT NULL,
    person_id       BIGINT,
    person_name     VARCHAR(200)   NOT NULL,
    organisation_id BIGINT         NOT NULL,
    approved        BOOLEAN        NOT NULL,
    reason          VARCHAR(2000),
    signed_at       TIMESTAMP(6)   NOT NULL,
    CONSTRAINT pk_assessment_sign_off PRIMARY KEY (id),
    CONSTRAINT uq_assessment_sign_off_role UNIQUE (assessment_id, review_round, signing_role),
    CONSTRAINT fk_assessment_sign_off FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
