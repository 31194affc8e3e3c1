package vn.hailong.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A choice in a select ({@code admin/_fields :: select}): its value, its label either as text (a unit's name) or
 * as a bundle key (an enum's words), and whether it is selected.
 */
@Introspected
public record SelectOption(String value, @Nullable String label, @Nullable String labelKey, boolean selected) {

    /** Options under one heading ({@code admin/_fields :: groupedSelect}). */
    @Introspected
    public record Group(String label, List<SelectOption> options) {
    }

    public static SelectOption text(String value, String label, boolean selected) {
        return new SelectOption(value, label, null, selected);
    }

    public static SelectOption key(String value, String labelKey, boolean selected) {
        return new SelectOption(value, null, labelKey, selected);
    }
}
