package vn.hailong.web.csrf;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.TypeConverter;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The token of a multipart form (file uploads), bound as {@code @Nullable @Part("csrfToken") CsrfPart token}: a
 * multipart body cannot be bound to a form record, so the token part itself is the {@link CsrfForm} that
 * {@link CsrfProtected} checks.
 */
public record CsrfPart(String csrfToken) implements CsrfForm {

    /** Lets Micronaut bind a text part to a {@link CsrfPart}. */
    @Singleton
    static final class FromText implements TypeConverter<String, CsrfPart> {

        @Override
        public Optional<CsrfPart> convert(String value, Class<CsrfPart> targetType, ConversionContext context) {
            return Optional.of(new CsrfPart(value));
        }
    }
}
