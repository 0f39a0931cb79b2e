-- H2 in MariaDB mode turns LONGTEXT into a VARCHAR; the template's JSON is a CLOB here.
ALTER TABLE assessment_template ADD COLUMN definition CLOB NOT NULL;
