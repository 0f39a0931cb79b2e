-- Shared expertise (issue 20, collaboration level 2): people mark their areas of expertise and how many hours a
-- month they can help other organisations (their manager or organisation administrator approves the lending);
-- others ask them for help, the expert's manager approves or declines, and the hours actually given are recorded.

CREATE TABLE expert_profile (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    person_id          BIGINT        NOT NULL,
    organisation_id    BIGINT        NOT NULL,
    description        VARCHAR(1000),
    offers_help        BOOLEAN       NOT NULL,
    hours_per_month    INT           NOT NULL,
    lending            VARCHAR(20)   NOT NULL,
    lending_decided_by VARCHAR(200),
    updated_at         TIMESTAMP(6)  NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_expert_profile PRIMARY KEY (id),
    CONSTRAINT uq_expert_profile_person UNIQUE (person_id),
    CONSTRAINT fk_expert_profile_p FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_expert_profile_o FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_expert_profile_lending ON expert_profile (organisation_id, lending);

CREATE TABLE expert_profile_area (
    expert_profile_id BIGINT      NOT NULL,
    area              VARCHAR(30) NOT NULL,
    CONSTRAINT pk_expert_profile_area PRIMARY KEY (expert_profile_id, area),
    CONSTRAINT fk_expert_profile_area FOREIGN KEY (expert_profile_id) REFERENCES expert_profile (id)
);
CREATE INDEX ix_expert_profile_area ON expert_profile_area (area);

CREATE TABLE help_request (
    id                          BIGINT        NOT NULL AUTO_INCREMENT,
    expert_person_id            BIGINT        NOT NULL,
    expert_organisation_id      BIGINT        NOT NULL,
    requester_person_id         BIGINT        NOT NULL,
    requester_name              VARCHAR(200)  NOT NULL,
    requester_organisation_id   BIGINT        NOT NULL,
    area                        VARCHAR(30)   NOT NULL,
    what                        VARCHAR(2000) NOT NULL,
    hours                       DECIMAL(6, 1) NOT NULL,
    needed_by                   DATE          NOT NULL,
    status                      VARCHAR(20)   NOT NULL,
    decided_by                  VARCHAR(200),
    decline_reason              VARCHAR(1000),
    created_at                  TIMESTAMP(6)  NOT NULL,
    version                     BIGINT        NOT NULL,
    CONSTRAINT pk_help_request PRIMARY KEY (id),
    CONSTRAINT fk_help_request_expert FOREIGN KEY (expert_person_id) REFERENCES person (id),
    CONSTRAINT fk_help_request_expert_org FOREIGN KEY (expert_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_help_request_requester_org FOREIGN KEY (requester_organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_help_request_expert ON help_request (expert_person_id, status);
CREATE INDEX ix_help_request_requester ON help_request (requester_person_id, created_at);
CREATE INDEX ix_help_request_expert_org ON help_request (expert_organisation_id, status);

CREATE TABLE help_hours (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    help_request_id  BIGINT        NOT NULL,
    given_on         DATE          NOT NULL,
    hours            DECIMAL(6, 1) NOT NULL,
    note             VARCHAR(500),
    recorded_by      VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_help_hours PRIMARY KEY (id),
    CONSTRAINT fk_help_hours_request FOREIGN KEY (help_request_id) REFERENCES help_request (id)
);
CREATE INDEX ix_help_hours_given ON help_hours (given_on, help_request_id);
