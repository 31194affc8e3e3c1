package vn.hailong.complaints.workspace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

import java.time.Clock;
import java.util.List;

/** Admins keep the answer templates: checked here, stored by {@link AnswerTemplates}. */
@Singleton
public class AnswerTemplateCatalogue {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20000;

    private final AnswerTemplates templates;
    private final Directory directory;
    private final UnitScope scope;
    private final Clock clock;

    AnswerTemplateCatalogue(AnswerTemplates templates, Directory directory, UnitScope scope, Clock clock) {
        this.templates = templates;
        this.directory = directory;
        this.scope = scope;
        this.clock = clock;
    }

    /** A template as typed: kind and unit code may be empty (every kind, province-wide). */
    public record Typed(@Nullable String kind, @Nullable String unitCode, @Nullable String title,
                        @Nullable String body) {
    }

    public List<AnswerTemplates.Template> all(Actor actor) {
        requireAdmin(actor);
        return templates.all().stream().filter(t -> visible(actor, t)).toList();
    }

    public AnswerTemplates.Template get(Actor actor, long id) {
        requireAdmin(actor);
        return templates.byId(id).filter(t -> visible(actor, t))
                .orElseThrow(() -> RuleViolation.notFound("casework.error.template.notFound"));
    }

    /** A unit's templates within the actor's subtree; province-wide ones (no unit) are used everywhere, so every admin reads them. */
    private boolean visible(Actor actor, AnswerTemplates.Template t) {
        return t.unitId() == null || scope.covers(actor, t.unitId());
    }

    /** Province-wide templates are changed from the province only (the root of the unit tree). */
    private void requireWritable(Actor actor, AnswerTemplates.Template t) {
        if (t.unitId() == null && !atRoot(actor)) {
            throw RuleViolation.forbidden("casework.error.template.provinceWide");
        }
    }

    private boolean atRoot(Actor actor) {
        return directory.unitById(actor.unitId()).map(u -> u.parentId() == null).orElse(false);
    }

    @Transactional
    public long create(Actor actor, Typed typed) {
        requireAdmin(actor);
        return templates.insert(draft(actor, typed), actor.name(), clock.instant());
    }

    @Transactional
    public void update(Actor actor, long id, Typed typed) {
        requireWritable(actor, get(actor, id));
        templates.update(id, draft(actor, typed), clock.instant());
    }

    @Transactional
    public void delete(Actor actor, long id) {
        requireWritable(actor, get(actor, id));
        templates.delete(id);
    }

    private AnswerTemplates.Draft draft(Actor actor, Typed t) {
        RuleViolation.Builder problems = RuleViolation.builder();
        ComplaintKind kind = null;
        if (t.kind() != null && !t.kind().isBlank()) {
            kind = ComplaintKind.parse(t.kind()).orElse(null);
            if (kind == null) {
                problems.invalid("kind", "complaints.error.kind", t.kind());
            }
        }
        Long unitId = null;
        if ((t.unitCode() == null || t.unitCode().isBlank()) && !atRoot(actor)) {
            problems.invalid("unitCode", "casework.error.template.provinceWide");
        }
        if (t.unitCode() != null && !t.unitCode().isBlank()) {
            Unit unit = directory.unitByCode(t.unitCode().strip()).orElse(null);
            if (unit == null || !scope.covers(actor, unit.id())) {
                problems.invalid("unitCode", "casework.error.template.unit");
            } else {
                unitId = unit.id();
            }
        }
        String title = t.title() == null ? "" : t.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.invalid("title", "casework.error.template.title", MAX_TITLE);
        }
        String body = t.body() == null ? "" : t.body().strip();
        if (body.isEmpty() || body.length() > MAX_BODY) {
            problems.invalid("body", "casework.error.template.body", MAX_BODY);
        }
        problems.throwIfAny();
        return new AnswerTemplates.Draft(kind, unitId, title, body);
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw RuleViolation.forbidden("casework.error.template.adminsOnly");
        }
    }
}
