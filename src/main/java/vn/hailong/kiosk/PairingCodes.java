package vn.hailong.kiosk;

import jakarta.inject.Singleton;

import java.security.SecureRandom;

/** Draws one-time pairing codes: 8 random digits. A bean of its own so that tests can force a collision. */
@Singleton
class PairingCodes {

    private final SecureRandom random = new SecureRandom();

    public String next() {
        return String.format("%08d", random.nextInt(100_000_000));
    }
}
