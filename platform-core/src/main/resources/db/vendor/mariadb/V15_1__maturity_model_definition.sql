ALTER TABLE maturity_model ADD COLUMN definition LONGTEXT NOT NULL;
