package vn.hailong.access.tokens;

/** A freshly issued token: the stored record and the secret, which is never shown again. */
public record IssuedToken(ApiToken token, String secret) {
}
