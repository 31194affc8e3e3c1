package vn.hailong.complaints.workflow;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.calendar.DeadlineUnit;

import java.time.LocalDate;

/**
 * How long one step of one kind of case may take (domain.md §4, table B.8), in force from {@code effectiveFrom} to
 * {@code effectiveTo} (inclusive, null = open). Extensions: at most {@code maxExtensions}, each adding
 * {@code extensionAmount} of {@code extensionUnit} to the due time.
 */
public record DeadlinePolicy(@Nullable Long id, CaseType caseType, Urgency urgency, boolean remoteArea, Step step,
                             CountedFrom countedFrom, int amount, DeadlineUnit unit, int maxExtensions,
                             int extensionAmount, @Nullable DeadlineUnit extensionUnit, int warnAtPercent,
                             String legalBasis, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public boolean allowsExtension(int granted) {
        return granted < maxExtensions && extensionAmount > 0 && extensionUnit != null;
    }
}
