-- Directory: units (effective-dated tree), sectors, procedures, counters, officers.
-- Small tables: auto-increment keys are fine here; objects are addressed by their code.

CREATE TABLE units (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  code          VARCHAR(64)  NOT NULL,
  name          VARCHAR(255) NOT NULL,
  type          VARCHAR(32)  NOT NULL,
  parent_id     BIGINT       NULL,
  -- materialised path of ids, '/1/5/23/', so that a subtree is one indexed prefix scan
  path          VARCHAR(1024) NOT NULL,
  address       VARCHAR(500) NULL,
  valid_from    DATE         NOT NULL,
  valid_to      DATE         NULL,
  successor_id  BIGINT       NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(6)  NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_units_code (code),
  KEY ix_units_parent (parent_id),
  KEY ix_units_path (path(255)),
  CONSTRAINT fk_units_parent FOREIGN KEY (parent_id) REFERENCES units (id),
  CONSTRAINT fk_units_successor FOREIGN KEY (successor_id) REFERENCES units (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sectors (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(64)  NOT NULL,
  name        VARCHAR(255) NOT NULL,
  target_pct  DECIMAL(5,2) NOT NULL DEFAULT 90.00,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_sectors_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE procedures (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  code             VARCHAR(64)   NOT NULL,
  name             VARCHAR(1000) NOT NULL,
  sector_id        BIGINT        NOT NULL,
  processing_days  INT           NULL,
  active           BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_procedures_code (code),
  KEY ix_procedures_sector (sector_id),
  CONSTRAINT fk_procedures_sector FOREIGN KEY (sector_id) REFERENCES sectors (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE counters (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(64)  NOT NULL,
  name        VARCHAR(255) NOT NULL,
  unit_id     BIGINT       NOT NULL,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_counters_code (code),
  KEY ix_counters_unit (unit_id),
  CONSTRAINT fk_counters_unit FOREIGN KEY (unit_id) REFERENCES units (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE officers (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(64)  NOT NULL,
  full_name   VARCHAR(255) NOT NULL,
  title       VARCHAR(255) NULL,
  unit_id     BIGINT       NOT NULL,
  counter_id  BIGINT       NULL,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_officers_code (code),
  KEY ix_officers_unit (unit_id),
  KEY ix_officers_counter (counter_id),
  CONSTRAINT fk_officers_unit FOREIGN KEY (unit_id) REFERENCES units (id),
  CONSTRAINT fk_officers_counter FOREIGN KEY (counter_id) REFERENCES counters (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kiosks (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  code           VARCHAR(64)  NOT NULL,
  name           VARCHAR(255) NOT NULL,
  unit_id        BIGINT       NOT NULL,
  counter_id     BIGINT       NULL,
  officer_id     BIGINT       NULL,
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  last_seen_at   DATETIME(6)  NULL,
  pending_count  INT          NOT NULL DEFAULT 0,
  created_at     DATETIME(6)  NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_kiosks_code (code),
  KEY ix_kiosks_unit (unit_id),
  CONSTRAINT fk_kiosks_unit FOREIGN KEY (unit_id) REFERENCES units (id),
  CONSTRAINT fk_kiosks_counter FOREIGN KEY (counter_id) REFERENCES counters (id),
  CONSTRAINT fk_kiosks_officer FOREIGN KEY (officer_id) REFERENCES officers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
