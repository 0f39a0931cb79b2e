-- Invitations to new local accounts (identity): single use, expiring; only the token's SHA-256 hash is kept.
CREATE TABLE invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    token_hash      VARCHAR(64)  NOT NULL,
    user_account_id BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    expires_at      TIMESTAMP(6) NOT NULL,
    used_at         TIMESTAMP(6) NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_invitation PRIMARY KEY (id),
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_account FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT fk_invitation_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_invitation_account ON invitation (user_account_id, used_at);
