package vn.hailong.complaints.workspace;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.complaints.workflow.CaseStatus;

import java.time.Instant;

/**
 * How a case stands against its clock, in colour and in words on the pages: đúng hạn, sắp đến hạn, quá hạn, tạm dừng
 * chờ bổ sung; DONE when nothing is owed any more (answered, closed, rejected).
 */
public enum SlaState {
    ON_TIME, DUE_SOON, OVERDUE, PAUSED, DONE;

    public static SlaState of(CaseStatus status, @Nullable Instant nextDueAt, Instant now, Instant soon) {
        if (!status.isOpen()) {
            return DONE;
        }
        if (status == CaseStatus.WAITING_FOR_CITIZEN || nextDueAt == null) {
            return PAUSED;
        }
        if (nextDueAt.isBefore(now)) {
            return OVERDUE;
        }
        return nextDueAt.isAfter(soon) ? ON_TIME : DUE_SOON;
    }
}
