package vn.hailong.organisation.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Page;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import vn.hailong.organisation.Counter;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface Counters extends CrudRepository<Counter, Long> {

    Optional<Counter> findByCode(String code);

    boolean existsByCode(String code);

    /** Counters of a subtree found by name, code or their unit's name; grouped by unit (tree order), then by code. */
    @Query(value = "SELECT c.* FROM counters c JOIN units u ON u.id = c.unit_id WHERE u.path LIKE CONCAT(:pathPrefix, '%') "
            + "AND (:search = '' OR c.name LIKE CONCAT('%', :search, '%') OR c.code LIKE CONCAT(:search, '%') "
            + "OR u.name LIKE CONCAT('%', :search, '%')) ORDER BY u.path, c.code",
            countQuery = "SELECT COUNT(*) FROM counters c JOIN units u ON u.id = c.unit_id WHERE u.path LIKE CONCAT(:pathPrefix, '%') "
            + "AND (:search = '' OR c.name LIKE CONCAT('%', :search, '%') OR c.code LIKE CONCAT(:search, '%') "
            + "OR u.name LIKE CONCAT('%', :search, '%'))")
    Page<Counter> searchSubtree(String pathPrefix, String search, Pageable pageable);

    List<Counter> findByUnitId(Long unitId);
}
