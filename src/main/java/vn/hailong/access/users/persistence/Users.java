package vn.hailong.access.users.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import vn.hailong.access.users.User;

import java.util.List;
import java.util.Optional;

/** Staff accounts. Subtree queries take the path prefix from {@code UnitScope.subtreePrefix}. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface Users extends GenericRepository<User, Long> {

    Optional<User> findById(Long id);

    Optional<User> findByUsername(String username);

    boolean existsByUsername(String username);

    User save(User user);

    User update(User user);

    long count();

    @Query(value = "SELECT * FROM users WHERE active = TRUE AND unit_id IN (:unitIds) AND role IN (:roles) ORDER BY full_name, id",
            nativeQuery = true)
    List<User> findActiveInUnits(java.util.Collection<Long> unitIds, java.util.Collection<String> roles);

    /**
     * Raised whenever a password is set or the account is deactivated; sessions signed in under an older version
     * end. Not a field of {@link User}, so that saving a user never puts an old version back.
     */
    @Query(value = "SELECT credential_version FROM users WHERE id = :id", nativeQuery = true)
    Optional<Integer> findCredentialVersion(long id);

    @Query(value = "UPDATE users SET credential_version = credential_version + 1 WHERE id = :id", nativeQuery = true)
    void raiseCredentialVersion(long id);

    @Query(value = """
            SELECT u.* FROM users u JOIN units un ON un.id = u.unit_id
            WHERE un.path LIKE CONCAT(:pathPrefix, '%')
              AND (:term = '' OR u.username LIKE CONCAT('%', :term, '%') OR u.full_name LIKE CONCAT('%', :term, '%'))
            ORDER BY u.active DESC, u.username
            LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<User> searchInSubtree(String pathPrefix, String term, int limit, int offset);

    @Query(value = """
            SELECT COUNT(*) FROM users u JOIN units un ON un.id = u.unit_id
            WHERE un.path LIKE CONCAT(:pathPrefix, '%')
              AND (:term = '' OR u.username LIKE CONCAT('%', :term, '%') OR u.full_name LIKE CONCAT('%', :term, '%'))""",
            nativeQuery = true)
    long countInSubtree(String pathPrefix, String term);
}
