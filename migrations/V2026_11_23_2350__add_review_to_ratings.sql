-- A flagged rating is reviewed once: released (counts from then on) or kept out of the figures on purpose.
-- Who decided and when is kept beside released_at, so the review list can show what is still waiting.
ALTER TABLE ratings
  ADD COLUMN reviewed_at DATETIME(6)  NULL,
  ADD COLUMN reviewed_by VARCHAR(255) NULL;
