package vn.hailong.access.tokens.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import vn.hailong.access.tokens.ApiToken;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ApiTokens extends CrudRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Query("SELECT t.* FROM api_tokens t JOIN units u ON u.id = t.unit_id WHERE u.path LIKE CONCAT(:pathPrefix, '%') ORDER BY t.id DESC")
    List<ApiToken> findInSubtree(String pathPrefix);

    @Query("UPDATE api_tokens SET last_used_at = :at WHERE id = :id")
    void touch(Long id, Instant at);

    @Query("UPDATE api_tokens SET revoked_at = :at WHERE kiosk_id = :kioskId AND revoked_at IS NULL")
    void revokeForKiosk(Long kioskId, Instant at);
}
