-- The instant the kiosk limits count a rating on (see feedback.KioskLimits): never later than its receipt, and
-- earlier than a few minutes before it only when the server confirms the kiosk was offline then. Past rows: the
-- earlier of device and server time, as the limits counted them so far.
ALTER TABLE ratings ADD COLUMN counted_at DATETIME(6) NULL AFTER received_at;
UPDATE ratings SET counted_at = LEAST(submitted_at, received_at) WHERE kiosk_id IS NOT NULL;
CREATE INDEX ix_ratings_kiosk_counted ON ratings (kiosk_id, counted_at);

-- When the server heard from each kiosk (heartbeats, ratings), as spans of continuous contact on the server's clock:
-- a span grows while contacts come less than a few minutes apart; a silence opens a new one.
CREATE TABLE kiosk_contacts (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  kiosk_id    BIGINT      NOT NULL,
  from_at     DATETIME(6) NOT NULL,
  to_at       DATETIME(6) NOT NULL,
  heartbeats  INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_kiosk_contacts_to (kiosk_id, to_at),
  KEY ix_kiosk_contacts_from (kiosk_id, from_at),
  CONSTRAINT fk_kiosk_contacts_kiosk FOREIGN KEY (kiosk_id) REFERENCES kiosks (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

