-- Platform services every capability reuses: audit log, notifications, the roles last seen at login, and the
-- scheduler lock (ShedLock). The event publication table differs per database: see db/vendor/{mariadb,h2}.

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(30) NOT NULL,
    CONSTRAINT pk_person_role PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_person_role_role ON person_role (role);

CREATE TABLE audit_entry (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    record_type             VARCHAR(50)  NOT NULL,
    record_id               VARCHAR(64)  NOT NULL,
    action                  VARCHAR(50)  NOT NULL,
    actor_person_id         BIGINT,
    actor_name              VARCHAR(200),
    actor_organisation_code VARCHAR(64),
    occurred_at             TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_record ON audit_entry (record_type, record_id, occurred_at);

CREATE TABLE audit_change (
    audit_entry_id BIGINT       NOT NULL,
    field          VARCHAR(100) NOT NULL,
    before_value   VARCHAR(2000),
    after_value    VARCHAR(2000),
    CONSTRAINT pk_audit_change PRIMARY KEY (audit_entry_id, field),
    CONSTRAINT fk_audit_change_entry FOREIGN KEY (audit_entry_id) REFERENCES audit_entry (id)
);

CREATE TABLE notification (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    recipient_person_id BIGINT        NOT NULL,
    kind                VARCHAR(40)   NOT NULL,
    subject             VARCHAR(300)  NOT NULL,
    body                VARCHAR(4000) NOT NULL,
    link                VARCHAR(500),
    created_at          TIMESTAMP(6)  NOT NULL,
    read_at             TIMESTAMP(6)  NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_person_id) REFERENCES person (id)
);
CREATE INDEX ix_notification_recipient ON notification (recipient_person_id, read_at, created_at);

CREATE TABLE notification_preference (
    person_id BIGINT      NOT NULL,
    kind      VARCHAR(40) NOT NULL,
    in_app    BOOLEAN     NOT NULL,
    email     BOOLEAN     NOT NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT pk_notification_preference PRIMARY KEY (person_id, kind),
    CONSTRAINT fk_notification_preference_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
