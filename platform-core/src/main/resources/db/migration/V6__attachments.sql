-- Files attached to records (initiatives first). Metadata and bytes in separate tables, so that lists never read
-- the bytes; both written in one transaction.
CREATE TABLE attachment (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    record_type           VARCHAR(40)   NOT NULL,
    record_id             BIGINT        NOT NULL,
    file_name             VARCHAR(200)  NOT NULL,
    content_type          VARCHAR(100)  NOT NULL,
    size_bytes            BIGINT        NOT NULL,
    sha256                VARCHAR(64)   NOT NULL,
    uploaded_by_person_id BIGINT,
    uploaded_by_name      VARCHAR(200)  NOT NULL,
    uploaded_at           TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (id)
);
CREATE INDEX ix_attachment_record ON attachment (record_type, record_id);

CREATE TABLE attachment_content (
    attachment_id BIGINT   NOT NULL,
    content       LONGBLOB NOT NULL,
    CONSTRAINT pk_attachment_content PRIMARY KEY (attachment_id),
    CONSTRAINT fk_attachment_content FOREIGN KEY (attachment_id) REFERENCES attachment (id)
);
