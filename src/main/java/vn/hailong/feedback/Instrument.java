package vn.hailong.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A survey instrument (SIPAS) in the language asked for: its elements and their criteria in position order, and
 * the dates it is in effect ({@code effectiveFrom} null: not in use).
 */
@Serdeable
public record Instrument(String code, String name, @Nullable LocalDate effectiveFrom, @Nullable LocalDate effectiveTo,
                         List<Element> elements) {

    public Instrument {
        elements = List.copyOf(elements);
    }

    @Serdeable
    public record Element(long id, String code, String name, int position, List<Criterion> criteria) {

        public Element {
            criteria = List.copyOf(criteria);
        }
    }

    @Serdeable
    public record Criterion(long id, String code, String text, String elementCode, int position) {
    }

    public EffectivePeriods.Period period() {
        return new EffectivePeriods.Period(code, effectiveFrom, effectiveTo);
    }

    public List<Criterion> allCriteria() {
        return elements.stream().flatMap(e -> e.criteria().stream()).toList();
    }

    public Optional<Criterion> criterion(String criterionCode) {
        return allCriteria().stream().filter(c -> c.code().equals(criterionCode)).findFirst();
    }
}
