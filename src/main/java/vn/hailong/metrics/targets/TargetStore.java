package vn.hailong.metrics.targets;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Target rows (table {@code satisfaction_targets}); SQL in {@code targets.persistence}. */
public interface TargetStore {

    /** Every row, by year, unit, measure and sector: a few hundred at most, read whole for a lookup. */
    List<SatisfactionTarget> all();

    Optional<SatisfactionTarget> byId(long id);

    /** The row with the same year, unit, measure and sector, if any (the table's unique key). */
    Optional<SatisfactionTarget> same(SatisfactionTarget.Draft draft);

    long insert(SatisfactionTarget.Draft draft, String by, Instant at);

    void update(long id, SatisfactionTarget.Draft draft, String by, Instant at);

    void delete(long id);
}
