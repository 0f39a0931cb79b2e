-- Tool approvals that run out within 60 days are brought to the organisation's assessors once per valid-until date.
ALTER TABLE ai_tool_approval ADD COLUMN expiry_reminded_for DATE NULL;
CREATE INDEX ix_tool_approval_valid_until ON ai_tool_approval (valid_until);
