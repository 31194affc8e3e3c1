-- A complaint's body_hash was a plain SHA-256 of its canonical body, which holds the citizen's phone number: beside
-- the readable fields and phone_last4 it gave the encrypted number away by brute force. It is now a keyed HMAC
-- (PersonalDataCipher.fingerprint), which SQL cannot compute, so the old values are cleared (development data only).
-- A replay of a key whose complaint has no body_hash is answered with that complaint, never a 409.
UPDATE complaints SET body_hash = NULL WHERE body_hash IS NOT NULL;
