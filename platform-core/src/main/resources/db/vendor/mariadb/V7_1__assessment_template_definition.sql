ALTER TABLE assessment_template ADD COLUMN definition LONGTEXT NOT NULL;
