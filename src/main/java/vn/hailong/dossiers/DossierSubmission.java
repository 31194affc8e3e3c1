package vn.hailong.dossiers;

import java.time.OffsetDateTime;

/** A report of the feed as it came (product.md §4.5), before any check; codes as the one-stop software knows them. */
public record DossierSubmission(String procedureCode, String unitCode, String officerCode, String counterCode,
                                String citizenPhone, OffsetDateTime receivedAt, OffsetDateTime appointmentAt,
                                OffsetDateTime finishedAt, OffsetDateTime returnedAt, String channel) {
}
