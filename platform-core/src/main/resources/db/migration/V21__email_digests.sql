-- E-mail digests: each person chooses per kind whether e-mail comes at once, daily or weekly. Entries wait here
-- until their digest is mailed, then go. Duty mail never waits.
ALTER TABLE notification_preference ADD COLUMN email_frequency VARCHAR(10) DEFAULT 'IMMEDIATE' NOT NULL;

CREATE TABLE notification_digest_entry (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    person_id  BIGINT        NOT NULL,
    frequency  VARCHAR(10)   NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    link       VARCHAR(500),
    created_at TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_notification_digest_entry PRIMARY KEY (id),
    CONSTRAINT fk_digest_entry_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_digest_entry_frequency_person ON notification_digest_entry (frequency, person_id, created_at);
