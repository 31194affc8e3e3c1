package vn.hailong.organisation.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hailong.organisation.CounterDraft;
import vn.hailong.organisation.OfficerDraft;
import vn.hailong.organisation.ProcedureDraft;
import vn.hailong.organisation.SectorDraft;
import vn.hailong.organisation.UnitDraft;
import vn.hailong.organisation.UnitType;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Request bodies of the directory API. Unknown fields are refused by the serializer (400). */
final class DirectoryRequests {

    private DirectoryRequests() {
    }

    @Serdeable
    @Schema(example = """
            {"code": "46.TTPVHCC", "name": "Trung tâm Phục vụ hành chính công thành phố Huế", "type": "SERVICE_CENTRE_PROVINCE",
            "parentCode": "46", "address": "01 Lê Lai, phường Thuận Hóa, thành phố Huế", "validFrom": "2025-07-01"}
            """)
    record UnitRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 255) String name,
                       @NotNull UnitType type, @Nullable String parentCode, @Nullable @Size(max = 500) String address,
                       @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
        UnitDraft draft() {
            return new UnitDraft(code, name, type, parentCode, address, validFrom, validTo);
        }
    }

    @Serdeable
    @Schema(example = """
            {"code": "HO-TICH", "name": "Hộ tịch", "targetPct": 90}
            """)
    record SectorRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 255) String name,
                         @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal targetPct) {
        SectorDraft draft() {
            return new SectorDraft(code, name, targetPct);
        }
    }

    @Serdeable
    @Schema(example = """
            {"code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "sectorCode": "HO-TICH", "processingDays": 0}
            """)
    record ProcedureRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 1000) String name,
                            @NotBlank String sectorCode, @Nullable @Min(0) @Max(365) Integer processingDays) {
        ProcedureDraft draft() {
            return new ProcedureDraft(code, name, sectorCode, processingDays);
        }
    }

    @Serdeable
    @Schema(example = """
            {"code": "46.TTPVHCC.Q01", "name": "Quầy Sở Tư pháp", "unitCode": "46.TTPVHCC"}
            """)
    record CounterRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 255) String name,
                          @NotBlank String unitCode) {
        CounterDraft draft() {
            return new CounterDraft(code, name, unitCode);
        }
    }

    @Serdeable
    @Schema(example = """
            {"code": "CB.46.01", "fullName": "Nguyễn Thị Thu Hà", "title": "Chuyên viên", "unitCode": "46.TTPVHCC",
            "counterCode": "46.TTPVHCC.Q01"}
            """)
    record OfficerRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 255) String fullName,
                          @Nullable @Size(max = 255) String title, @NotBlank String unitCode,
                          @Nullable String counterCode) {
        OfficerDraft draft() {
            return new OfficerDraft(code, fullName, title, unitCode, counterCode);
        }
    }
}
