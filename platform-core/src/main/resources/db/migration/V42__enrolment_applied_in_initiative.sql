-- An enrolment may name the initiative in which the participant will apply the course (the report's KPI "share
-- of staff who applied new skills in projects").

ALTER TABLE enrolment ADD COLUMN applied_in_initiative_id BIGINT;
ALTER TABLE enrolment ADD CONSTRAINT fk_enrolment_applied_initiative
    FOREIGN KEY (applied_in_initiative_id) REFERENCES initiative (id);
