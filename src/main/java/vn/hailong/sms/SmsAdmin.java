package vn.hailong.sms;

import jakarta.inject.Singleton;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.phone.InvalidPhoneNumber;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

import java.time.Clock;
import java.util.List;

/**
 * The messages page's rules: admins see every message, managers those of the units in their subtree (a message
 * for no unit is an admin's); the opt-out list and the units' alert phones are admins' to keep.
 */
@Singleton
public class SmsAdmin {

    public static final int MAX_LABEL = 100;

    private final OutboxStore outbox;
    private final OptOuts optOuts;
    private final OptOutList optOutList;
    private final AlertPhones alertPhones;
    private final UnitScope scope;
    private final Clock clock;

    SmsAdmin(OutboxStore outbox, OptOuts optOuts, OptOutList optOutList, AlertPhones alertPhones, UnitScope scope,
             Clock clock) {
        this.outbox = outbox;
        this.optOuts = optOuts;
        this.optOutList = optOutList;
        this.alertPhones = alertPhones;
        this.scope = scope;
        this.clock = clock;
    }

    public OutboxStore.Page messages(Actor actor, OutboxStore.Filter filter, int offset, int limit) {
        // an admin of a top-level unit sees every message, also those for no unit (replies); everyone else their subtree
        List<Long> units = actor.hasRole(Role.ADMIN) && scope.subtreePrefix(actor).equals("/" + actor.unitId() + "/")
                ? null : scope.subtreeIds(actor);
        if (!actor.hasRole(Role.ADMIN, Role.UNIT_MANAGER, Role.PROVINCE_MANAGER)) {
            throw RuleViolation.forbidden("sms.error.adminOnly");
        }
        return outbox.page(new OutboxStore.Filter(filter.state(), filter.purpose(), filter.from(), filter.until(), units),
                offset, limit);
    }

    public List<OptOutList.Entry> optOuts(Actor actor, int limit) {
        requireAdmin(actor);
        return optOutList.newest(limit);
    }

    public long optOutCount(Actor actor) {
        requireAdmin(actor);
        return optOutList.count();
    }

    /** @return false when the number had opted out already */
    public boolean optOut(Actor actor, String phone) {
        requireAdmin(actor);
        return optOuts.optOut(phone(phone, "number"), "ADMIN");
    }

    public boolean optIn(Actor actor, String phoneIndex) {
        requireAdmin(actor);
        return optOutList.removeByIndex(phoneIndex == null ? "" : phoneIndex.strip());
    }

    public List<AlertPhones.AlertPhone> alertPhones(Actor actor) {
        requireAdmin(actor);
        return alertPhones.all().stream().filter(a -> scope.covers(actor, a.unitId())).toList();
    }

    public boolean addAlertPhone(Actor actor, Long unitId, String phone, String label) {
        requireAdmin(actor);
        RuleViolation.Builder problems = RuleViolation.builder();
        if (unitId == null || !scope.covers(actor, unitId)) {
            problems.invalid("unitId", "sms.error.alert.unit");
        }
        PhoneNumber number = problems.check(() -> phone(phone, "phone"));
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > MAX_LABEL) {
            problems.invalid("label", "sms.error.alert.label", MAX_LABEL);
        }
        problems.throwIfAny();
        return alertPhones.add(unitId, number, name, actor.name(), clock.instant());
    }

    public boolean removeAlertPhone(Actor actor, long id) {
        requireAdmin(actor);
        boolean visible = alertPhones.all().stream().anyMatch(a -> a.id() == id && scope.covers(actor, a.unitId()));
        if (!visible) {
            throw RuleViolation.notFound("sms.error.alert.notFound");
        }
        return alertPhones.remove(id);
    }

    private static PhoneNumber phone(String text, String field) {
        try {
            return PhoneNumber.parse(text);
        } catch (InvalidPhoneNumber e) {
            throw RuleViolation.invalid(field, e.key());
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw RuleViolation.forbidden("sms.error.adminOnly");
        }
    }
}
