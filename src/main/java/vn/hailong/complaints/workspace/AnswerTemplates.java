package vn.hailong.complaints.workspace;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.complaints.ComplaintKind;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Answer templates as data (table {@code answer_templates}); implemented with SQL in {@code complaints.persistence}. */
public interface AnswerTemplates {

    /**
     * A template: for one kind or every kind ({@code kind} null), province-wide ({@code unitId} null) or for a unit's
     * subtree.
     */
    record Template(long id, @Nullable ComplaintKind kind, @Nullable Long unitId, String title, String body,
                    String createdBy, Instant createdAt, Instant updatedAt) {
    }

    /** What an admin writes. */
    record Draft(@Nullable ComplaintKind kind, @Nullable Long unitId, String title, String body) {
    }

    Optional<Template> byId(long id);

    /** Every template, by title. */
    List<Template> all();

    /** The templates that fit a case: of its kind or of every kind, province-wide or of one of {@code unitIds}. */
    List<Template> fitting(ComplaintKind kind, Collection<Long> unitIds);

    long insert(Draft draft, String by, Instant at);

    void update(long id, Draft draft, Instant at);

    void delete(long id);
}
