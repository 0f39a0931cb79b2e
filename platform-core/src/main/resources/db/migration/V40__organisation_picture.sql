-- Each organisation's AI picture: the collaboration areas (as data), the collaboration level an organisation has
-- chosen per area (every decision kept, the latest decision date is in force), and the organisation's own AI
-- goals with their indicator, baseline, target and date, plus the values measured by hand for goals that no
-- platform figure feeds.

CREATE TABLE collaboration_area (
    area_key   VARCHAR(40)  NOT NULL,
    position   INT          NOT NULL,
    name_sv    VARCHAR(120) NOT NULL,
    name_en    VARCHAR(120) NOT NULL,
    CONSTRAINT pk_collaboration_area PRIMARY KEY (area_key)
);

INSERT INTO collaboration_area (area_key, position, name_sv, name_en) VALUES
    ('competence', 1, 'Kompetensförsörjning', 'Competence supply'),
    ('legal', 2, 'Juridiskt stöd', 'Legal support'),
    ('procurement', 3, 'Upphandling', 'Procurement'),
    ('development', 4, 'Utvecklingsprojekt', 'Development projects'),
    ('operations', 5, 'Drift och tjänster', 'Operations and services'),
    ('cybersecurity', 6, 'Cybersäkerhet', 'Cybersecurity');

CREATE TABLE level_decision (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id   BIGINT        NOT NULL,
    area_key          VARCHAR(40)   NOT NULL,
    collaboration_level INT         NOT NULL,
    decided_by        VARCHAR(200)  NOT NULL,
    decided_on        DATE          NOT NULL,
    diary_number      VARCHAR(60),
    recorded_by_name  VARCHAR(200)  NOT NULL,
    recorded_at       TIMESTAMP(6)  NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_level_decision PRIMARY KEY (id),
    CONSTRAINT fk_level_decision_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_level_decision_area FOREIGN KEY (area_key) REFERENCES collaboration_area (area_key)
);
CREATE INDEX ix_level_decision_organisation ON level_decision (organisation_id, area_key, decided_on);

CREATE TABLE organisation_goal (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id   BIGINT        NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    indicator         VARCHAR(60)   NOT NULL,
    dimension_key     VARCHAR(60),
    baseline          DECIMAL(12,2) NOT NULL,
    target            DECIMAL(12,2) NOT NULL,
    target_date       DATE          NOT NULL,
    created_by_name   VARCHAR(200)  NOT NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_organisation_goal PRIMARY KEY (id),
    CONSTRAINT fk_organisation_goal_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_organisation_goal_organisation ON organisation_goal (organisation_id);

CREATE TABLE goal_measurement (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    goal_id           BIGINT        NOT NULL,
    measured_on       DATE          NOT NULL,
    measured_value    DECIMAL(12,2) NOT NULL,
    recorded_by_name  VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_goal_measurement PRIMARY KEY (id),
    CONSTRAINT fk_goal_measurement_goal FOREIGN KEY (goal_id) REFERENCES organisation_goal (id)
);
CREATE INDEX ix_goal_measurement_goal ON goal_measurement (goal_id, measured_on);
