-- The nine per-dossier items of Decree 61/2018 Art. 31 (domain.md §2.1), asked on the phone rating page when
-- hailong.invitations.decree-items is on. Points as the provincial systems score them: 2 good, 1 acceptable, 0 poor
-- (at most 18 a dossier). Kept beside the rating (rating_id), not as instrument criteria: they are not on the
-- SIPAS 1-5 scale and do not enter the satisfaction figures.
CREATE TABLE rating_decree_answers (
  rating_id  BIGINT   NOT NULL,
  item       TINYINT  NOT NULL,
  points     TINYINT  NOT NULL,
  PRIMARY KEY (rating_id, item),
  CONSTRAINT ck_rating_decree_answers_item CHECK (item BETWEEN 1 AND 9),
  CONSTRAINT ck_rating_decree_answers_points CHECK (points BETWEEN 0 AND 2)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
