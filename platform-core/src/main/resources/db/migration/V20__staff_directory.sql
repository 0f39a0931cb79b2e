-- The staff directory: people are known before their first login (Keycloak sync, CSV import, by hand, demo).
-- A person without a linked login has no subject yet. Portable between MariaDB and H2 (MariaDB mode).
ALTER TABLE person MODIFY subject VARCHAR(255) NULL;
ALTER TABLE person ADD COLUMN manager_id BIGINT NULL;
ALTER TABLE person ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE person ADD COLUMN source VARCHAR(20) DEFAULT 'LOGIN' NOT NULL;
ALTER TABLE person ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE person ADD COLUMN deactivated_at TIMESTAMP(6) NULL;
ALTER TABLE person ADD COLUMN previous_login_at TIMESTAMP(6) NULL;
ALTER TABLE person ADD COLUMN anonymised_at TIMESTAMP(6) NULL;
ALTER TABLE person ADD CONSTRAINT fk_person_manager FOREIGN KEY (manager_id) REFERENCES person (id);
CREATE INDEX ix_person_email ON person (email);
CREATE INDEX ix_person_active_organisation ON person (active, organisation_id);

-- Functional mailboxes per organisation and routing duty (incidents, data protection, registry), kept by the
-- organisation's administrator: copied on every notification of the duty, alone when the duty has nobody.
CREATE TABLE functional_mailbox (
    organisation_id BIGINT       NOT NULL,
    duty            VARCHAR(30)  NOT NULL,
    address         VARCHAR(254) NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_functional_mailbox PRIMARY KEY (organisation_id, duty),
    CONSTRAINT fk_functional_mailbox_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- Each run of the directory sync, with its outcome: the admin page shows the latest (and its error).
CREATE TABLE directory_sync_run (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    started_at  TIMESTAMP(6)  NOT NULL,
    finished_at TIMESTAMP(6)  NOT NULL,
    succeeded   BOOLEAN       NOT NULL,
    error       VARCHAR(2000),
    read_count  INT           NOT NULL,
    added       INT           NOT NULL,
    updated     INT           NOT NULL,
    deactivated INT           NOT NULL,
    CONSTRAINT pk_directory_sync_run PRIMARY KEY (id)
);

-- Staff an organisation keeps outside the directory: its administrator's headcount per role overrides the
-- directory's count as the AI-literacy denominator.
CREATE TABLE staff_headcount (
    organisation_id BIGINT      NOT NULL,
    role            VARCHAR(30) NOT NULL,
    headcount       INT         NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT pk_staff_headcount PRIMARY KEY (organisation_id, role),
    CONSTRAINT fk_staff_headcount_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
