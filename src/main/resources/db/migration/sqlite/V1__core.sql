-- Nghe Dân core schema. Portable SQL (SQLite now, PostgreSQL later): times are ISO-8601 UTC
-- text of fixed width (sortable), booleans are 0/1 integers, ids are integer keys.

CREATE TABLE neighbourhood (
    code        VARCHAR(16)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    position    INTEGER      NOT NULL DEFAULT 0,
    active      INTEGER      NOT NULL DEFAULT 1
);

CREATE TABLE resident (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    telegram_user_id     BIGINT UNIQUE,
    chat_id              BIGINT,
    display_name         VARCHAR(200),
    language             VARCHAR(5)  NOT NULL DEFAULT 'vi',
    neighbourhood_code   VARCHAR(16) REFERENCES neighbourhood (code),
    consented_at         VARCHAR(24),
    reminders_enabled    INTEGER     NOT NULL DEFAULT 1,
    unreachable_at       VARCHAR(24),
    forgotten_at         VARCHAR(24),
    contact              VARCHAR(200),
    created_at           VARCHAR(24) NOT NULL,
    version              INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX resident_neighbourhood ON resident (neighbourhood_code);

-- Conversation state per chat: the step and its draft (JSON). Generation invalidates the
-- buttons of earlier prompts.
CREATE TABLE conversation (
    chat_id      BIGINT PRIMARY KEY,
    step         VARCHAR(40) NOT NULL,
    draft        TEXT,
    generation   INTEGER     NOT NULL DEFAULT 0,
    updated_at   VARCHAR(24) NOT NULL
);

-- Every button the bot showed: its opaque token is the callback data. A press counts only
-- if the token was offered to that chat and is still current.
CREATE TABLE offered_button (
    token        VARCHAR(16) PRIMARY KEY,
    chat_id      BIGINT      NOT NULL,
    action       VARCHAR(40) NOT NULL,
    argument     VARCHAR(200),
    generation   INTEGER,
    expires_at   VARCHAR(24) NOT NULL,
    used_at      VARCHAR(24)
);
CREATE INDEX offered_button_chat ON offered_button (chat_id, generation);
CREATE INDEX offered_button_expiry ON offered_button (expires_at);

-- The update inbox: stored before the poller confirms the batch to Telegram.
CREATE TABLE telegram_update (
    update_id     BIGINT PRIMARY KEY,
    chat_id       BIGINT,
    payload       TEXT        NOT NULL,
    received_at   VARCHAR(24) NOT NULL,
    processed_at  VARCHAR(24),
    outcome       VARCHAR(20)
);
CREATE INDEX telegram_update_pending ON telegram_update (update_id) WHERE processed_at IS NULL;

-- The outbox: every message to a chat, written in the transaction that decided to send it.
CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id       BIGINT      NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    payload       TEXT        NOT NULL,
    dedup_key     VARCHAR(200) UNIQUE,
    broadcast     INTEGER     NOT NULL DEFAULT 0,
    status        VARCHAR(12) NOT NULL,
    not_before    VARCHAR(24) NOT NULL,
    attempts      INTEGER     NOT NULL DEFAULT 0,
    last_error    VARCHAR(500),
    created_at    VARCHAR(24) NOT NULL,
    sent_at       VARCHAR(24),
    message_id    BIGINT
);
CREATE INDEX outbox_pending ON outbox (not_before, id) WHERE status = 'PENDING';
CREATE INDEX outbox_chat_pending ON outbox (chat_id, id) WHERE status = 'PENDING';

