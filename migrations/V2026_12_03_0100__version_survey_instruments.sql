-- Survey instruments versioned by effective dates (issue 10 item 2). The instrument in effect on a date is the one
-- whose [effective_from, effective_to] holds it; an instrument without effective_from is not in use. The rules
-- (no gap, no overlap, the last one open-ended) are checked by the application when dates are saved.
-- The "active" flag is replaced by the dates.

ALTER TABLE survey_instruments
  ADD COLUMN name_en        VARCHAR(255) NULL,
  ADD COLUMN effective_from DATE         NULL,
  ADD COLUMN effective_to   DATE         NULL;

UPDATE survey_instruments SET effective_from = '2017-10-10', name_en = 'SIPAS 2017–2020 (Decision 2640/QĐ-BNV)'
WHERE code = 'SIPAS-2017';

ALTER TABLE survey_instruments DROP COLUMN active;

-- The 2022+ household questionnaire, public-administrative-service items 15–33 in the same 5 elements (domain.md
-- §1.3). The form's "…" is written out with its subject, and "TTHC" as "thủ tục hành chính", so that a citizen
-- reads a whole sentence. Not in effect until an admin sets its effective date (SIPAS 2017 stays in effect).
INSERT INTO survey_instruments (code, name, name_en, effective_from, effective_to, created_at)
VALUES ('SIPAS-2022', 'SIPAS 2022 (QĐ 1001/QĐ-BNV)', 'SIPAS 2022 (Decision 1001/QĐ-BNV)', NULL, NULL, UTC_TIMESTAMP(6));

INSERT INTO survey_elements (instrument_id, code, name, name_en, position)
SELECT i.id, e.code, e.name, e.name_en, e.position FROM survey_instruments i JOIN (
  SELECT 'S22-E1' AS code, 'Tiếp cận dịch vụ hành chính công của cơ quan hành chính nhà nước' AS name, 'Access to public administrative services' AS name_en, 1 AS position
  UNION ALL SELECT 'S22-E2', 'Thủ tục hành chính', 'Administrative procedures', 2
  UNION ALL SELECT 'S22-E3', 'Công chức trực tiếp giải quyết công việc', 'Officials handling the case', 3
  UNION ALL SELECT 'S22-E4', 'Kết quả cung ứng dịch vụ hành chính công', 'Results of the service', 4
  UNION ALL SELECT 'S22-E5', 'Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị', 'Handling of feedback and complaints', 5
) e WHERE i.code = 'SIPAS-2022';

