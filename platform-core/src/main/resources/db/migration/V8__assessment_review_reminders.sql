-- When the owner's assessors were reminded that an approved assessment's review date had passed (once per version).
ALTER TABLE assessment ADD COLUMN review_reminded_on DATE;
CREATE INDEX ix_assessment_review ON assessment (status, review_date);
