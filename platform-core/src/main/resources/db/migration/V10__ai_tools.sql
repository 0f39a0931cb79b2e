-- The approved AI tools register: tools and services shared by the federation, each organisation's own approval
-- (for which data classes, under which assessment, until when) and the initiatives that use a tool.

CREATE TABLE ai_tool (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    name               VARCHAR(200)   NOT NULL,
    vendor             VARCHAR(200)   NOT NULL,
    description        VARCHAR(2000),
    hosting            VARCHAR(20)    NOT NULL,
    transfer_details   VARCHAR(1000),
    created_by_name    VARCHAR(200)   NOT NULL,
    created_at         TIMESTAMP(6)   NOT NULL,
    updated_at         TIMESTAMP(6)   NOT NULL,
    demo               BOOLEAN        NOT NULL,
    version            BIGINT         NOT NULL,
    CONSTRAINT pk_ai_tool PRIMARY KEY (id),
    CONSTRAINT uq_ai_tool_name UNIQUE (name)
);

CREATE TABLE ai_tool_approval (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    tool_id          BIGINT         NOT NULL,
    organisation_id  BIGINT         NOT NULL,
    approved         BOOLEAN        NOT NULL,
    assessment_id    BIGINT,
    valid_until      DATE,
    note             VARCHAR(1000),
    decided_by_name  VARCHAR(200)   NOT NULL,
    decided_at       TIMESTAMP(6)   NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT pk_ai_tool_approval PRIMARY KEY (id),
    CONSTRAINT uq_ai_tool_approval UNIQUE (tool_id, organisation_id),
    CONSTRAINT fk_ai_tool_approval_tool FOREIGN KEY (tool_id) REFERENCES ai_tool (id),
    CONSTRAINT fk_ai_tool_approval_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_ai_tool_approval_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
CREATE INDEX ix_ai_tool_approval_org ON ai_tool_approval (organisation_id);

CREATE TABLE ai_tool_approval_data_class (
    approval_id  BIGINT       NOT NULL,
    data_class   VARCHAR(30)  NOT NULL,
    CONSTRAINT pk_ai_tool_approval_data_class PRIMARY KEY (approval_id, data_class),
    CONSTRAINT fk_ai_tool_approval_data_class FOREIGN KEY (approval_id) REFERENCES ai_tool_approval (id)
);

CREATE TABLE initiative_tool (
    initiative_id  BIGINT NOT NULL,
    tool_id        BIGINT NOT NULL,
    CONSTRAINT pk_initiative_tool PRIMARY KEY (initiative_id, tool_id),
    CONSTRAINT fk_initiative_tool_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_initiative_tool_tool FOREIGN KEY (tool_id) REFERENCES ai_tool (id)
);
CREATE INDEX ix_initiative_tool_tool ON initiative_tool (tool_id);