CREATE TABLE dialogue_session (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    title                  VARCHAR(300) NOT NULL,
    kind                   VARCHAR(20)  NOT NULL,
    starts_at              VARCHAR(24)  NOT NULL,
    venue                  VARCHAR(300) NOT NULL,
    latitude               DOUBLE PRECISION,
    longitude              DOUBLE PRECISION,
    submissions_close_at   VARCHAR(24)  NOT NULL,
    chair                  VARCHAR(200),
    status                 VARCHAR(12)  NOT NULL,
    agenda_locked_at       VARCHAR(24),
    results_published_at   VARCHAR(24),
    created_at             VARCHAR(24)  NOT NULL,
    updated_at             VARCHAR(24)  NOT NULL,
    version                INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX dialogue_session_start ON dialogue_session (starts_at);

CREATE TABLE session_neighbourhood (
    dialogue_session     BIGINT      NOT NULL REFERENCES dialogue_session (id) ON DELETE CASCADE,
    neighbourhood_code   VARCHAR(16) NOT NULL REFERENCES neighbourhood (code),
    PRIMARY KEY (dialogue_session, neighbourhood_code)
);
CREATE INDEX session_neighbourhood_code ON session_neighbourhood (neighbourhood_code);

-- A submission's id is its public number (#42): AUTOINCREMENT never reuses one.
CREATE TABLE submission (
    id                       INTEGER PRIMARY KEY AUTOINCREMENT,
    resident_id              BIGINT REFERENCES resident (id),
    neighbourhood_code       VARCHAR(16)  NOT NULL REFERENCES neighbourhood (code),
    kind                     VARCHAR(12)  NOT NULL,
    topic                    INTEGER      NOT NULL,
    text                     TEXT         NOT NULL,
    folded                   TEXT         NOT NULL,
    anonymous                INTEGER      NOT NULL DEFAULT 0,
    channel                  VARCHAR(12)  NOT NULL,
    status                   VARCHAR(12)  NOT NULL,
    issues                   INTEGER      NOT NULL DEFAULT 1,
    supporters               INTEGER      NOT NULL DEFAULT 1,
    session_id               BIGINT REFERENCES dialogue_session (id),
    carried_from_session_id  BIGINT REFERENCES dialogue_session (id),
    merged_into              BIGINT REFERENCES submission (id),
    author_name              VARCHAR(200),
    contact                  VARCHAR(200),
    latitude                 DOUBLE PRECISION,
    longitude                DOUBLE PRECISION,
    reason                   TEXT,
    referred_to              VARCHAR(300),
    answer_text              TEXT,
    answered_by              VARCHAR(200),
    answer_form              VARCHAR(12),
    commitment               TEXT,
    commitment_deadline      VARCHAR(10),
    answered_at              VARCHAR(24),
    source_key               VARCHAR(80) UNIQUE,
    created_at               VARCHAR(24)  NOT NULL,
    updated_at               VARCHAR(24)  NOT NULL,
    version                  INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX submission_neighbourhood_status ON submission (neighbourhood_code, status, id);
CREATE INDEX submission_resident ON submission (resident_id);
CREATE INDEX submission_session ON submission (session_id);
CREATE INDEX submission_created ON submission (created_at);

CREATE TABLE submission_attachment (
    submission       BIGINT       NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    submission_key   INTEGER      NOT NULL,
    kind             VARCHAR(12)  NOT NULL,
    file_name        VARCHAR(300),
    stored_path      VARCHAR(500),
    size_bytes       BIGINT,
    telegram_file_id VARCHAR(200),
    PRIMARY KEY (submission, submission_key)
);

CREATE TABLE submission_event (
    submission       BIGINT       NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    submission_key   INTEGER      NOT NULL,
    at               VARCHAR(24)  NOT NULL,
    actor            VARCHAR(200) NOT NULL,
    action           VARCHAR(20)  NOT NULL,
    from_status      VARCHAR(12),
    to_status        VARCHAR(12),
    note             TEXT,
    PRIMARY KEY (submission, submission_key)
);

-- "Me too": one co-sign per resident per submission.
CREATE TABLE submission_supporter (
    submission_id   BIGINT      NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    resident_id     BIGINT      NOT NULL REFERENCES resident (id) ON DELETE CASCADE,
    created_at      VARCHAR(24) NOT NULL,
    PRIMARY KEY (submission_id, resident_id)
);
CREATE INDEX submission_supporter_resident ON submission_supporter (resident_id);

-- The similar-submission index: folded words of open submissions, per neighbourhood.
CREATE TABLE submission_word (
    neighbourhood_code  VARCHAR(16) NOT NULL,
    word                VARCHAR(60) NOT NULL,
    submission_id       BIGINT      NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    PRIMARY KEY (neighbourhood_code, word, submission_id)
);
CREATE INDEX submission_word_submission ON submission_word (submission_id);

CREATE TABLE account (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    username           VARCHAR(100) NOT NULL UNIQUE,
    password_hash      VARCHAR(100) NOT NULL,
    display_name       VARCHAR(200),
    role               VARCHAR(20)  NOT NULL,
    telegram_user_id   BIGINT UNIQUE,
    enabled            INTEGER      NOT NULL DEFAULT 1,
    created_at         VARCHAR(24)  NOT NULL,
    version            INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE account_neighbourhood (
    account              BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    neighbourhood_code   VARCHAR(16) NOT NULL REFERENCES neighbourhood (code),
    PRIMARY KEY (account, neighbourhood_code)
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          VARCHAR(24)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    target      VARCHAR(100),
    detail      TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);

-- How many submissions of a neighbourhood used a word: the matcher looks up the rarest words.
CREATE TABLE word_frequency (
    neighbourhood_code  VARCHAR(16) NOT NULL,
    word                VARCHAR(60) NOT NULL,
    uses                INTEGER     NOT NULL,
    PRIMARY KEY (neighbourhood_code, word)
);
