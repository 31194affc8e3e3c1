-- The complaint workflow (issue 9): a case is worked through guarded steps, each with its own legal clock, and
-- every change is an append-only event. complaints keeps the current state (for queues); complaint_events is the
-- audit trail and the source of every figure; complaint_steps holds each step's stored due time.
ALTER TABLE complaints
  ADD COLUMN urgency            VARCHAR(24)  NOT NULL DEFAULT 'BINH_THUONG' AFTER kind,
  ADD COLUMN instance           TINYINT      NULL AFTER urgency,
  ADD COLUMN remote_area        BOOLEAN      NOT NULL DEFAULT FALSE AFTER instance,
  ADD COLUMN handling_unit_id   BIGINT       NULL AFTER unit_id,
  ADD COLUMN team_id            BIGINT       NULL AFTER handling_unit_id,
  ADD COLUMN assignee_user_id   BIGINT       NULL AFTER team_id,
  ADD COLUMN officer_id         BIGINT       NULL AFTER sector_id,
  ADD COLUMN counter_id         BIGINT       NULL AFTER officer_id,
  ADD COLUMN procedure_id       BIGINT       NULL AFTER counter_id,
  ADD COLUMN rating_id          BIGINT       NULL AFTER dossier_code,
  ADD COLUMN reception_id       BIGINT       NULL AFTER rating_id,
  ADD COLUMN citizen_name_enc   VARBINARY(512) NULL AFTER citizen_phone_index,
  ADD COLUMN contact_requested  BOOLEAN      NOT NULL DEFAULT FALSE AFTER citizen_name_enc,
  ADD COLUMN receiver_label     VARCHAR(255) NULL AFTER contact_requested,
  ADD COLUMN answer             TEXT         NULL,
  ADD COLUMN answered_at        DATETIME(6)  NULL,
  ADD COLUMN closed_at          DATETIME(6)  NULL,
  ADD COLUMN citizen_verdict    VARCHAR(16)  NULL,
  ADD COLUMN citizen_comment    TEXT         NULL,
  ADD COLUMN citizen_rated_at   DATETIME(6)  NULL,
  ADD COLUMN info_requests      INT          NOT NULL DEFAULT 0,
  ADD COLUMN extensions         INT          NOT NULL DEFAULT 0,
  ADD COLUMN reopen_count       INT          NOT NULL DEFAULT 0,
  ADD COLUMN escalation_level   INT          NOT NULL DEFAULT 0,
  ADD COLUMN next_due_at        DATETIME(6)  NULL,
  ADD COLUMN next_step          VARCHAR(24)  NULL,
  ADD COLUMN version            INT          NOT NULL DEFAULT 0,
  ADD KEY ix_complaints_handling (handling_unit_id, status, next_due_at),
  ADD KEY ix_complaints_assignee (assignee_user_id, status, next_due_at),
  ADD KEY ix_complaints_team (team_id, status, next_due_at),
  ADD KEY ix_complaints_officer (officer_id, received_at),
  ADD KEY ix_complaints_rating (rating_id);

UPDATE complaints SET handling_unit_id = unit_id, next_due_at = due_at, next_step = 'ANSWER' WHERE handling_unit_id IS NULL;

-- One row per step a case has gone through: when it started, when it is due (stored when it starts, moved only by
-- a pause, an extension or a confirmed calendar edit), and when it ended.
CREATE TABLE complaint_steps (
  id                BIGINT       NOT NULL,
  complaint_id      BIGINT       NOT NULL,
  step              VARCHAR(24)  NOT NULL,
  policy_id         BIGINT       NULL,
  amount            INT          NOT NULL,
  unit              VARCHAR(16)  NOT NULL,
  started_at        DATETIME(6)  NOT NULL,
  due_at            DATETIME(6)  NOT NULL,
  paused_at         DATETIME(6)  NULL,
  -- what moved the due time since the step started, kept so that a calendar edit can recompute it exactly:
  -- time paused (office time for working-time units, elapsed time for calendar days) and the extensions granted
  paused_seconds    BIGINT       NOT NULL DEFAULT 0,
  extension_amount  INT          NOT NULL DEFAULT 0,
  extension_unit    VARCHAR(16)  NULL,
  ended_at          DATETIME(6)  NULL,
  ended_late        BOOLEAN      NULL,
  extensions        INT          NOT NULL DEFAULT 0,
  warned_at         DATETIME(6)  NULL,
  breached_at       DATETIME(6)  NULL,
  escalated_at      DATETIME(6)  NULL,
  PRIMARY KEY (id),
  KEY ix_complaint_steps_case (complaint_id, started_at),
  KEY ix_complaint_steps_open (ended_at, due_at),
  CONSTRAINT fk_complaint_steps_case FOREIGN KEY (complaint_id) REFERENCES complaints (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audit trail. Never updated, never deleted. data holds the before/after of what changed, as JSON.
CREATE TABLE complaint_events (
  id                BIGINT       NOT NULL,
  complaint_id      BIGINT       NOT NULL,
  seq               INT          NOT NULL,
  at                DATETIME(6)  NOT NULL,
  type              VARCHAR(32)  NOT NULL,
  step              VARCHAR(24)  NULL,
  actor_kind        VARCHAR(16)  NOT NULL,
  actor_id          BIGINT       NULL,
  actor_name        VARCHAR(255) NOT NULL,
  status_before     VARCHAR(24)  NULL,
  status_after      VARCHAR(24)  NOT NULL,
  note              TEXT         NULL,
  internal          BOOLEAN      NOT NULL DEFAULT FALSE,
  data              TEXT         NULL,
  unit_id           BIGINT       NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_complaint_events_seq (complaint_id, seq),
  KEY ix_complaint_events_type_at (type, at),
  CONSTRAINT fk_complaint_events_case FOREIGN KEY (complaint_id) REFERENCES complaints (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Deadline policies as data (domain.md §4, table B.8): per case type × urgency × remote area × step, an amount and a
-- unit, with extensions allowed and effective dates. The row in force at the moment a step starts applies.
CREATE TABLE deadline_policies (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  case_type         VARCHAR(24)  NOT NULL,
  urgency           VARCHAR(24)  NOT NULL,
  remote_area       BOOLEAN      NOT NULL DEFAULT FALSE,
  step              VARCHAR(24)  NOT NULL,
  counted_from      VARCHAR(16)  NOT NULL,
  amount            INT          NOT NULL,
  unit              VARCHAR(16)  NOT NULL,
  max_extensions    INT          NOT NULL DEFAULT 0,
  extension_amount  INT          NOT NULL DEFAULT 0,
  extension_unit    VARCHAR(16)  NULL,
  warn_at_percent   INT          NOT NULL DEFAULT 75,
  legal_basis       VARCHAR(255) NOT NULL,
  effective_from    DATE         NOT NULL,
  effective_to      DATE         NULL,
  created_by        VARCHAR(64)  NOT NULL,
  created_at        DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_deadline_policies_key (case_type, urgency, remote_area, step, effective_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Complaints filed before the workflow get the one clock they had (the answer, 15 working days) and their filing event.
INSERT INTO complaint_steps (id, complaint_id, step, amount, unit, started_at, due_at)
SELECT id, id, 'ANSWER', 15, 'WORKING_DAYS', received_at, due_at FROM complaints;
INSERT INTO complaint_events (id, complaint_id, seq, at, type, actor_kind, actor_name, status_after, unit_id)
SELECT id, id, 1, received_at, 'FILE', 'SYSTEM', 'migration', status, unit_id FROM complaints;
