-- Small settings the application keeps about its own database. The first: 'personal_data.key_check', an HMAC of a
-- constant under the personal-data key, so that a start with another key is refused before it writes data that
-- neither key can read (vn.hailong.shared.crypto.PersonalDataKeyCheck).
CREATE TABLE app_settings (
  name        VARCHAR(64)  NOT NULL,
  value       VARCHAR(255) NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
