package vn.hailong.kiosk;

/** A kiosk just created, with its API token secret (shown once). */
public record RegisteredKiosk(Kiosk kiosk, String token) {
}
