package vn.hailong.complaints.workflow;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.shared.security.Actor;

/** Who an event of the audit trail is from: a staff user, an API token, the citizen, or HaiLong itself. */
public record EventActor(Kind kind, @Nullable Long id, String name) {

    public enum Kind { USER, TOKEN, CITIZEN, SYSTEM }

    public static EventActor of(Actor actor) {
        return new EventActor(actor.kind() == Actor.Kind.USER ? Kind.USER : Kind.TOKEN, actor.id(), actor.name());
    }

    public static EventActor citizen() {
        return new EventActor(Kind.CITIZEN, null, "citizen");
    }

    public static EventActor system(String what) {
        return new EventActor(Kind.SYSTEM, null, what);
    }
}
