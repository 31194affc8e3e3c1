package vn.hailong.shared.crypto;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hailong.database.EmbeddedDatabaseSettings;

/** The one {@link PersonalDataCipher} of the application, keyed as {@link PersonalDataKey} says. */
@Factory
class PersonalDataCipherFactory {

    @Singleton
    PersonalDataCipher personalDataCipher(@Property(name = "hailong.crypto.key") @Nullable String configuredKey) {
        return new PersonalDataCipher(PersonalDataKey.resolve(configuredKey,
                EmbeddedDatabaseSettings.fromEnvironment().directory(), EmbeddedDatabaseSettings.externalDatabaseConfigured()));
    }
}
