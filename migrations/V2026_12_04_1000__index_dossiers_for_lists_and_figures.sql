-- The dossier list (a unit subtree, newest received first) and the metrics' dossier denominators: dossiers returned in
-- a period and whether a rating or a complaint names them. Ratings and complaints point at a dossier by its code
-- (ratings.dossier_code, complaints.dossier_code), which nothing indexed so far.
CREATE INDEX ix_dossiers_unit_received ON dossiers (unit_id, received_at);
CREATE INDEX ix_ratings_dossier_code ON ratings (dossier_code);
CREATE INDEX ix_complaints_dossier_code ON complaints (dossier_code);