INSERT INTO survey_criteria (element_id, code, text, text_en, position)
SELECT el.id, c.code, c.text, c.text_en, c.position FROM survey_elements el JOIN (
  SELECT 'S22-E1' AS element, 'S22-C15' AS code, 'Cơ quan cung cấp thông tin về việc giải quyết thủ tục hành chính theo nhiều hình thức, dễ tiếp cận, dễ hiểu đối với mọi người dân' AS text, 'Information on how procedures are handled is given in many ways, easy for everyone to reach and understand' AS text_en, 15 AS position
  UNION ALL SELECT 'S22-E1', 'S22-C16', 'Trụ sở cơ quan tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính có biển hiệu, hướng dẫn rõ ràng, dễ thấy', 'The office that receives applications and returns results has clear, visible signs and directions', 16
  UNION ALL SELECT 'S22-E1', 'S22-C17', 'Trụ sở cơ quan tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính sạch sẽ, văn minh', 'The office that receives applications and returns results is clean and orderly', 17
  UNION ALL SELECT 'S22-E1', 'S22-C18', 'Trang thiết bị phục vụ người dân đầy đủ, chất lượng tốt, giúp người dân giải quyết công việc dễ dàng hơn', 'Equipment for citizens is sufficient and in good condition, and makes their business easier', 18
  UNION ALL SELECT 'S22-E2', 'S22-C19', 'Quy định thủ tục hành chính được niêm yết công khai tại trụ sở cơ quan tiếp nhận hồ sơ, trả kết quả, dễ thấy, dễ hiểu', 'The rules of each procedure are posted at the office, easy to see and understand', 19
  UNION ALL SELECT 'S22-E2', 'S22-C20', 'Thành phần hồ sơ người dân phải nộp là đúng quy định', 'The documents citizens must submit are as the rules say', 20
  UNION ALL SELECT 'S22-E2', 'S22-C21', 'Mức phí/lệ phí người dân phải nộp là đúng quy định', 'The fees citizens must pay are as the rules say', 21
  UNION ALL SELECT 'S22-E2', 'S22-C22', 'Thời hạn giải quyết thủ tục hành chính cho người dân là đúng quy định', 'The time taken to handle the procedure is as the rules say', 22
  UNION ALL SELECT 'S22-E3', 'S22-C23', 'Công chức có thái độ giao tiếp lịch sự, tôn trọng đối với người dân', 'The official was polite and respectful', 23
  UNION ALL SELECT 'S22-E3', 'S22-C24', 'Công chức cung cấp thông tin, trả lời kịp thời, đầy đủ các câu hỏi, ý kiến của người dân', 'The official gave information and answered questions promptly and fully', 24
  UNION ALL SELECT 'S22-E3', 'S22-C25', 'Công chức hướng dẫn hồ sơ dễ hiểu, đảm bảo người dân có thể hoàn thiện hồ sơ sau một lần hướng dẫn', 'The official''s guidance was clear enough to complete the application after one explanation', 25
  UNION ALL SELECT 'S22-E3', 'S22-C26', 'Công chức tuân thủ đúng quy định trong giải quyết công việc cho người dân', 'The official followed the rules in handling the case', 26
  UNION ALL SELECT 'S22-E3', 'S22-C27', 'Công chức tận tình đối với người dân trong quá trình giải quyết công việc', 'The official was attentive throughout the case', 27
  UNION ALL SELECT 'S22-E4', 'S22-C28', 'Kết quả giải quyết thủ tục hành chính cho người dân được trả đúng hẹn', 'The result was returned on the promised date', 28
  UNION ALL SELECT 'S22-E4', 'S22-C29', 'Kết quả giải quyết thủ tục hành chính cho người dân có thông tin đầy đủ, chính xác', 'The result has complete and accurate information', 29
  UNION ALL SELECT 'S22-E4', 'S22-C30', 'Kết quả giải quyết thủ tục hành chính cho người dân đảm bảo tính công bằng', 'The result is fair', 30
  UNION ALL SELECT 'S22-E5', 'S22-C31', 'Cơ quan có bố trí hình thức tiếp nhận phản ánh, kiến nghị, giúp người dân phản ánh, kiến nghị dễ dàng', 'There is a way to give feedback and complain, and it is easy to use', 31
  UNION ALL SELECT 'S22-E5', 'S22-C32', 'Cơ quan tiếp nhận, xử lý phản ánh, kiến nghị của người dân đúng quy định', 'Feedback and complaints are received and handled as the rules say', 32
  UNION ALL SELECT 'S22-E5', 'S22-C33', 'Cơ quan thông báo kết quả xử lý phản ánh kiến nghị cho người dân kịp thời', 'Results of handling feedback are reported in time', 33
) c ON c.element = el.code;

-- kiosk defaults for SIPAS 2022, in the spirit of the 2017 ones: politeness, guidance, the office itself
INSERT INTO kiosk_questions (kiosk_id, criterion_code, position) VALUES
  (NULL, 'S22-C23', 1), (NULL, 'S22-C25', 2), (NULL, 'S22-C17', 3);

-- The criteria the web form and the SMS survey ask after the overall score (kiosks: kiosk_questions). A list holds
-- criteria of one or more instruments; a channel asks those of the instrument in effect, in position order.
CREATE TABLE channel_questions (
  channel         VARCHAR(16)  NOT NULL,
  criterion_code  VARCHAR(64)  NOT NULL,
  position        INT          NOT NULL,
  PRIMARY KEY (channel, criterion_code),
  CONSTRAINT fk_channel_questions_criterion FOREIGN KEY (criterion_code) REFERENCES survey_criteria (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- web: one criterion per element; SMS: one (politeness), since a text reply is short
INSERT INTO channel_questions (channel, criterion_code, position) VALUES
  ('WEB', 'S17-01', 1), ('WEB', 'S17-09', 2), ('WEB', 'S17-10', 3), ('WEB', 'S17-16', 4), ('WEB', 'S17-20', 5),
  ('WEB', 'S22-C15', 1), ('WEB', 'S22-C22', 2), ('WEB', 'S22-C23', 3), ('WEB', 'S22-C28', 4), ('WEB', 'S22-C31', 5),
  ('SMS', 'S17-10', 1), ('SMS', 'S22-C23', 1);
