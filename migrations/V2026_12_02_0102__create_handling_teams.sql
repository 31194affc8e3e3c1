-- Handling teams (tổ xử lý) within a unit: routing sends a case to a unit and team, and the team's members share its
-- queue. A denunciation's identity is visible to its team only. assignment: LEAST_OPEN (the member with the least
-- open work) or ROUND_ROBIN (next after last_assigned_user_id).
CREATE TABLE handling_teams (
  id                     BIGINT       NOT NULL AUTO_INCREMENT,
  unit_id                BIGINT       NOT NULL,
  code                   VARCHAR(64)  NOT NULL,
  name                   VARCHAR(255) NOT NULL,
  assignment             VARCHAR(16)  NOT NULL DEFAULT 'LEAST_OPEN',
  last_assigned_user_id  BIGINT       NULL,
  active                 BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at             DATETIME(6)  NOT NULL,
  updated_at             DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_handling_teams_code (code),
  KEY ix_handling_teams_unit (unit_id),
  CONSTRAINT fk_handling_teams_unit FOREIGN KEY (unit_id) REFERENCES units (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE team_members (
  team_id   BIGINT      NOT NULL,
  user_id   BIGINT      NOT NULL,
  added_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (team_id, user_id),
  KEY ix_team_members_user (user_id),
  CONSTRAINT fk_team_members_team FOREIGN KEY (team_id) REFERENCES handling_teams (id),
  CONSTRAINT fk_team_members_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
