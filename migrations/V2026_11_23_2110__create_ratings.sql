-- Ratings: the hot table. Keys are application-generated, time-ordered BIGINTs (no auto-increment hot spot,
-- product.md §5); raw answers are kept per criterion. submitted_at is the device's moment of rating (the period a
-- rating counts in), received_at the server's; local_date is submitted_at's date in Asia/Ho_Chi_Minh.
-- Flagged ratings (duplicate per served citizen, kiosk limits) are kept and left out of figures until released.

CREATE TABLE ratings (
  id               BIGINT        NOT NULL,
  unit_id          BIGINT        NOT NULL,
  channel          VARCHAR(16)   NOT NULL,
  score            TINYINT       NOT NULL,
  counter_id       BIGINT        NULL,
  officer_id       BIGINT        NULL,
  procedure_id     BIGINT        NULL,
  dossier_code     VARCHAR(64)   NULL,
  kiosk_id         BIGINT        NULL,
  transaction_id   BIGINT        NULL,
  reasons          VARCHAR(255)  NULL,
  comment          TEXT          NULL,
  submitted_at     DATETIME(6)   NOT NULL,
  received_at      DATETIME(6)   NOT NULL,
  local_date       DATE          NOT NULL,
  idempotency_key  VARCHAR(100)  NOT NULL,
  body_hash        CHAR(64)      NOT NULL,
  token_id         BIGINT        NULL,
  flagged          BOOLEAN       NOT NULL DEFAULT FALSE,
  flag_reason      VARCHAR(32)   NULL,
  released_at      DATETIME(6)   NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_ratings_idempotency_key (idempotency_key),
  KEY ix_ratings_unit_date (unit_id, local_date),
  KEY ix_ratings_kiosk_submitted (kiosk_id, submitted_at),
  KEY ix_ratings_transaction (transaction_id),
  CONSTRAINT ck_ratings_score CHECK (score BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE rating_answers (
  rating_id       BIGINT       NOT NULL,
  criterion_code  VARCHAR(64)  NOT NULL,
  score           TINYINT      NOT NULL,
  PRIMARY KEY (rating_id, criterion_code),
  CONSTRAINT ck_rating_answers_score CHECK (score BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "Next citizen" at a counter (officer's button or the queue software): a kiosk rating binds to the open one.
CREATE TABLE counter_transactions (
  id            BIGINT       NOT NULL,
  counter_id    BIGINT       NOT NULL,
  unit_id       BIGINT       NOT NULL,
  ticket        VARCHAR(32)  NOT NULL,
  dossier_code  VARCHAR(64)  NULL,
  opened_at     DATETIME(6)  NOT NULL,
  opened_by     VARCHAR(255) NOT NULL,
  rating_id     BIGINT       NULL,
  PRIMARY KEY (id),
  KEY ix_counter_transactions_counter (counter_id, opened_at),
  CONSTRAINT fk_counter_transactions_counter FOREIGN KEY (counter_id) REFERENCES counters (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
