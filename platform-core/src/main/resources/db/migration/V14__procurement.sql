-- Joint procurements (lead buyer, participants each with their own status, phases with planned and actual dates,
-- shared requirements with support and comments, links to initiatives, tools and assessments) and the contract
-- register with extension options, notice periods and confidential prices.

CREATE TABLE procurement (
    id                     BIGINT         NOT NULL AUTO_INCREMENT,
    title                  VARCHAR(200)   NOT NULL,
    description            VARCHAR(4000),
    category               VARCHAR(30)    NOT NULL,
    procedure_type         VARCHAR(30)    NOT NULL,
    framework_method       VARCHAR(30),
    phase                  VARCHAR(30)    NOT NULL,
    collaboration_level    INT            NOT NULL,
    contact_name           VARCHAR(200),
    contact_email          VARCHAR(254),
    owner_organisation_id  BIGINT         NOT NULL,
    visibility             VARCHAR(20)    NOT NULL,
    created_at             TIMESTAMP(6)   NOT NULL,
    updated_at             TIMESTAMP(6)   NOT NULL,
    demo                   BOOLEAN        NOT NULL,
    version                BIGINT         NOT NULL,
    CONSTRAINT pk_procurement PRIMARY KEY (id),
    CONSTRAINT fk_procurement_owner FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_procurement_updated ON procurement (updated_at, id);
CREATE INDEX ix_procurement_owner ON procurement (owner_organisation_id, updated_at);

CREATE TABLE procurement_participating_organisations (
    procurement_id                 BIGINT NOT NULL,
    participating_organisations_id BIGINT NOT NULL,
    CONSTRAINT pk_procurement_participating PRIMARY KEY (procurement_id, participating_organisations_id),
    CONSTRAINT fk_procurement_participating_p FOREIGN KEY (procurement_id) REFERENCES procurement (id),
    CONSTRAINT fk_procurement_participating_o FOREIGN KEY (participating_organisations_id) REFERENCES organisation (id)
);
CREATE INDEX ix_procurement_participating_org ON procurement_participating_organisations (participating_organisations_id);

CREATE TABLE procurement_named_organisations (
    procurement_id         BIGINT NOT NULL,
    named_organisations_id BIGINT NOT NULL,
    CONSTRAINT pk_procurement_named PRIMARY KEY (procurement_id, named_organisations_id),
    CONSTRAINT fk_procurement_named_p FOREIGN KEY (procurement_id) REFERENCES procurement (id),
    CONSTRAINT fk_procurement_named_o FOREIGN KEY (named_organisations_id) REFERENCES organisation (id)
);

CREATE TABLE procurement_participant (
    id               BIGINT          NOT NULL AUTO_INCREMENT,
    procurement_id   BIGINT          NOT NULL,
    organisation_id  BIGINT          NOT NULL,
    status           VARCHAR(30)     NOT NULL,
    volume           VARCHAR(200),
    estimated_value  DECIMAL(15, 2),
    contact_name     VARCHAR(200),
    updated_by_name  VARCHAR(200),
    updated_at       TIMESTAMP(6)    NOT NULL,
    version          BIGINT          NOT NULL,
    CONSTRAINT pk_procurement_participant PRIMARY KEY (id),
    CONSTRAINT uq_procurement_participant UNIQUE (procurement_id, organisation_id),
    CONSTRAINT fk_procurement_participant_p FOREIGN KEY (procurement_id) REFERENCES procurement (id),
    CONSTRAINT fk_procurement_participant_o FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE procurement_phase_step (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    procurement_id  BIGINT       NOT NULL,
    phase           VARCHAR(30)  NOT NULL,
    planned_on      DATE,
    actual_on       DATE,
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_procurement_phase_step PRIMARY KEY (id),
    CONSTRAINT uq_procurement_phase_step UNIQUE (procurement_id, phase),
    CONSTRAINT fk_procurement_phase_step FOREIGN KEY (procurement_id) REFERENCES procurement (id)
);

CREATE TABLE procurement_link (
    procurement_id BIGINT       NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    target_id      BIGINT       NOT NULL,
    CONSTRAINT pk_procurement_link PRIMARY KEY (procurement_id, kind, target_id),
    CONSTRAINT fk_procurement_link FOREIGN KEY (procurement_id) REFERENCES procurement (id)
);
CREATE INDEX ix_procurement_link_target ON procurement_link (kind, target_id);

CREATE TABLE procurement_requirement (
    id                       BIGINT          NOT NULL AUTO_INCREMENT,
    procurement_id           BIGINT          NOT NULL,
    text                     VARCHAR(2000)   NOT NULL,
    clause_key               VARCHAR(40),
    proposed_by_org_id       BIGINT          NOT NULL,
    proposed_by_name         VARCHAR(200)    NOT NULL,
    created_at               TIMESTAMP(6)    NOT NULL,
    CONSTRAINT pk_procurement_requirement PRIMARY KEY (id),
    CONSTRAINT fk_procurement_requirement FOREIGN KEY (procurement_id) REFERENCES procurement (id)
);
CREATE INDEX ix_procurement_requirement ON procurement_requirement (procurement_id, id);

CREATE TABLE procurement_requirement_support (
    requirement_id   BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    CONSTRAINT pk_procurement_requirement_support PRIMARY KEY (requirement_id, organisation_id),
    CONSTRAINT fk_procurement_requirement_support FOREIGN KEY (requirement_id) REFERENCES procurement_requirement (id)
);

CREATE TABLE procurement_requirement_comment (
    id               BIGINT          NOT NULL AUTO_INCREMENT,
    requirement_id   BIGINT          NOT NULL,
    organisation_id  BIGINT          NOT NULL,
    author_name      VARCHAR(200)    NOT NULL,
    body             VARCHAR(2000)   NOT NULL,
    created_at       TIMESTAMP(6)    NOT NULL,
    CONSTRAINT pk_procurement_requirement_comment PRIMARY KEY (id),
    CONSTRAINT fk_procurement_requirement_comment FOREIGN KEY (requirement_id) REFERENCES procurement_requirement (id)
);

CREATE TABLE contract (
    id                     BIGINT          NOT NULL AUTO_INCREMENT,
    supplier               VARCHAR(200)    NOT NULL,
    subject                VARCHAR(300)    NOT NULL,
    category               VARCHAR(30)     NOT NULL,
    starts_on              DATE            NOT NULL,
    ends_on                DATE            NOT NULL,
    extension_months       VARCHAR(100),
    extensions_used        INT             NOT NULL,
    notice_months          INT             NOT NULL,
    contract_value         DECIMAL(15, 2),
    price_confidential     BOOLEAN         NOT NULL,
    contract_owner         VARCHAR(200),
    procurement_id         BIGINT,
    notice_reminded_on     DATE,
    owner_organisation_id  BIGINT          NOT NULL,
    visibility             VARCHAR(20)     NOT NULL,
    created_at             TIMESTAMP(6)    NOT NULL,
    updated_at             TIMESTAMP(6)    NOT NULL,
    demo                   BOOLEAN         NOT NULL,
    version                BIGINT          NOT NULL,
    CONSTRAINT pk_contract PRIMARY KEY (id),
    CONSTRAINT fk_contract_owner FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_contract_procurement FOREIGN KEY (procurement_id) REFERENCES procurement (id)
);
CREATE INDEX ix_contract_category_end ON contract (category, ends_on);
CREATE INDEX ix_contract_owner ON contract (owner_organisation_id, ends_on);
CREATE INDEX ix_contract_updated ON contract (updated_at, id);

CREATE TABLE contract_participating_organisations (
    contract_id                    BIGINT NOT NULL,
    participating_organisations_id BIGINT NOT NULL,
    CONSTRAINT pk_contract_participating PRIMARY KEY (contract_id, participating_organisations_id),
    CONSTRAINT fk_contract_participating_c FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_contract_participating_o FOREIGN KEY (participating_organisations_id) REFERENCES organisation (id)
);

CREATE TABLE contract_named_organisations (
    contract_id            BIGINT NOT NULL,
    named_organisations_id BIGINT NOT NULL,
    CONSTRAINT pk_contract_named PRIMARY KEY (contract_id, named_organisations_id),
    CONSTRAINT fk_contract_named_c FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_contract_named_o FOREIGN KEY (named_organisations_id) REFERENCES organisation (id)
);
