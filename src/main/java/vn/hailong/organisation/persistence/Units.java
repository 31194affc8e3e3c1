package vn.hailong.organisation.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import vn.hailong.organisation.Unit;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface Units extends CrudRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    boolean existsByCode(String code);

    List<Unit> findByParentId(Long parentId);

    @Query(value = "SELECT * FROM units WHERE path LIKE CONCAT(:pathPrefix, '%') "
            + "AND (:search = '' OR name LIKE CONCAT('%', :search, '%') OR code LIKE CONCAT(:search, '%')) "
            + "ORDER BY path",
            countQuery = "SELECT COUNT(*) FROM units WHERE path LIKE CONCAT(:pathPrefix, '%') "
            + "AND (:search = '' OR name LIKE CONCAT('%', :search, '%') OR code LIKE CONCAT(:search, '%'))")
    Page<Unit> searchSubtree(String pathPrefix, String search, Pageable pageable);

    @Query("SELECT id FROM units WHERE path LIKE CONCAT(:pathPrefix, '%')")
    List<Long> findIdsInSubtree(String pathPrefix);

    @Query("SELECT * FROM units WHERE path LIKE CONCAT(:pathPrefix, '%') ORDER BY path")
    List<Unit> findSubtree(String pathPrefix);

    @Query("SELECT COUNT(*) FROM units WHERE id IN (:ids) AND active = FALSE")
    long countInactiveAmong(List<Long> ids);

    @Query("SELECT * FROM units WHERE parent_id IS NULL ORDER BY id")
    List<Unit> findRoots();

    /** The unit a form or request names in {@code unitCode}; a missing or unknown code is the caller's error. */
    default Unit requireNamed(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            throw vn.hailong.shared.errors.RuleViolation.invalid("unitCode", "organisation.error.unit.required");
        }
        return findByCode(unitCode.strip()).orElseThrow(() -> vn.hailong.shared.errors.RuleViolation.invalid("unitCode",
                "organisation.error.unit.unknown", unitCode));
    }
}
