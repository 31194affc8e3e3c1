-- One rating invitation per returned dossier (uq on dossier_id: whatever the feed repeats), reachable by an
-- unguessable short token (the SMS link /danh-gia/<token>) and by the citizen's phone (blind index, as in
-- dossiers.citizen_phone_index) for an SMS reply. rating_id is the first rating given through it.
CREATE TABLE rating_invitations (
  id            BIGINT        NOT NULL,
  dossier_id    BIGINT        NOT NULL,
  dossier_code  VARCHAR(64)   NOT NULL,
  unit_id       BIGINT        NOT NULL,
  counter_id    BIGINT        NULL,
  officer_id    BIGINT        NULL,
  procedure_id  BIGINT        NULL,
  phone_index   CHAR(64)      NOT NULL,
  token         VARCHAR(32)   NOT NULL,
  invited_at    DATETIME(6)   NOT NULL,
  rating_id     BIGINT        NULL,
  rated_at      DATETIME(6)   NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_rating_invitations_dossier (dossier_id),
  UNIQUE KEY uq_rating_invitations_token (token),
  KEY ix_rating_invitations_phone (phone_index, invited_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
