-- Staff sessions, kept where every service node sees them and a restart keeps them (product.md §5). The cookie
-- carries a random id; only its SHA-256 is stored, so a copy of this table signs nobody in. A session ends after
-- idle_timeout without requests or absolute_timeout after sign-in (hailong.session.*); ended rows are purged.
-- Visitors who are not signed in have no row at all (their form token is signed, see vn.hailong.web.CsrfTokens).
CREATE TABLE staff_sessions (
  id_hash             CHAR(64)     NOT NULL,
  user_id             BIGINT       NOT NULL,
  credential_version  INT          NOT NULL,
  csrf_token          VARCHAR(64)  NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  last_seen_at        DATETIME(6)  NOT NULL,
  PRIMARY KEY (id_hash),
  KEY staff_sessions_user (user_id, last_seen_at),
  KEY staff_sessions_last_seen (last_seen_at),
  KEY staff_sessions_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
