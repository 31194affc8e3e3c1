package vn.hailong.web;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.web.problem.ProblemException;
import vn.hailong.web.problem.ProblemMessage;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Error responses: a readable Vietnamese (or English) page in the layout for a browser asking for HTML, and
 * problem+json for everything else. {@code /api/**} and {@code /sms/**} always get problem+json, whatever the client
 * accepts, so machine clients see one error shape.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class HtmlErrorResponseProcessor implements ErrorResponseProcessor<Object> {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlErrorResponseProcessor.class);
    private static final Set<Integer> OWN_PAGES = Set.of(400, 403, 404, 405, 500, 503);

    private final JsonErrorResponseBodyProvider<?> json;
    private final BeanProvider<ThymeleafViewsRenderer<Object>> renderer;
    private final BeanProvider<LayoutModelProcessor> layout;

    HtmlErrorResponseProcessor(JsonErrorResponseBodyProvider<?> json,
                               BeanProvider<ThymeleafViewsRenderer<Object>> renderer,
                               BeanProvider<LayoutModelProcessor> layout) {
        this.json = json;
        this.renderer = renderer;
        this.layout = layout;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        MutableHttpResponse raw = response;
        if (request.getMethod() == HttpMethod.HEAD) {
            return raw;
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {}: {}", request.getMethod(), request.getPath(), response.getStatus().getCode(),
                    context.getErrors().stream().map(e -> e.getMessage()).toList(), context.getRootCause().orElse(null));
        }
        if (wantsHtml(request)) {
            try {
                return raw.body(page(context, response.getStatus().getCode())).contentType(MediaType.TEXT_HTML_TYPE
                        + ";charset=utf-8");
            } catch (RuntimeException | IOException e) {
                LOG.warn("Could not render the HTML error page; answering with problem+json", e);
            }
        }
        return raw.body(json.body(context, response)).contentType(json.contentType());
    }

    static boolean wantsHtml(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/sms/")) {
            return false;
        }
        // exact names: a browser's */* must not count as asking for JSON
        return request.accept().stream().anyMatch(m -> MediaType.TEXT_HTML.equals(m.getName()))
                && request.accept().stream().noneMatch(m -> MediaType.APPLICATION_JSON.equals(m.getName())
                || "application/problem+json".equals(m.getName()));
    }

    /** The page of the status, in the page's language; our own {@link ProblemException} says what went wrong. */
    private String page(ErrorContext context, int status) throws IOException {
        HttpRequest<?> request = context.getRequest();
        int known = OWN_PAGES.contains(status) ? status : (status >= 500 ? 500 : 400);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("status", status);
        model.put("titleKey", "web.error." + known + ".title");
        ProblemMessage message = context.getRootCause().filter(ProblemException.class::isInstance)
                .map(e -> ((ProblemException) e).message())
                .orElse(ProblemMessage.of(null, "web.error." + known + ".message"));
        model.put("messageKey", message.key());
        model.put("messageArgs", message.args().toArray());
        Map<String, Object> full = layout.get().modelFor(request, model);
        StringWriter out = new StringWriter();
        renderer.get().render("error/page", full, request).writeTo(out);
        return out.toString();
    }
}
