-- AI guidelines as structured, versioned data (issue 19): an organisation's guideline in versions of one series
-- (a decided version is frozen, the next starts from a copy), sections and clauses with stable keys across
-- versions, the shared topic list, review comments per clause, and the adopters' choices on upstream changes of
-- the federation's template.

CREATE TABLE guideline_topic (
    code     VARCHAR(40)  NOT NULL,
    name_sv  VARCHAR(120) NOT NULL,
    name_en  VARCHAR(120) NOT NULL,
    position INT          NOT NULL,
    active   BOOLEAN      NOT NULL,
    CONSTRAINT pk_guideline_topic PRIMARY KEY (code)
);

INSERT INTO guideline_topic (code, name_sv, name_en, position, active) VALUES
    ('risk-analysis', 'Risk- och konsekvensanalys före drift', 'Risk and impact analysis before production', 10, TRUE),
    ('data-classes', 'Dataklasser och känsliga uppgifter', 'Data classes and sensitive data', 20, TRUE),
    ('approved-tools', 'Godkända verktyg', 'Approved tools', 30, TRUE),
    ('human-review', 'Mänsklig granskning och beslut', 'Human review and decisions', 40, TRUE),
    ('transparency', 'Öppenhet mot invånare', 'Transparency towards residents', 50, TRUE),
    ('incidents', 'Incidenter och avvikelser', 'Incidents and deviations', 60, TRUE),
    ('training', 'Utbildning och AI-kunskap', 'Training and AI literacy', 70, TRUE),
    ('documentation', 'Dokumentation av användning', 'Documenting use', 80, TRUE),
    ('copyright', 'Upphovsrätt', 'Copyright', 90, TRUE),
    ('bias', 'Partiskhet och diskriminering', 'Bias and discrimination', 100, TRUE),
    ('responsibility', 'Roller och ansvar', 'Roles and responsibilities', 110, TRUE),
    ('annual-review', 'Årlig översyn', 'Annual review', 120, TRUE);

CREATE TABLE guideline (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    series_id             VARCHAR(36)   NOT NULL,
    version_number        INT           NOT NULL,
    owner_organisation_id BIGINT        NOT NULL,
    visibility            VARCHAR(20)   NOT NULL,
    template              BOOLEAN       NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    summary               VARCHAR(2000),
    status                VARCHAR(20)   NOT NULL,
    source_template_id    BIGINT,
    predecessor_id        BIGINT,
    decided_by            VARCHAR(200),
    decided_on            DATE,
    diary_number          VARCHAR(60),
    decision_recorded_by  VARCHAR(200),
    published_at          TIMESTAMP(6),
    review_date           DATE,
    review_reminded_on    DATE,
    created_by_person_id  BIGINT,
    created_at            TIMESTAMP(6)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    demo                  BOOLEAN       NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT pk_guideline PRIMARY KEY (id),
    CONSTRAINT uq_guideline_series_version UNIQUE (series_id, version_number),
    CONSTRAINT fk_guideline_owner FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_guideline_source FOREIGN KEY (source_template_id) REFERENCES guideline (id),
    CONSTRAINT fk_guideline_predecessor FOREIGN KEY (predecessor_id) REFERENCES guideline (id)
);
CREATE INDEX ix_guideline_owner ON guideline (owner_organisation_id, series_id);
CREATE INDEX ix_guideline_status ON guideline (status, template);
CREATE INDEX ix_guideline_updated ON guideline (updated_at, id);

CREATE TABLE guideline_participating_organisations (
    guideline_id                   BIGINT NOT NULL,
    participating_organisations_id BIGINT NOT NULL,
    CONSTRAINT pk_guideline_participating PRIMARY KEY (guideline_id, participating_organisations_id),
    CONSTRAINT fk_guideline_participating_guideline FOREIGN KEY (guideline_id) REFERENCES guideline (id),
    CONSTRAINT fk_guideline_participating_org FOREIGN KEY (participating_organisations_id) REFERENCES organisation (id)
);
CREATE INDEX ix_guideline_participating_org ON guideline_participating_organisations (participating_organisations_id);

CREATE TABLE guideline_named_organisations (
    guideline_id           BIGINT NOT NULL,
    named_organisations_id BIGINT NOT NULL,
    CONSTRAINT pk_guideline_named PRIMARY KEY (guideline_id, named_organisations_id),
    CONSTRAINT fk_guideline_named_guideline FOREIGN KEY (guideline_id) REFERENCES guideline (id),
    CONSTRAINT fk_guideline_named_org FOREIGN KEY (named_organisations_id) REFERENCES organisation (id)
);
CREATE INDEX ix_guideline_named_org ON guideline_named_organisations (named_organisations_id);

CREATE TABLE guideline_section (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    guideline_id BIGINT       NOT NULL,
    section_key  VARCHAR(40)  NOT NULL,
    heading      VARCHAR(200) NOT NULL,
    position     INT          NOT NULL,
    CONSTRAINT pk_guideline_section PRIMARY KEY (id),
    CONSTRAINT uq_guideline_section_key UNIQUE (guideline_id, section_key),
    CONSTRAINT fk_guideline_section FOREIGN KEY (guideline_id) REFERENCES guideline (id)
);

CREATE TABLE guideline_clause (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    section_id BIGINT        NOT NULL,
    clause_key VARCHAR(40)   NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    control    VARCHAR(30),
    body       VARCHAR(4000) NOT NULL,
    position   INT           NOT NULL,
    CONSTRAINT pk_guideline_clause PRIMARY KEY (id),
    CONSTRAINT fk_guideline_clause_section FOREIGN KEY (section_id) REFERENCES guideline_section (id)
);
CREATE INDEX ix_guideline_clause_key ON guideline_clause (clause_key);

CREATE TABLE guideline_clause_topic (
    clause_id  BIGINT      NOT NULL,
    topic_code VARCHAR(40) NOT NULL,
    CONSTRAINT pk_guideline_clause_topic PRIMARY KEY (clause_id, topic_code),
    CONSTRAINT fk_guideline_clause_topic_clause FOREIGN KEY (clause_id) REFERENCES guideline_clause (id),
    CONSTRAINT fk_guideline_clause_topic_topic FOREIGN KEY (topic_code) REFERENCES guideline_topic (code)
);

-- Review comments, per clause (by its key), kept with the version they were made on.
CREATE TABLE guideline_comment (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    guideline_id     BIGINT        NOT NULL,
    clause_key       VARCHAR(40)   NOT NULL,
    author_person_id BIGINT,
    author_name      VARCHAR(200)  NOT NULL,
    body             VARCHAR(2000) NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_guideline_comment PRIMARY KEY (id),
    CONSTRAINT fk_guideline_comment FOREIGN KEY (guideline_id) REFERENCES guideline (id)
);
CREATE INDEX ix_guideline_comment ON guideline_comment (guideline_id, created_at);

-- An adopter's answer to one upstream change of the template (take or decline), per series and template version.
CREATE TABLE guideline_upstream_choice (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    series_id             VARCHAR(36)  NOT NULL,
    clause_key            VARCHAR(40)  NOT NULL,
    upstream_guideline_id BIGINT       NOT NULL,
    taken                 BOOLEAN      NOT NULL,
    chosen_by             VARCHAR(200) NOT NULL,
    chosen_at             TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_guideline_upstream_choice PRIMARY KEY (id),
    CONSTRAINT uq_guideline_upstream_choice UNIQUE (series_id, clause_key, upstream_guideline_id),
    CONSTRAINT fk_guideline_upstream_choice FOREIGN KEY (upstream_guideline_id) REFERENCES guideline (id)
);
