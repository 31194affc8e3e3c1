-- Ratings keep who the citizen came as (cá nhân / tổ chức, doanh nghiệp) and the survey instrument their answers
-- were given on.
ALTER TABLE ratings
  ADD COLUMN applicant_type  VARCHAR(16) NULL AFTER contact_requested,
  ADD COLUMN instrument_code VARCHAR(64) NULL AFTER applicant_type;

-- Satisfaction rollups (metrics): counts of scores 1..5 per unit, dimension, grain (D: a local day, M: a month,
-- period_start its first day) and key. A dimension's key is k1 (and k2) for directory ids and small codes, kt for
-- survey codes; unused parts are 0 and ''. The primary key leads with the unit, so a distributed engine spreads the
-- rows by unit and no insert goes to one hot end of the table.
CREATE TABLE metric_rollups (
  unit_id       BIGINT      NOT NULL,
  dim           TINYINT     NOT NULL,
  grain         CHAR(1)     NOT NULL,
  period_start  DATE        NOT NULL,
  k1            BIGINT      NOT NULL DEFAULT 0,
  k2            BIGINT      NOT NULL DEFAULT 0,
  kt            VARCHAR(64) NOT NULL DEFAULT '',
  n1            INT         NOT NULL DEFAULT 0,
  n2            INT         NOT NULL DEFAULT 0,
  n3            INT         NOT NULL DEFAULT 0,
  n4            INT         NOT NULL DEFAULT 0,
  n5            INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (unit_id, dim, grain, period_start, k1, k2, kt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What still has to go into the rollups: one row per rating that started to count, written in the rating's own
-- transaction (never a hot row: ids are time-ordered with node bits), drained into the rollups by a job.
CREATE TABLE metric_pending (
  id              BIGINT        NOT NULL,
  unit_id         BIGINT        NOT NULL,
  rating_id       BIGINT        NOT NULL,
  local_date      DATE          NOT NULL,
  channel         VARCHAR(16)   NOT NULL,
  score           TINYINT       NOT NULL,
  counter_id      BIGINT        NULL,
  officer_id      BIGINT        NULL,
  procedure_id    BIGINT        NULL,
  applicant_type  VARCHAR(16)   NULL,
  reasons         VARCHAR(255)  NULL,
  answers         VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  KEY ix_metric_pending_unit (unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per lock: the drain and a rebuild take 'rollups' so that they never interleave.
CREATE TABLE metric_locks (
  name  VARCHAR(32) NOT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO metric_locks (name) VALUES ('rollups');
