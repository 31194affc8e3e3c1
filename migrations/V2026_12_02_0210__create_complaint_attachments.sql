-- Files a citizen attaches to a complaint on the web form (photos: JPEG, PNG, WebP; PDF), stored with the complaint
-- in the same transaction. content_type is what the bytes are (detected from their content), never what the
-- browser claimed; sha256 identifies the bytes (the same photo sent twice, an audit of what was received).
CREATE TABLE complaint_attachments (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  complaint_id  BIGINT        NOT NULL,
  position      INT           NOT NULL,
  filename      VARCHAR(255)  NOT NULL,
  content_type  VARCHAR(100)  NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  sha256        CHAR(64)      NOT NULL,
  content       LONGBLOB      NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_complaint_attachments_case (complaint_id, position),
  CONSTRAINT fk_complaint_attachments_case FOREIGN KEY (complaint_id) REFERENCES complaints (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
