-- Routing rules as data (issue 9 item 5): which handling unit and team a new case goes to. A rule matches on the
-- kind, the sector, the unit concerned (a subtree root) and keywords in the text; each criterion left empty matches
-- anything. Rules are tried by priority (lower first, then id); the one default rule (is_default) applies when no
-- other matches; without it a case goes to the unit concerned, or the province. handling_unit_id NULL = the unit
-- the complaint is about (or the province when it names none).
CREATE TABLE routing_rules (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  name              VARCHAR(255)  NOT NULL,
  priority          INT           NOT NULL,
  kind              VARCHAR(24)   NULL,
  sector_id         BIGINT        NULL,
  subtree_unit_id   BIGINT        NULL,
  keywords          VARCHAR(1000) NULL,
  handling_unit_id  BIGINT        NULL,
  team_id           BIGINT        NULL,
  is_default        BOOLEAN       NOT NULL DEFAULT FALSE,
  active            BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_routing_rules_priority (active, priority, id),
  CONSTRAINT fk_routing_rules_sector FOREIGN KEY (sector_id) REFERENCES sectors (id),
  CONSTRAINT fk_routing_rules_subtree FOREIGN KEY (subtree_unit_id) REFERENCES units (id),
  CONSTRAINT fk_routing_rules_unit FOREIGN KEY (handling_unit_id) REFERENCES units (id),
  CONSTRAINT fk_routing_rules_team FOREIGN KEY (team_id) REFERENCES handling_teams (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
