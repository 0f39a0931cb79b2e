-- People's profiles (personal data: only what the portal needs).
CREATE TABLE person (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    subject         VARCHAR(255) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(254),
    organisation_id BIGINT       NOT NULL,
    language        VARCHAR(2)   NOT NULL,
    last_login_at   TIMESTAMP(6) NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT uk_person_subject UNIQUE (subject),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_person_organisation ON person (organisation_id);

-- Local accounts (the embedded default's login). The identity module owns them; Keycloak users have none.
CREATE TABLE user_account (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    username          VARCHAR(100) NOT NULL,
    password_hash     VARCHAR(100) NOT NULL,
    display_name      VARCHAR(200) NOT NULL,
    email             VARCHAR(254),
    organisation_code VARCHAR(64)  NOT NULL,
    enabled           BOOLEAN      NOT NULL,
    demo              BOOLEAN      NOT NULL,
    failed_attempts   INT          NOT NULL,
    locked_until      TIMESTAMP(6) NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username)
);

CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL,
    role            VARCHAR(30) NOT NULL,
    CONSTRAINT pk_user_account_role PRIMARY KEY (user_account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);
