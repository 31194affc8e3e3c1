-- Accounts and access: staff users (form login) and API tokens (Bearer), each with a role and a unit scope.

CREATE TABLE users (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  username       VARCHAR(64)  NOT NULL,
  full_name      VARCHAR(255) NOT NULL,
  password_hash  VARCHAR(255) NOT NULL,
  role           VARCHAR(32)  NOT NULL,
  unit_id        BIGINT       NOT NULL,
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at     DATETIME(6)  NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  last_login_at  DATETIME(6)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_users_username (username),
  KEY ix_users_unit (unit_id),
  CONSTRAINT fk_users_unit FOREIGN KEY (unit_id) REFERENCES units (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_tokens (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  name          VARCHAR(255) NOT NULL,
  -- SHA-256 of the opaque token (hex); the token itself is shown once and never stored
  token_hash    CHAR(64)     NOT NULL,
  role          VARCHAR(32)  NOT NULL,
  unit_id       BIGINT       NOT NULL,
  kiosk_id      BIGINT       NULL,
  created_by    VARCHAR(64)  NULL,
  created_at    DATETIME(6)  NOT NULL,
  last_used_at  DATETIME(6)  NULL,
  revoked_at    DATETIME(6)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_api_tokens_hash (token_hash),
  KEY ix_api_tokens_unit (unit_id),
  CONSTRAINT fk_api_tokens_unit FOREIGN KEY (unit_id) REFERENCES units (id),
  CONSTRAINT fk_api_tokens_kiosk FOREIGN KEY (kiosk_id) REFERENCES kiosks (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE login_attempts (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  username      VARCHAR(64)  NOT NULL,
  remote_addr   VARCHAR(64)  NOT NULL,
  succeeded     BOOLEAN      NOT NULL,
  attempted_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_login_attempts_user (username, attempted_at),
  KEY ix_login_attempts_addr (remote_addr, attempted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
