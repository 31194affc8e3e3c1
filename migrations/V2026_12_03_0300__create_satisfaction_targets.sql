-- Targets managers are judged on (issue 10 §8): per year × unit × measure, a SECTOR target also per sector.
-- A small table edited by admins, so an auto-increment key is fine. Units and sectors are addressed by code (as the
-- directory addresses them) so that the seed below needs neither to exist yet: unit_code '' is every unit (the
-- deployment-wide default), sector_code '' is no sector (OVERALL, ONLINE, COMPLAINTS_RESOLVED).
-- Lookup (vn.hailong.metrics.targets): the unit's own row, else its nearest ancestor's, else the deployment's; within
-- one unit the latest year not after the year asked. A SECTOR target with no row falls back to sectors.target_pct.
CREATE TABLE satisfaction_targets (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  target_year  SMALLINT      NOT NULL,
  unit_code    VARCHAR(64)   NOT NULL DEFAULT '',
  measure      VARCHAR(24)   NOT NULL,
  sector_code  VARCHAR(64)   NOT NULL DEFAULT '',
  target_pct   DECIMAL(5,2)  NOT NULL,
  source       VARCHAR(500)  NULL,
  updated_by   VARCHAR(255)  NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_satisfaction_targets (target_year, unit_code, measure, sector_code),
  KEY ix_satisfaction_targets_unit (unit_code, measure)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Nghị quyết 49-NQ/ĐU (10/02/2023) of Phường Đức, Huế (now part of Phường Thuận Hóa), for 2022–2025 and to 2030
-- (shared/seeds/000): §2.2 satisfaction with procedure handling ≥ 90%, land, construction and investment ≥ 85%
-- (the demo's DAT-DAI, XAY-DUNG and DANG-KY-DOANH-NGHIEP, the procedures of investors and businesses); 95% of
-- petitions about administrative rules or behaviour resolved; §2.5 ≥ 80% satisfied with online services; §2.3
-- satisfaction with the administration's service ≥ 95% by 2030 (90% by 2025, already the 2022 row).
INSERT INTO satisfaction_targets (target_year, unit_code, measure, sector_code, target_pct, source, updated_by,
  created_at, updated_at) VALUES
(2022, '', 'OVERALL', '', 90.00, 'NQ 49-NQ/ĐU (2023), mục 2.2: hài lòng về giải quyết TTHC tối thiểu 90%', 'migration', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
(2022, '', 'SECTOR', 'DAT-DAI', 85.00, 'NQ 49-NQ/ĐU (2023), mục 2.2: lĩnh vực đất đai tối thiểu 85%', 'migration', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
(2022, '', 'SECTOR', 'XAY-DUNG', 85.00, 'NQ 49-NQ/ĐU (2023), mục 2.2: lĩnh vực xây dựng tối thiểu 85%', 'migration', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
(2022, '', 'SECTOR', 'DANG-KY-DOANH-NGHIEP', 85.00, 'NQ 49-NQ/ĐU (2023), mục 2.2: lĩnh vực đầu tư tối thiểu 85%', 'migration', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
(2022, '', 'ONLINE', '', 80.00, 'NQ 49-NQ/ĐU (2023), mục 2.5: 80% hài lòng khi sử dụng dịch vụ công trực tuyến', 'migration', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
(2022, '', 'COMPLAINTS_RESOLVED', '', 95.00, 'NQ 49-NQ/ĐU (2023), mục 2.2: 95% phản ánh, kiến nghị được xử lý dứt điểm', 'migration', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
(2030, '', 'OVERALL', '', 95.00, 'NQ 49-NQ/ĐU (2023), mục 2.3: hài lòng về sự phục vụ tối thiểu 95% vào năm 2030', 'migration', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
