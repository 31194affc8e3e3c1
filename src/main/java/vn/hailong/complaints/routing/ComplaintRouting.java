package vn.hailong.complaints.routing;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;

/**
 * Who handles a case: the handling unit, the team in it and the handler. For now the unit the complaint is about
 * (or the province when it names none), no team, nobody; routing rules as data replace this.
 */
@Singleton
public class ComplaintRouting {

    /** What routing looks at. */
    public record Request(ComplaintKind kind, @Nullable Long sectorId, @Nullable Long unitId, String text) {
    }

    /** Where a case goes: the handling unit always, a team and a handler when known. */
    public record Route(long handlingUnitId, @Nullable Long teamId, @Nullable Long assigneeUserId) {
    }

    private final Directory directory;

    ComplaintRouting(Directory directory) {
        this.directory = directory;
    }

    /** The route of a new case. */
    public Route route(Request request) {
        long unit = request.unitId() != null ? request.unitId()
                : directory.roots().stream().map(Unit::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("No unit tree to route complaints into"));
        return within(unit, request);
    }

    /** The team and handler within a given unit (after a transfer or an escalation). */
    public Route within(long handlingUnitId, Request request) {
        return new Route(handlingUnitId, null, null);
    }
}
