-- A rating may ask to be contacted (issue 9 §10: no unhappy citizen left unheard). A phone number left with a rating
-- is not stored here: it goes, encrypted, into the follow-up case that a low score opens (complaints.rating_id).
ALTER TABLE ratings ADD COLUMN contact_requested BOOLEAN NOT NULL DEFAULT FALSE AFTER comment;
