package vn.hailong.database;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hailong.shared.crypto.PersonalDataCipher;
import vn.hailong.shared.crypto.PersonalDataKey;

/**
 * The one {@link PersonalDataCipher} of the application, keyed as {@link PersonalDataKey} says. Here, not in
 * {@code shared.crypto}, because where the key lives depends on the database setup: the shared kernel knows no feature.
 */
@Factory
class PersonalDataCipherFactory {

    @Singleton
    PersonalDataCipher personalDataCipher(@Property(name = "hailong.crypto.key") @Nullable String configuredKey) {
        return new PersonalDataCipher(PersonalDataKey.resolve(configuredKey,
                EmbeddedDatabaseSettings.fromEnvironment().directory(), EmbeddedDatabaseSettings.externalDatabaseConfigured()));
    }
}
