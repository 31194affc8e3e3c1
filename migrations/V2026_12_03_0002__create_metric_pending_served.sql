-- Citizens served at counters still to be counted in the rollups (the response rate's denominator), written in the
-- counter transaction's own transaction and drained like metric_pending.
CREATE TABLE metric_pending_served (
  id              BIGINT  NOT NULL,
  unit_id         BIGINT  NOT NULL,
  transaction_id  BIGINT  NOT NULL,
  counter_id      BIGINT  NOT NULL,
  local_date      DATE    NOT NULL,
  PRIMARY KEY (id),
  KEY ix_metric_pending_served_unit (unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
