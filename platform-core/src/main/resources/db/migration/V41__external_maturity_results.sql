-- Results of external maturity instruments (DiMiOS, DIOS, PIOS): one value per organisation, instrument, year and
-- dimension, on the instrument's scale. Entered by hand or imported from CSV.

CREATE TABLE external_result (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id   BIGINT        NOT NULL,
    instrument        VARCHAR(20)   NOT NULL,
    result_year       INT           NOT NULL,
    dimension_key     VARCHAR(60)   NOT NULL,
    result_value      DECIMAL(8,2)  NOT NULL,
    scale_max         DECIMAL(8,2)  NOT NULL,
    recorded_by_name  VARCHAR(200)  NOT NULL,
    recorded_at       TIMESTAMP(6)  NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_external_result PRIMARY KEY (id),
    CONSTRAINT uq_external_result UNIQUE (organisation_id, instrument, result_year, dimension_key),
    CONSTRAINT fk_external_result_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
