-- Comments on an assessment, per section of its template: reviewers and authors discuss an answer where it stands.
CREATE TABLE assessment_comment (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    assessment_id    BIGINT         NOT NULL,
    section_key      VARCHAR(60)    NOT NULL,
    author_person_id BIGINT,
    author_name      VARCHAR(200)   NOT NULL,
    body             VARCHAR(2000)  NOT NULL,
    created_at       TIMESTAMP(6)   NOT NULL,
    CONSTRAINT pk_assessment_comment PRIMARY KEY (id),
    CONSTRAINT fk_assessment_comment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
CREATE INDEX ix_assessment_comment ON assessment_comment (assessment_id, created_at);
