-- The shared expert pool: an organisation asks a lawyer, DPO or security specialist of another organisation to
-- review one of its assessments. The expert reads the assessment while the request is open; request and answer stay.

CREATE TABLE assessment_review_request (
    id                        BIGINT         NOT NULL AUTO_INCREMENT,
    assessment_id             BIGINT         NOT NULL,
    expert_role               VARCHAR(20)    NOT NULL,
    expert_person_id          BIGINT         NOT NULL,
    expert_name               VARCHAR(200)   NOT NULL,
    expert_organisation_id    BIGINT         NOT NULL,
    expert_organisation_name  VARCHAR(200)   NOT NULL,
    requested_by_person_id    BIGINT         NOT NULL,
    requested_by_name         VARCHAR(200)   NOT NULL,
    message                   VARCHAR(2000)  NOT NULL,
    status                    VARCHAR(20)    NOT NULL,
    answer                    VARCHAR(4000),
    requested_at              TIMESTAMP(6)   NOT NULL,
    answered_at               TIMESTAMP(6),
    version                   BIGINT         NOT NULL,
    CONSTRAINT pk_assessment_review_request PRIMARY KEY (id),
    CONSTRAINT fk_review_request_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_review_request_expert FOREIGN KEY (expert_person_id) REFERENCES person (id),
    CONSTRAINT fk_review_request_expert_org FOREIGN KEY (expert_organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_review_request_assessment ON assessment_review_request (assessment_id);
CREATE INDEX ix_review_request_expert ON assessment_review_request (expert_person_id, status);
