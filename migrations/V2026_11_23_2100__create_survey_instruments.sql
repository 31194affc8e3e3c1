-- Survey instruments as data: an instrument has elements (yếu tố), each with criteria (tiêu chí). Ratings keep raw
-- answers per criterion code. Seeded with SIPAS 2017 (QĐ 2640/QĐ-BNV): 5 elements, 22 criteria (domain.md §1.2;
-- wording marked (≈) there is reconstructed). Which criteria a kiosk asks (at most 3) is in kiosk_questions.

CREATE TABLE survey_instruments (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(64)  NOT NULL,
  name        VARCHAR(255) NOT NULL,
  active      BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_survey_instruments_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_elements (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  instrument_id  BIGINT       NOT NULL,
  code           VARCHAR(64)  NOT NULL,
  name           VARCHAR(500) NOT NULL,
  name_en        VARCHAR(500) NULL,
  position       INT          NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_survey_elements_code (code),
  KEY ix_survey_elements_instrument (instrument_id, position),
  CONSTRAINT fk_survey_elements_instrument FOREIGN KEY (instrument_id) REFERENCES survey_instruments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_criteria (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  element_id  BIGINT        NOT NULL,
  code        VARCHAR(64)   NOT NULL,
  text        VARCHAR(1000) NOT NULL,
  text_en     VARCHAR(1000) NULL,
  position    INT           NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_survey_criteria_code (code),
  KEY ix_survey_criteria_element (element_id, position),
  CONSTRAINT fk_survey_criteria_element FOREIGN KEY (element_id) REFERENCES survey_elements (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The criteria a kiosk asks after the overall score: kiosk_id NULL is the default for every kiosk.
CREATE TABLE kiosk_questions (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  kiosk_id        BIGINT       NULL,
  criterion_code  VARCHAR(64)  NOT NULL,
  position        INT          NOT NULL,
  PRIMARY KEY (id),
  KEY ix_kiosk_questions_kiosk (kiosk_id, position),
  CONSTRAINT fk_kiosk_questions_kiosk FOREIGN KEY (kiosk_id) REFERENCES kiosks (id),
  CONSTRAINT fk_kiosk_questions_criterion FOREIGN KEY (criterion_code) REFERENCES survey_criteria (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO survey_instruments (code, name, active, created_at)
VALUES ('SIPAS-2017', 'SIPAS 2017–2020 (QĐ 2640/QĐ-BNV)', TRUE, UTC_TIMESTAMP(6));

INSERT INTO survey_elements (instrument_id, code, name, name_en, position)
SELECT i.id, e.code, e.name, e.name_en, e.position FROM survey_instruments i JOIN (
  SELECT 'S17-E1' AS code, 'Tiếp cận dịch vụ hành chính công của cơ quan hành chính nhà nước' AS name, 'Access to public administrative services' AS name_en, 1 AS position
  UNION ALL SELECT 'S17-E2', 'Thủ tục hành chính', 'Administrative procedures', 2
  UNION ALL SELECT 'S17-E3', 'Công chức trực tiếp giải quyết công việc', 'Officials handling the case', 3
  UNION ALL SELECT 'S17-E4', 'Kết quả cung ứng dịch vụ hành chính công', 'Results of the service', 4
  UNION ALL SELECT 'S17-E5', 'Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị', 'Handling of feedback and complaints', 5
) e WHERE i.code = 'SIPAS-2017';

INSERT INTO survey_criteria (element_id, code, text, text_en, position)
SELECT el.id, c.code, c.text, c.text_en, c.position FROM survey_elements el JOIN (
  SELECT 'S17-E1' AS element, 'S17-01' AS code, 'Nơi ngồi chờ tại Bộ phận tiếp nhận và trả kết quả có đủ chỗ ngồi' AS text, 'The waiting area has enough seats' AS text_en, 1 AS position
  UNION ALL SELECT 'S17-E1', 'S17-02', 'Trang thiết bị phục vụ người dân, tổ chức đầy đủ', 'Equipment for citizens is sufficient', 2
  UNION ALL SELECT 'S17-E1', 'S17-03', 'Trang thiết bị phục vụ người dân, tổ chức hiện đại', 'Equipment for citizens is modern', 3
  UNION ALL SELECT 'S17-E1', 'S17-04', 'Trang thiết bị phục vụ người dân, tổ chức dễ sử dụng', 'Equipment for citizens is easy to use', 4
  UNION ALL SELECT 'S17-E2', 'S17-05', 'Thủ tục hành chính được niêm yết công khai đầy đủ', 'Procedures are fully posted in public', 5
  UNION ALL SELECT 'S17-E2', 'S17-06', 'Thủ tục hành chính được niêm yết công khai chính xác', 'Procedures are posted accurately', 6
  UNION ALL SELECT 'S17-E2', 'S17-07', 'Thành phần hồ sơ phải nộp là đúng quy định', 'The documents required are as the rules say', 7
  UNION ALL SELECT 'S17-E2', 'S17-08', 'Phí, lệ phí phải nộp là đúng quy định', 'Fees charged are as the rules say', 8
  UNION ALL SELECT 'S17-E2', 'S17-09', 'Thời hạn giải quyết là đúng quy định', 'Processing time is as the rules say', 9
  UNION ALL SELECT 'S17-E3', 'S17-10', 'Công chức có thái độ giao tiếp lịch sự', 'The official was polite', 10
  UNION ALL SELECT 'S17-E3', 'S17-11', 'Công chức chú ý lắng nghe ý kiến của người dân', 'The official listened carefully', 11
  UNION ALL SELECT 'S17-E3', 'S17-12', 'Công chức trả lời, giải đáp đầy đủ các ý kiến của người dân', 'The official answered all questions fully', 12
  UNION ALL SELECT 'S17-E3', 'S17-13', 'Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo', 'The official guided the forms attentively', 13
  UNION ALL SELECT 'S17-E3', 'S17-14', 'Công chức hướng dẫn kê khai hồ sơ dễ hiểu', 'The official''s guidance was easy to understand', 14
  UNION ALL SELECT 'S17-E3', 'S17-15', 'Công chức tuân thủ đúng quy định trong giải quyết công việc', 'The official followed the rules', 15
  UNION ALL SELECT 'S17-E4', 'S17-16', 'Kết quả nhận được là đúng quy định', 'The result received is as the rules say', 16
  UNION ALL SELECT 'S17-E4', 'S17-17', 'Kết quả nhận được có thông tin đầy đủ', 'The result has complete information', 17
  UNION ALL SELECT 'S17-E4', 'S17-18', 'Kết quả nhận được có thông tin chính xác', 'The result has accurate information', 18
  UNION ALL SELECT 'S17-E5', 'S17-19', 'Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị', 'There is a way to give feedback and complain', 19
  UNION ALL SELECT 'S17-E5', 'S17-20', 'Người dân dễ dàng thực hiện góp ý, phản ánh, kiến nghị', 'Giving feedback is easy', 20
  UNION ALL SELECT 'S17-E5', 'S17-21', 'Cơ quan tiếp nhận, xử lý tích cực các góp ý, phản ánh, kiến nghị', 'Feedback is received and handled actively', 21
  UNION ALL SELECT 'S17-E5', 'S17-22', 'Cơ quan thông báo kết quả xử lý góp ý, phản ánh, kiến nghị kịp thời', 'Results of handling feedback are reported in time', 22
) c ON c.element = el.code;

-- default questions for every kiosk: politeness, attentive guidance, waiting seats
INSERT INTO kiosk_questions (kiosk_id, criterion_code, position) VALUES
  (NULL, 'S17-10', 1), (NULL, 'S17-13', 2), (NULL, 'S17-01', 3);
