package vn.hailong.web.csrf;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every POST, PUT, PATCH or DELETE handled by the annotated page controller must bind a {@link CsrfForm} whose
 * token is the one {@link vn.hailong.web.CsrfTokens} gave the visitor; otherwise the request is refused with 403. Fail-closed:
 * an unsafe method without a CsrfForm parameter is refused too.
 *
 * <p>Why not micronaut-security-csrf's filter: in Micronaut 4.10 it reads the form body inside a filter and
 * intermittently fails with "newFilterContext is null" (micronaut-core#11341, micronaut-security#1984). Checking
 * after the body is bound avoids reading it twice.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
public @interface CsrfProtected {
}
