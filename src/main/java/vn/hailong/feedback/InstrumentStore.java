package vn.hailong.feedback;

import java.util.List;
import java.util.Map;

/** Survey instruments and the question lists of the channels, as stored. */
public interface InstrumentStore {

    /** Every instrument with its elements and criteria, by start date (those not in use last). */
    List<Instrument> all(boolean english);

    /** Every instrument's dates. */
    List<EffectivePeriods.Period> periods();

    /** Saves the dates of the instruments named (settled: {@link EffectivePeriods#settle}). */
    void savePeriods(List<EffectivePeriods.Period> periods);

    /** Every instrument's criteria: criterion code → the code of its element. */
    Map<String, String> elementOfCriterion();

    /**
     * The criterion codes a kiosk asks from one instrument, in order: the kiosk's own list ({@code kioskId} null:
     * the default list).
     */
    List<String> kioskCodes(String instrumentCode, Long kioskId);

    /** Replaces one kiosk's list (or the default when null) for one instrument; empty removes it. */
    void replaceKioskCodes(String instrumentCode, Long kioskId, List<String> criterionCodes);

    /** The criterion codes the web form or the SMS survey asks from one instrument, in order. */
    List<String> channelCodes(String instrumentCode, Channel channel);

    /** Replaces the web or SMS list for one instrument. */
    void replaceChannelCodes(String instrumentCode, Channel channel, List<String> criterionCodes);
}
