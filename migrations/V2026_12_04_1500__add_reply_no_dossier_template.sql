-- The answer to a rating by SMS from a number with no recent invitation (nothing to rate): its own template, so that
-- every answer a citizen receives is admin-edited text (SmsPurpose.REPLY_NO_DOSSIER).
INSERT INTO sms_templates (purpose, encoding, body, updated_at, updated_by) VALUES
 ('REPLY_NO_DOSSIER', 'GSM7', 'Khong tim thay ho so nao moi ong/ba danh gia gan day. Phan anh: nhan PA va noi dung. Huong dan: nhan HELP.', UTC_TIMESTAMP(6), 'system');
