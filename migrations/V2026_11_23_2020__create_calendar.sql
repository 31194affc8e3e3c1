-- Working calendar as data: holidays (days off) and make-up working days (làm bù), per country,
-- optionally overridden for one unit. Weekly rest days and office hours live in calendar_settings.

CREATE TABLE calendar_days (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  country     CHAR(2)      NOT NULL DEFAULT 'VN',
  unit_id     BIGINT       NULL,
  day         DATE         NOT NULL,
  kind        VARCHAR(16)  NOT NULL,
  name        VARCHAR(255) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_calendar_days_day (country, day),
  KEY ix_calendar_days_unit (unit_id, day),
  CONSTRAINT fk_calendar_days_unit FOREIGN KEY (unit_id) REFERENCES units (id),
  CONSTRAINT ck_calendar_days_kind CHECK (kind IN ('HOLIDAY', 'WORKING_DAY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
