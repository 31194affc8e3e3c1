package vn.hailong.feedback;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A survey instrument (SIPAS): elements and their criteria, in the language asked for. */
@Serdeable
public record Instrument(String code, String name, List<Element> elements) {

    @Serdeable
    public record Element(String code, String name, List<Criterion> criteria) {
    }

    @Serdeable
    public record Criterion(String code, String text, String elementCode) {
    }
}
