-- Separation of duties in legal assessments: by default the person who gives the last required sign-off of a
-- review round may not also take the decision. Each organisation's own administrator may allow it.
ALTER TABLE organisation ADD COLUMN last_signer_may_decide BOOLEAN NOT NULL DEFAULT FALSE;
