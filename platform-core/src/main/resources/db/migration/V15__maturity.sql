-- Maturity surveys: models as versioned data, survey cycles with participating organisations and coordinators,
-- respondents' answers (visible to the respondent and their coordinator only) and each organisation's submitted
-- result with its current and target collaboration level per dimension.

CREATE TABLE maturity_model (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    model_key        VARCHAR(60)   NOT NULL,
    model_version    INT           NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    -- definition (the model's JSON) is added per database in V15_1: LONGTEXT on MariaDB, CLOB on H2.
    created_by_name  VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_maturity_model PRIMARY KEY (id),
    CONSTRAINT uq_maturity_model_version UNIQUE (model_key, model_version)
);

CREATE TABLE survey_cycle (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    name             VARCHAR(200)  NOT NULL,
    model_id         BIGINT        NOT NULL,
    opens_on         DATE          NOT NULL,
    closes_on        DATE          NOT NULL,
    closed           BOOLEAN       NOT NULL,
    created_by_name  VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_survey_cycle PRIMARY KEY (id),
    CONSTRAINT fk_survey_cycle_model FOREIGN KEY (model_id) REFERENCES maturity_model (id)
);
CREATE INDEX ix_survey_cycle_opens ON survey_cycle (opens_on);

CREATE TABLE survey_cycle_organisation (
    cycle_id         BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    CONSTRAINT pk_survey_cycle_organisation PRIMARY KEY (cycle_id, organisation_id),
    CONSTRAINT fk_survey_cycle_organisation_c FOREIGN KEY (cycle_id) REFERENCES survey_cycle (id),
    CONSTRAINT fk_survey_cycle_organisation_o FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE survey_cycle_coordinator (
    cycle_id         BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    person_id        BIGINT NOT NULL,
    CONSTRAINT pk_survey_cycle_coordinator PRIMARY KEY (cycle_id, organisation_id),
    CONSTRAINT fk_survey_cycle_coordinator_c FOREIGN KEY (cycle_id) REFERENCES survey_cycle (id),
    CONSTRAINT fk_survey_cycle_coordinator_p FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE survey_response (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    cycle_id         BIGINT        NOT NULL,
    organisation_id  BIGINT        NOT NULL,
    person_id        BIGINT        NOT NULL,
    person_name      VARCHAR(200)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    invited_by_name  VARCHAR(200),
    updated_at       TIMESTAMP(6)  NOT NULL,
    submitted_at     TIMESTAMP(6),
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_survey_response PRIMARY KEY (id),
    CONSTRAINT uq_survey_response UNIQUE (cycle_id, person_id),
    CONSTRAINT fk_survey_response_cycle FOREIGN KEY (cycle_id) REFERENCES survey_cycle (id),
    CONSTRAINT fk_survey_response_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_survey_response_org ON survey_response (cycle_id, organisation_id, status);

CREATE TABLE survey_answer (
    response_id   BIGINT         NOT NULL,
    question_key  VARCHAR(60)    NOT NULL,
    score         INT            NOT NULL,
    comment       VARCHAR(1000),
    CONSTRAINT pk_survey_answer PRIMARY KEY (response_id, question_key),
    CONSTRAINT fk_survey_answer FOREIGN KEY (response_id) REFERENCES survey_response (id)
);

CREATE TABLE survey_result (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    cycle_id           BIGINT        NOT NULL,
    organisation_id    BIGINT        NOT NULL,
    submitted_at       TIMESTAMP(6)  NOT NULL,
    submitted_by_name  VARCHAR(200)  NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_survey_result PRIMARY KEY (id),
    CONSTRAINT uq_survey_result UNIQUE (cycle_id, organisation_id),
    CONSTRAINT fk_survey_result_cycle FOREIGN KEY (cycle_id) REFERENCES survey_cycle (id)
);

CREATE TABLE survey_result_level (
    result_id      BIGINT       NOT NULL,
    dimension_key  VARCHAR(60)  NOT NULL,
    current_level  INT          NOT NULL,
    target_level   INT          NOT NULL,
    CONSTRAINT pk_survey_result_level PRIMARY KEY (result_id, dimension_key),
    CONSTRAINT fk_survey_result_level FOREIGN KEY (result_id) REFERENCES survey_result (id)
);
