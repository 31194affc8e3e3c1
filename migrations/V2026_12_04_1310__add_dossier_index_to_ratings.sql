-- One counted rating per dossier whichever channel (issue 11 item 8): intake asks whether a dossier is rated.
CREATE INDEX ix_ratings_dossier ON ratings (dossier_code);
