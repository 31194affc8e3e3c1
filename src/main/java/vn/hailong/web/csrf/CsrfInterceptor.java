package vn.hailong.web.csrf;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import vn.hailong.web.CsrfTokens;
import vn.hailong.web.problem.ProblemException;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

@Singleton
@InterceptorBean(CsrfProtected.class)
final class CsrfInterceptor implements MethodInterceptor<Object, Object> {

    private static final Set<HttpMethod> SAFE = EnumSet.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final CsrfTokens tokens;

    CsrfInterceptor(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
        if (request.isEmpty() || SAFE.contains(request.get().getMethod())) {
            return context.proceed();
        }
        String presented = null;
        for (Object argument : context.getParameterValues()) {
            if (argument instanceof CsrfForm form) {
                presented = form.csrfToken();
            }
        }
        if (!tokens.matches(request.get(), presented)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "web.csrf.invalid");
        }
        return context.proceed();
    }
}
