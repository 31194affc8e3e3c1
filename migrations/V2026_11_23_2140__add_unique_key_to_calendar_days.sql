-- One row per day per scope: the country's calendar (unit_id NULL) or one unit's override.
-- A NULL unit_id would escape a plain unique key, so the key uses a generated scope column.
ALTER TABLE calendar_days
  ADD COLUMN scope_unit_id BIGINT AS (COALESCE(unit_id, 0)) STORED,
  ADD UNIQUE KEY uq_calendar_days_scope_day (country, scope_unit_id, day);
