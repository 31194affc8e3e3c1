-- Answer templates for handlers (issue 9 §6): a title and a body a handler starts an answer from. kind NULL fits
-- every kind; unit_id NULL is province-wide, otherwise the template is offered in that unit's subtree.
CREATE TABLE answer_templates (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  kind        VARCHAR(16)   NULL,
  unit_id     BIGINT        NULL,
  title       VARCHAR(200)  NOT NULL,
  body        TEXT          NOT NULL,
  created_by  VARCHAR(255)  NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_answer_templates_kind (kind),
  CONSTRAINT fk_answer_templates_unit FOREIGN KEY (unit_id) REFERENCES units (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
