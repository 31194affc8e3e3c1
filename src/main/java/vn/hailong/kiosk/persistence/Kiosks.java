package vn.hailong.kiosk.persistence;


import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import vn.hailong.kiosk.Kiosk;

import java.util.List;
import java.util.Optional;

/** Kiosks as rows (Micronaut Data). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface Kiosks extends CrudRepository<Kiosk, Long> {

    Optional<Kiosk> findByCode(String code);

    boolean existsByCode(String code);

    List<Kiosk> findByIdIn(java.util.Collection<Long> ids);

    @Query("UPDATE kiosks SET active = :active, updated_at = :updatedAt WHERE id = :id")
    void updateActive(Long id, boolean active, java.time.Instant updatedAt);

    @Query("SELECT k.* FROM kiosks k JOIN units u ON u.id = k.unit_id WHERE u.path LIKE CONCAT(:pathPrefix, '%') ORDER BY k.code")
    List<Kiosk> findInSubtree(String pathPrefix);
}
