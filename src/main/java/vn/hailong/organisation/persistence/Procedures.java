package vn.hailong.organisation.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Page;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import vn.hailong.organisation.Procedure;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface Procedures extends CrudRepository<Procedure, Long> {

    Optional<Procedure> findByCode(String code);

    boolean existsByCode(String code);

    @Query(value = "SELECT * FROM procedures WHERE (:search = '' OR name LIKE CONCAT('%', :search, '%') OR code LIKE CONCAT(:search, '%')) ORDER BY code",
            countQuery = "SELECT COUNT(*) FROM procedures WHERE (:search = '' OR name LIKE CONCAT('%', :search, '%') OR code LIKE CONCAT(:search, '%'))")
    Page<Procedure> search(String search, Pageable pageable);

    List<Procedure> findBySectorId(Long sectorId);
}
