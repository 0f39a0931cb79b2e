-- H2 in MariaDB mode turns LONGTEXT into a VARCHAR; the model's JSON is a CLOB here.
ALTER TABLE maturity_model ADD COLUMN definition CLOB NOT NULL;
