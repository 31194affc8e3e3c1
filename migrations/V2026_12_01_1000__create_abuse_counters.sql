-- Abuse limits (sign-in, pairing, anonymous complaints, ...) counted where every service node sees them and a restart
-- keeps them: one row per limit, key (an address, a username, a code) and fixed time window, incremented atomically
-- with INSERT ... ON DUPLICATE KEY UPDATE (vn.hailong.web.limits.WindowCounters). Rows past expires_at are purged.
CREATE TABLE abuse_counters (
  limit_name    VARCHAR(32)  NOT NULL,
  counter_key   VARCHAR(191) NOT NULL,
  window_start  DATETIME(6)  NOT NULL,
  hits          INT          NOT NULL,
  expires_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (limit_name, counter_key, window_start),
  KEY abuse_counters_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
