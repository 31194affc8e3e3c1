-- QR cards (issue 11 item 9): a printed card on a counter or with an officer; scanning it opens /danh-gia/q/<token>,
-- the rating page bound to that counter or officer (a walk-up rating, channel WEB, no dossier). Exactly one of
-- counter_id and officer_id is set. A revoked card's link answers "not found"; its row stays (ratings named it).
CREATE TABLE rating_cards (
  id          BIGINT        NOT NULL,
  unit_id     BIGINT        NOT NULL,
  counter_id  BIGINT        NULL,
  officer_id  BIGINT        NULL,
  token       VARCHAR(32)   NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  created_by  VARCHAR(255)  NOT NULL,
  revoked_at  DATETIME(6)   NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_rating_cards_token (token),
  KEY ix_rating_cards_unit (unit_id, revoked_at),
  CONSTRAINT ck_rating_cards_target CHECK ((counter_id IS NULL) <> (officer_id IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
