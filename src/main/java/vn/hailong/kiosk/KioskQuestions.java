package vn.hailong.kiosk;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.feedback.Instrument;
import vn.hailong.feedback.Instruments;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

import java.util.List;

/**
 * Which (at most three) SIPAS criteria kiosks ask after the overall score: one default list for every kiosk, and
 * a kiosk's own list that overrides it. The default is province-wide, so only an admin of a top unit changes it;
 * a kiosk's list is changed by an admin whose scope covers the kiosk.
 */
@Singleton
public class KioskQuestions {

    /** What the pages show: the criteria of the active instrument, the default list and (for a kiosk) its own. */
    public record Choice(Instrument instrument, List<String> defaultCodes, List<String> ownCodes) {
    }

    private final Instruments instruments;
    private final KioskRegistry registry;
    private final Directory directory;

    KioskQuestions(Instruments instruments, KioskRegistry registry, Directory directory) {
        this.instruments = instruments;
        this.registry = registry;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public Choice forDefault(boolean english) {
        return new Choice(instruments.active(english), instruments.questionCodes(null), List.of());
    }

    @Transactional(readOnly = true)
    public Choice forKiosk(Actor actor, long kioskId, boolean english) {
        Kiosk kiosk = registry.find(actor, kioskId);
        return new Choice(instruments.active(english), instruments.questionCodes(null),
                instruments.questionCodes(kiosk.id()));
    }

    /** Whether the actor may change the default list: an admin of a unit at the top of the tree. */
    public boolean mayChangeDefault(Actor actor) {
        return directory.unitById(actor.unitId()).map(Unit::parentId).isEmpty();
    }

    @Transactional
    public void chooseDefault(Actor actor, List<String> criterionCodes) {
        if (!mayChangeDefault(actor)) {
            throw RuleViolation.forbidden("kioskadmin.error.defaultProvinceOnly");
        }
        instruments.chooseKioskQuestions(null, criterionCodes);
    }

    /** Sets a kiosk's own list; an empty list makes it ask the default list again. */
    @Transactional
    public void chooseForKiosk(Actor actor, long kioskId, List<String> criterionCodes) {
        Kiosk kiosk = registry.find(actor, kioskId);
        instruments.chooseKioskQuestions(kiosk.id(), criterionCodes);
    }
}
