package vn.hailong.feedback;

import jakarta.inject.Singleton;
import vn.hailong.shared.errors.RuleViolation;

import java.util.List;

/** The active survey instrument and which of its criteria a kiosk asks. */
@Singleton
public class Instruments {

    private final InstrumentStore store;

    Instruments(InstrumentStore store) {
        this.store = store;
    }

    public Instrument active(boolean english) {
        return store.active(english)
                .orElseThrow(() -> RuleViolation.notFound("Chưa có bộ câu hỏi nào đang dùng (no active instrument)."));
    }

    public List<Instrument.Criterion> kioskQuestions(Long kioskId, boolean english) {
        return store.kioskQuestions(kioskId, english);
    }
}
