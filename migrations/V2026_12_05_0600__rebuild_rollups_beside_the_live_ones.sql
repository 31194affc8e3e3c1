-- A rebuild of the rollups (metrics.rollup.Rollups#rebuild) fills metric_rollups_rebuild from one scan of the ratings
-- and counter transactions in id order, range by range, and then swaps the two tables by name, so the live rollups
-- stay whole meanwhile. The lock row says which rebuild is under way and how far its scan is: ratings and counter
-- transactions with ids below rebuild_cursor are in the new table, and the drain adds their pending rows to both.
-- The two tables trade names at every rebuild: what changes one must change both.
CREATE TABLE metric_rollups_rebuild LIKE metric_rollups;
-- LIKE copies the columns' character sets; the table's default is declared as everywhere else
ALTER TABLE metric_rollups_rebuild DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

ALTER TABLE metric_locks
  ADD COLUMN rebuild_id      CHAR(36)    NULL,
  ADD COLUMN rebuild_cursor  BIGINT      NULL,
  ADD COLUMN rebuild_seen_at DATETIME(6) NULL;
