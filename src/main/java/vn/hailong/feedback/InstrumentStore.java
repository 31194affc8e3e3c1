package vn.hailong.feedback;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Survey instruments and the kiosk question lists, as stored. */
public interface InstrumentStore {

    Optional<Instrument> active(boolean english);

    Set<String> activeCriterionCodes();

    /** The code of the active instrument. */
    Optional<String> activeCode();

    /** Every instrument's criteria: criterion code → the code of its element. */
    java.util.Map<String, String> elementOfCriterion();

    /** The criteria configured for a kiosk, or the default list (kiosk_id NULL) when it has none. */
    List<Instrument.Criterion> kioskQuestions(Long kioskId, boolean english);

    /** The criterion codes configured for exactly this kiosk (or the default list when null), in order. */
    List<String> questionCodes(Long kioskId);

    /** Replaces the list of this kiosk (or the default list when null); an empty list removes it. */
    void replaceQuestions(Long kioskId, List<String> criterionCodes);
}
