package vn.hailong.organisation.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Page;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import vn.hailong.organisation.Officer;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface Officers extends CrudRepository<Officer, Long> {

    Optional<Officer> findByCode(String code);

    boolean existsByCode(String code);

    /** Officers of a subtree found by name, code or their unit's name; grouped by unit (tree order), then by code. */
    @Query(value = "SELECT o.* FROM officers o JOIN units u ON u.id = o.unit_id WHERE u.path LIKE CONCAT(:pathPrefix, '%') "
            + "AND (:search = '' OR o.full_name LIKE CONCAT('%', :search, '%') OR o.code LIKE CONCAT(:search, '%') "
            + "OR u.name LIKE CONCAT('%', :search, '%')) ORDER BY u.path, o.code",
            countQuery = "SELECT COUNT(*) FROM officers o JOIN units u ON u.id = o.unit_id WHERE u.path LIKE CONCAT(:pathPrefix, '%') "
            + "AND (:search = '' OR o.full_name LIKE CONCAT('%', :search, '%') OR o.code LIKE CONCAT(:search, '%') "
            + "OR u.name LIKE CONCAT('%', :search, '%'))")
    Page<Officer> searchSubtree(String pathPrefix, String search, Pageable pageable);

    List<Officer> findByUnitId(Long unitId);

    List<Officer> findByCounterId(Long counterId);
}
