package vn.hailong.shared.persistence;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transactional method that is run again, a few times, when the database rolls its transaction back as the
 * victim of a conflict with another one: an InnoDB deadlock, a lock wait timeout, or a Galera certification failure
 * (which MariaDB reports as a deadlock at commit). Only for a method that starts its own transaction and has no
 * effect outside the database before it commits; inside a caller's transaction it is not retried (that
 * transaction is lost with the conflict, and only its owner can start it again). See {@link ConflictRetries}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Around
public @interface RetriedOnConflict {
}
