-- SMS templates as data (product.md §4.9): one per purpose (vn.hailong.sms.SmsPurpose), unaccented Vietnamese that
-- fits one GSM-7 segment with worst-case placeholder values, or UNICODE (70/67 per segment) up to
-- hailong.sms.max-unicode-segments. Placeholders: {code} dossier code, {tracking} complaint tracking code,
-- {link} rating link, {site} the public address, {date} a date (dd/MM/yyyy).
CREATE TABLE sms_templates (
  purpose     VARCHAR(32)   NOT NULL,
  encoding    VARCHAR(8)    NOT NULL,
  body        VARCHAR(1000) NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  updated_by  VARCHAR(100)  NOT NULL,
  PRIMARY KEY (purpose)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO sms_templates (purpose, encoding, body, updated_at, updated_by) VALUES
 ('INVITATION', 'GSM7', 'Ho so {code} da co ket qua. Danh gia: tra loi 1-5 (5 rat hai long) hoac {link} . STOP de tu choi', UTC_TIMESTAMP(6), 'system'),
 ('COMPLAINT_RECEIPT', 'GSM7', 'Da nhan phan anh cua ong/ba, ma {tracking}. Tra cuu tai {site}/tra-cuu voi ma nay va 4 so cuoi dien thoai.', UTC_TIMESTAMP(6), 'system'),
 ('INFORMATION_REQUEST', 'GSM7', 'Phan anh {tracking}: can ong/ba bo sung thong tin. Xem yeu cau tai {site}/tra-cuu (ma {tracking}).', UTC_TIMESTAMP(6), 'system'),
 ('ANSWER_PUBLISHED', 'GSM7', 'Phan anh {tracking} da co tra loi. Xem va danh gia tai {site}/tra-cuu (ma {tracking}).', UTC_TIMESTAMP(6), 'system'),
 ('APOLOGY', 'GSM7', 'Xin loi ong/ba: ho so {code} se tra ket qua cham hon hen. Ngay hen tra moi: {date}. Mong ong/ba thong cam.', UTC_TIMESTAMP(6), 'system'),
 ('ESCALATION', 'GSM7', 'Phan anh {tracking} qua han xu ly, da chuyen len don vi cua anh/chi. Xem tai {site}/xu-ly', UTC_TIMESTAMP(6), 'system'),
 ('REPLY_THANKS', 'GSM7', 'Cam on ong/ba da danh gia. Y kien cua ong/ba giup chung toi phuc vu tot hon.', UTC_TIMESTAMP(6), 'system'),
 ('REPLY_COMPLAINT', 'GSM7', 'Da nhan phan anh, ma {tracking}. Tra cuu tai {site}/tra-cuu voi ma nay va 4 so cuoi dien thoai.', UTC_TIMESTAMP(6), 'system'),
 ('REPLY_STOPPED', 'GSM7', 'Da ngung gui tin nhan den so nay. Muon nhan lai, xin lien he bo phan mot cua.', UTC_TIMESTAMP(6), 'system'),
 ('REPLY_HELP', 'GSM7', 'Tra loi 1-5 de danh gia (5 la rat hai long), PA va noi dung de phan anh, STOP de ngung nhan tin.', UTC_TIMESTAMP(6), 'system');

-- The dispatcher claims due rows with a token (UPDATE ... WHERE state = 'QUEUED' ... LIMIT n, then reads its own
-- token back), so that each row is sent by one node; a SENDING row older than hailong.sms.claim-timeout is put back
-- and checked against Twilio's message list before it is sent again. States: QUEUED, SENDING, SENT, DELIVERED,
-- FAILED, SKIPPED_OPTED_OUT, SKIPPED_DAILY_CAP.
ALTER TABLE sms_outbox
  MODIFY state VARCHAR(24) NOT NULL,
  ADD COLUMN claim_token CHAR(32) NULL AFTER attempts,
  ADD COLUMN claimed_at DATETIME(6) NULL AFTER claim_token,
  ADD COLUMN updated_at DATETIME(6) NULL,
  ADD KEY ix_sms_outbox_to_sent (to_index, sent_at),
  ADD KEY ix_sms_outbox_claim (claim_token),
  ADD KEY ix_sms_outbox_created (created_at);

-- Phones of a unit's managers that hear of escalated complaints (SmsPurpose.ESCALATION), kept by admins on the
-- messages page. Encrypted like every phone (purpose sms_alert_phones.phone) with the shared blind index.
CREATE TABLE sms_alert_phones (
  id            BIGINT         NOT NULL,
  unit_id       BIGINT         NOT NULL,
  phone_cipher  VARBINARY(255) NOT NULL,
  phone_index   CHAR(64)       NOT NULL,
  label         VARCHAR(100)   NOT NULL,
  created_at    DATETIME(6)    NOT NULL,
  created_by    VARCHAR(100)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_sms_alert_phones_unit_phone (unit_id, phone_index)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
