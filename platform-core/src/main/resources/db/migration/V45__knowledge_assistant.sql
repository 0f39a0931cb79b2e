-- The knowledge assistant ("Fråga kunskapsbanken", issue 22).
-- 1. The platform's own tools have a stable key in the register; the generative assistant is one of them, so that
--    every organisation decides on it like on any other tool (the assistant asks the register who approved it).
ALTER TABLE ai_tool ADD COLUMN system_key VARCHAR(50);
CREATE UNIQUE INDEX uq_ai_tool_system_key ON ai_tool (system_key);

INSERT INTO ai_tool (name, vendor, description, hosting, transfer_details, created_by_name, created_at, updated_at,
                     demo, version, system_key)
VALUES ('Kunskapsbankens AI-assistent (generativ)',
        'Språkmodell som förbundet konfigurerar (OpenAI-kompatibelt gränssnitt)',
        'Plattformens assistent "Fråga kunskapsbanken" i generativt läge: frågan och utdrag ur de poster som får lämna plattformen skickas till den språkmodell som förbundet har konfigurerat. Utan godkännande svarar assistenten bara med citat ur källorna, utan extern modell. Uppdatera leverantör och driftplats när modellen väljs.',
        'OWN_OPERATION', NULL, 'Plattformen', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, FALSE, 0, 'knowledge-assistant');

-- 2. Every question: who asked, when, how it was answered, whether an external model was called, and its sources.
--    Kept 12 months by default (portal.assistant.retention); the question is stored with personal data masked.
CREATE TABLE assistant_question (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    asked_at         TIMESTAMP(6)   NOT NULL,
    person_id        BIGINT,
    person_name      VARCHAR(200)   NOT NULL,
    organisation_id  BIGINT         NOT NULL,
    question         VARCHAR(1000)  NOT NULL,
    outcome          VARCHAR(20)    NOT NULL,
    external_model   BOOLEAN        NOT NULL,
    note             VARCHAR(30),
    CONSTRAINT pk_assistant_question PRIMARY KEY (id),
    CONSTRAINT fk_assistant_question_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_assistant_question_asked ON assistant_question (asked_at);
CREATE INDEX ix_assistant_question_outcome ON assistant_question (outcome, asked_at);

CREATE TABLE assistant_source (
    question_id    BIGINT        NOT NULL,
    position       INT           NOT NULL,
    record_type    VARCHAR(40)   NOT NULL,
    record_id      VARCHAR(40)   NOT NULL,
    passage        INT           NOT NULL,
    sent_to_model  BOOLEAN       NOT NULL,
    CONSTRAINT pk_assistant_source PRIMARY KEY (question_id, position),
    CONSTRAINT fk_assistant_source_question FOREIGN KEY (question_id) REFERENCES assistant_question (id)
        ON DELETE CASCADE
);

-- 3. The asker's feedback on an answer: helpful or not, with an optional comment; given once.
CREATE TABLE assistant_feedback (
    question_id  BIGINT         NOT NULL,
    helpful      BOOLEAN        NOT NULL,
    comment      VARCHAR(1000),
    given_at     TIMESTAMP(6)   NOT NULL,
    CONSTRAINT pk_assistant_feedback PRIMARY KEY (question_id),
    CONSTRAINT fk_assistant_feedback_question FOREIGN KEY (question_id) REFERENCES assistant_question (id)
        ON DELETE CASCADE
);
