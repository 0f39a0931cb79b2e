-- Networks (issue 20): communities of practice with members from any organisation, meetings with agenda, minutes,
-- attendance and mandates, decisions, actions with owners and due dates, the records a network's talk turned into
-- (outcomes), and the questions members ask each other. The members' organisations are the network's
-- participating organisations on the visibility truth table.

CREATE TABLE network (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    name                   VARCHAR(200)  NOT NULL,
    purpose                VARCHAR(2000) NOT NULL,
    membership_mode        VARCHAR(20)   NOT NULL,
    owner_organisation_id  BIGINT        NOT NULL,
    visibility             VARCHAR(20)   NOT NULL,
    created_by_person_id   BIGINT,
    created_at             TIMESTAMP(6)  NOT NULL,
    updated_at             TIMESTAMP(6)  NOT NULL,
    demo                   BOOLEAN       NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT pk_network PRIMARY KEY (id),
    CONSTRAINT fk_network_owner FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_network_name ON network (name, id);

CREATE TABLE network_participating_organisations (
    network_id                     BIGINT NOT NULL,
    participating_organisations_id BIGINT NOT NULL,
    CONSTRAINT pk_network_participating PRIMARY KEY (network_id, participating_organisations_id),
    CONSTRAINT fk_network_participating_n FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_network_participating_o FOREIGN KEY (participating_organisations_id) REFERENCES organisation (id)
);
CREATE INDEX ix_network_participating_org ON network_participating_organisations (participating_organisations_id);

CREATE TABLE network_named_organisations (
    network_id             BIGINT NOT NULL,
    named_organisations_id BIGINT NOT NULL,
    CONSTRAINT pk_network_named PRIMARY KEY (network_id, named_organisations_id),
    CONSTRAINT fk_network_named_n FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_network_named_o FOREIGN KEY (named_organisations_id) REFERENCES organisation (id)
);

CREATE TABLE network_member (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    network_id       BIGINT       NOT NULL,
    person_id        BIGINT       NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    since            TIMESTAMP(6) NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT pk_network_member PRIMARY KEY (id),
    CONSTRAINT uq_network_member UNIQUE (network_id, person_id),
    CONSTRAINT fk_network_member_n FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_network_member_p FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_network_member_o FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_network_member_person ON network_member (person_id, status);

CREATE TABLE network_meeting (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    network_id        BIGINT        NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    starts_at         TIMESTAMP(6)  NOT NULL,
    ends_at           TIMESTAMP(6)  NOT NULL,
    place             VARCHAR(200),
    online_link       VARCHAR(500),
    reminded_at       TIMESTAMP(6),
    created_at        TIMESTAMP(6)  NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_network_meeting PRIMARY KEY (id),
    CONSTRAINT fk_network_meeting_n FOREIGN KEY (network_id) REFERENCES network (id)
);
CREATE INDEX ix_network_meeting_start ON network_meeting (network_id, starts_at);
CREATE INDEX ix_network_meeting_reminder ON network_meeting (starts_at, reminded_at);

CREATE TABLE network_agenda_item (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    meeting_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    minutes     VARCHAR(4000),
    version     BIGINT        NOT NULL,
    CONSTRAINT pk_network_agenda_item PRIMARY KEY (id),
    CONSTRAINT fk_network_agenda_item_m FOREIGN KEY (meeting_id) REFERENCES network_meeting (id)
);
CREATE INDEX ix_network_agenda_item_meeting ON network_agenda_item (meeting_id, position);

CREATE TABLE network_attendance (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id       BIGINT       NOT NULL,
    person_id        BIGINT       NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    present          BOOLEAN      NOT NULL,
    mandate          VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_network_attendance PRIMARY KEY (id),
    CONSTRAINT uq_network_attendance UNIQUE (meeting_id, person_id),
    CONSTRAINT fk_network_attendance_m FOREIGN KEY (meeting_id) REFERENCES network_meeting (id),
    CONSTRAINT fk_network_attendance_p FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_network_attendance_o FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE network_decision (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    network_id      BIGINT        NOT NULL,
    meeting_id      BIGINT        NOT NULL,
    agenda_item_id  BIGINT,
    text            VARCHAR(2000) NOT NULL,
    decided_on      DATE          NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_network_decision PRIMARY KEY (id),
    CONSTRAINT fk_network_decision_n FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_network_decision_m FOREIGN KEY (meeting_id) REFERENCES network_meeting (id),
    CONSTRAINT fk_network_decision_a FOREIGN KEY (agenda_item_id) REFERENCES network_agenda_item (id)
);
CREATE INDEX ix_network_decision_network ON network_decision (network_id, decided_on);

CREATE TABLE network_action (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    network_id             BIGINT        NOT NULL,
    meeting_id             BIGINT        NOT NULL,
    decision_id            BIGINT,
    agenda_item_id         BIGINT,
    title                  VARCHAR(300)  NOT NULL,
    owner_person_id        BIGINT        NOT NULL,
    owner_organisation_id  BIGINT        NOT NULL,
    due_on                 DATE          NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    drop_reason            VARCHAR(1000),
    closed_on              DATE,
    created_at             TIMESTAMP(6)  NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT pk_network_action PRIMARY KEY (id),
    CONSTRAINT fk_network_action_n FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_network_action_m FOREIGN KEY (meeting_id) REFERENCES network_meeting (id),
    CONSTRAINT fk_network_action_d FOREIGN KEY (decision_id) REFERENCES network_decision (id),
    CONSTRAINT fk_network_action_a FOREIGN KEY (agenda_item_id) REFERENCES network_agenda_item (id),
    CONSTRAINT fk_network_action_p FOREIGN KEY (owner_person_id) REFERENCES person (id),
    CONSTRAINT fk_network_action_o FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_network_action_network ON network_action (network_id, status, due_on);
CREATE INDEX ix_network_action_owner ON network_action (owner_person_id, status, due_on);

CREATE TABLE network_outcome (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    network_id            BIGINT        NOT NULL,
    meeting_id            BIGINT        NOT NULL,
    decision_id           BIGINT,
    action_id             BIGINT,
    kind                  VARCHAR(20)   NOT NULL,
    record_id             BIGINT        NOT NULL,
    title                 VARCHAR(300)  NOT NULL,
    created_by_person_id  BIGINT        NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_network_outcome PRIMARY KEY (id),
    CONSTRAINT uq_network_outcome UNIQUE (kind, record_id),
    CONSTRAINT fk_network_outcome_n FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_network_outcome_m FOREIGN KEY (meeting_id) REFERENCES network_meeting (id),
    CONSTRAINT fk_network_outcome_d FOREIGN KEY (decision_id) REFERENCES network_decision (id),
    CONSTRAINT fk_network_outcome_a FOREIGN KEY (action_id) REFERENCES network_action (id)
);
CREATE INDEX ix_network_outcome_network ON network_outcome (network_id, created_at);

CREATE TABLE network_question (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    network_id         BIGINT        NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    body               VARCHAR(4000) NOT NULL,
    author_person_id   BIGINT        NOT NULL,
    author_name        VARCHAR(200)  NOT NULL,
    solving_answer_id  BIGINT,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_network_question PRIMARY KEY (id),
    CONSTRAINT fk_network_question_n FOREIGN KEY (network_id) REFERENCES network (id)
);
CREATE INDEX ix_network_question_network ON network_question (network_id, created_at);

CREATE TABLE network_answer (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    question_id       BIGINT        NOT NULL,
    body              VARCHAR(4000) NOT NULL,
    author_person_id  BIGINT        NOT NULL,
    author_name       VARCHAR(200)  NOT NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_network_answer PRIMARY KEY (id),
    CONSTRAINT fk_network_answer_q FOREIGN KEY (question_id) REFERENCES network_question (id)
);
CREATE INDEX ix_network_answer_question ON network_answer (question_id, created_at);
