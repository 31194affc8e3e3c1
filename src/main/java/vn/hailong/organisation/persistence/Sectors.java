package vn.hailong.organisation.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Page;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import vn.hailong.organisation.Sector;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface Sectors extends CrudRepository<Sector, Long> {

    Optional<Sector> findByCode(String code);

    boolean existsByCode(String code);

    @Query(value = "SELECT * FROM sectors WHERE (:search = '' OR name LIKE CONCAT('%', :search, '%') OR code LIKE CONCAT(:search, '%')) ORDER BY name",
            countQuery = "SELECT COUNT(*) FROM sectors WHERE (:search = '' OR name LIKE CONCAT('%', :search, '%') OR code LIKE CONCAT(:search, '%'))")
    Page<Sector> search(String search, Pageable pageable);

    List<Sector> findByActiveTrueOrderByName();
}
