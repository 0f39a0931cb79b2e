-- Incidents and suspected misuse of AI tools, reported by any employee and handled by the organisation's
-- information-security officers, DPOs and IT managers. Private to them (and the reporter) unless they share it.

CREATE TABLE incident (
    id                      BIGINT         NOT NULL AUTO_INCREMENT,
    title                   VARCHAR(200)   NOT NULL,
    description             VARCHAR(4000)  NOT NULL,
    kind                    VARCHAR(30)    NOT NULL,
    severity                VARCHAR(20)    NOT NULL,
    occurred_on             DATE           NOT NULL,
    personal_data           BOOLEAN        NOT NULL,
    tool_id                 BIGINT,
    initiative_id           BIGINT,
    status                  VARCHAR(20)    NOT NULL,
    resolution              VARCHAR(4000),
    reporter_person_id      BIGINT         NOT NULL,
    reporter_name           VARCHAR(200)   NOT NULL,
    owner_organisation_id   BIGINT         NOT NULL,
    visibility              VARCHAR(20)    NOT NULL,
    created_at              TIMESTAMP(6)   NOT NULL,
    updated_at              TIMESTAMP(6)   NOT NULL,
    closed_at               TIMESTAMP(6),
    version                 BIGINT         NOT NULL,
    CONSTRAINT pk_incident PRIMARY KEY (id),
    CONSTRAINT fk_incident_owner FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_incident_tool FOREIGN KEY (tool_id) REFERENCES ai_tool (id),
    CONSTRAINT fk_incident_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);
CREATE INDEX ix_incident_owner_updated ON incident (owner_organisation_id, updated_at);
CREATE INDEX ix_incident_visibility_updated ON incident (visibility, updated_at);
CREATE INDEX ix_incident_tool ON incident (tool_id);

CREATE TABLE incident_participating_organisations (
    incident_id                    BIGINT NOT NULL,
    participating_organisations_id BIGINT NOT NULL,
    CONSTRAINT pk_incident_participating PRIMARY KEY (incident_id, participating_organisations_id),
    CONSTRAINT fk_incident_participating_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_incident_participating_org FOREIGN KEY (participating_organisations_id) REFERENCES organisation (id)
);

CREATE TABLE incident_named_organisations (
    incident_id            BIGINT NOT NULL,
    named_organisations_id BIGINT NOT NULL,
    CONSTRAINT pk_incident_named PRIMARY KEY (incident_id, named_organisations_id),
    CONSTRAINT fk_incident_named_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_incident_named_org FOREIGN KEY (named_organisations_id) REFERENCES organisation (id)
);
CREATE INDEX ix_incident_named_org ON incident_named_organisations (named_organisations_id);
