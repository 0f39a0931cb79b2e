-- What a public-authority deployer registers in the EU database for a high-risk AI system (AI Act art. 49(3),
-- Annex VIII section C), kept beside the initiative and published only when its owner chooses.
CREATE TABLE initiative_eu_database (
    initiative_id   BIGINT        NOT NULL,
    deployer        VARCHAR(1000),
    submitter       VARCHAR(1000),
    provider_entry  VARCHAR(500),
    fria_summary    VARCHAR(4000),
    dpia_summary    VARCHAR(4000),
    published       BOOLEAN       NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_initiative_eu_database PRIMARY KEY (initiative_id),
    CONSTRAINT fk_initiative_eu_database_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);
