-- A shareable record that exists only in the core's tests, to try the visibility truth table on real rows.
CREATE TABLE sample_record (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    title                 VARCHAR(200) NOT NULL,
    owner_organisation_id BIGINT       NOT NULL,
    visibility            VARCHAR(20)  NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT pk_sample_record PRIMARY KEY (id),
    CONSTRAINT fk_sample_record_owner FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id)
);
CREATE TABLE sample_record_participating_organisations (
    sample_record_id                 BIGINT NOT NULL,
    participating_organisations_id   BIGINT NOT NULL,
    CONSTRAINT pk_sample_record_participating PRIMARY KEY (sample_record_id, participating_organisations_id)
);
CREATE TABLE sample_record_named_organisations (
    sample_record_id         BIGINT NOT NULL,
    named_organisations_id   BIGINT NOT NULL,
    CONSTRAINT pk_sample_record_named PRIMARY KEY (sample_record_id, named_organisations_id)
);
