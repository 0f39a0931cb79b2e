-- The tenants. Portable between MariaDB and H2 (MariaDB mode): no ENGINE, COMMENT or ON UPDATE clauses.
-- Organisation numbers stay empty until an administrator enters the real ones.
CREATE TABLE organisation (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    code                VARCHAR(64)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    organisation_number VARCHAR(11),
    kind                VARCHAR(20)  NOT NULL,
    parent_id           BIGINT,
    active              BOOLEAN      NOT NULL,
    demo                BOOLEAN      NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT uk_organisation_code UNIQUE (code),
    CONSTRAINT fk_organisation_parent FOREIGN KEY (parent_id) REFERENCES organisation (id)
);

INSERT INTO organisation (code, name, kind, active, demo, version) VALUES
    ('hoglandsforbundet', 'Höglandsförbundet', 'FEDERATION', TRUE, FALSE, 0),
    ('aneby', 'Aneby kommun', 'MUNICIPALITY', TRUE, FALSE, 0),
    ('eksjo', 'Eksjö kommun', 'MUNICIPALITY', TRUE, FALSE, 0),
    ('nassjo', 'Nässjö kommun', 'MUNICIPALITY', TRUE, FALSE, 0),
    ('savsjo', 'Sävsjö kommun', 'MUNICIPALITY', TRUE, FALSE, 0),
    ('vetlanda', 'Vetlanda kommun', 'MUNICIPALITY', TRUE, FALSE, 0);
