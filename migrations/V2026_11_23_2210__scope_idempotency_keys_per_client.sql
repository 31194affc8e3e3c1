-- Idempotency keys are unique per client, not globally: two clients that pick the same key no longer collide, and
-- no client can learn whether another one used a key. The scope is 'kiosk:<id>' for a kiosk (it survives
-- re-pairing, so its outbox can still replay), 'token:<id>' for other API tokens, 'user:<id>' for staff, and
-- 'addr:<client address>' for citizens without a token.
ALTER TABLE ratings ADD COLUMN idempotency_scope VARCHAR(80) NULL AFTER idempotency_key;
UPDATE ratings SET idempotency_scope = CASE WHEN kiosk_id IS NOT NULL THEN CONCAT('kiosk:', kiosk_id)
                                            ELSE CONCAT('token:', COALESCE(token_id, 0)) END;
ALTER TABLE ratings
  MODIFY idempotency_scope VARCHAR(80) NOT NULL,
  DROP INDEX uq_ratings_idempotency_key,
  ADD UNIQUE KEY uq_ratings_idempotency (idempotency_scope, idempotency_key);

ALTER TABLE complaints ADD COLUMN idempotency_scope VARCHAR(80) NULL AFTER idempotency_key;
UPDATE complaints SET idempotency_scope = CASE WHEN kiosk_id IS NOT NULL THEN CONCAT('kiosk:', kiosk_id) ELSE 'legacy' END
 WHERE idempotency_key IS NOT NULL;
ALTER TABLE complaints
  DROP INDEX uq_complaints_idempotency_key,
  ADD UNIQUE KEY uq_complaints_idempotency (idempotency_scope, idempotency_key);
