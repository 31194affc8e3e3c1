package vn.hailong.web.csrf;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import vn.hailong.web.CsrfTokens;

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
            throw new HttpStatusException(HttpStatus.FORBIDDEN,
                    "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại (invalid form token).");
        }
        return context.proceed();
    }
}
