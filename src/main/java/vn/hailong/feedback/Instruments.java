package vn.hailong.feedback;

import jakarta.inject.Singleton;
import vn.hailong.shared.errors.RuleViolation;

import io.micronaut.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

/** The active survey instrument and which of its criteria a kiosk asks. */
@Singleton
public class Instruments {

    private final InstrumentStore store;

    Instruments(InstrumentStore store) {
        this.store = store;
    }

    public Instrument active(boolean english) {
        return store.active(english)
                .orElseThrow(() -> RuleViolation.notFound("feedback.error.noInstrument"));
    }

    /** Every instrument's criteria: criterion code → the code of its element (codes are unique across instruments). */
    public java.util.Map<String, String> elementOfCriterion() {
        return store.elementOfCriterion();
    }

    public List<Instrument.Criterion> kioskQuestions(Long kioskId, boolean english) {
        return store.kioskQuestions(kioskId, english);
    }

    /** The most follow-up questions a kiosk asks (issue 4: "up to 3 SIPAS criteria"). */
    public static final int MAX_KIOSK_QUESTIONS = 3;

    /** Criterion codes of this kiosk's own list, empty when it uses the default; {@code null} for the default list. */
    public List<String> questionCodes(Long kioskId) {
        return store.questionCodes(kioskId);
    }

    /**
     * Sets the criteria a kiosk asks ({@code kioskId} null: the default for kiosks without their own list), at most
     * {@link #MAX_KIOSK_QUESTIONS}, all of the active instrument; an empty list for a kiosk means "use the default".
     * Callers check that the actor may change the kiosk.
     */
    @Transactional
    public void chooseKioskQuestions(Long kioskId, List<String> criterionCodes) {
        List<String> codes = criterionCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                .distinct().toList();
        if (codes.size() > MAX_KIOSK_QUESTIONS) {
            throw RuleViolation.invalid("criteria", "feedback.error.tooManyQuestions", MAX_KIOSK_QUESTIONS);
        }
        Set<String> known = store.activeCriterionCodes();
        for (String code : codes) {
            if (!known.contains(code)) {
                throw RuleViolation.invalid("criteria", "feedback.error.unknownCriterion", code);
            }
        }
        store.replaceQuestions(kioskId, codes);
    }
}
