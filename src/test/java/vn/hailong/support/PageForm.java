package vn.hailong.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.select.Elements;
import vn.hailong.web.WebSession;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A form of a page as the server rendered it, filled in and submitted the way a browser does: what is sent is
 * jsoup's {@link FormElement#formData()} of the rendered markup, so every hidden field (the CSRF token), every
 * duplicated name and every select's selected option goes along, and only fields the page shows can be set.
 * <pre>
 * PageForm.open(admin, "/quan-tri/quay/moi").set("code", "Q1").select("unitCode", "Phường An Cựu (46)").submit();
 * </pre>
 */
public final class PageForm {

    private final WebSession session;
    private final URI page;
    private final FormElement form;
    private final Map<String, FilePart> files = new LinkedHashMap<>();

    private record FilePart(String filename, MediaType type, byte[] content) {
    }

    private PageForm(WebSession session, URI page, FormElement form) {
        this.session = session;
        this.page = page;
        this.form = form;
    }

    /** The first form on the page at {@code path}. */
    public static PageForm open(WebSession session, String path) {
        return open(session, path, "form");
    }

    /**
     * The form matching {@code cssSelector} (e.g. {@code form[data-testid=unit-form]}), or the first form inside the
     * element it matches, on the page at {@code path}.
     */
    public static PageForm open(WebSession session, String path, String cssSelector) {
        WebSession.Page shown = session.get(path);
        if (shown.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + shown.status() + ":\n" + shown.body());
        }
        return of(session, path, shown, cssSelector);
    }

    /** A form of a page already fetched (e.g. the form shown again after a refused submit). */
    public static PageForm of(WebSession session, String path, WebSession.Page shown, String cssSelector) {
        Document html = shown.html();
        Element found = html.selectFirst(cssSelector);
        if (found != null && !(found instanceof FormElement)) {
            found = found.selectFirst("form");
        }
        if (!(found instanceof FormElement f)) {
            throw new AssertionError("No form " + cssSelector + " on " + path + ":\n" + shown.body());
        }
        return new PageForm(session, URI.create(path), f);
    }

    /** The rendered form, e.g. to check what it offers before filling it. */
    public FormElement element() {
        return form;
    }

    /**
     * Types into the text input or textarea named {@code name}, picks the option of a select by its value or its
     * label, or ticks the checkbox/radio with that value. The first field of that name is the one the user sees.
     */
    public PageForm set(String name, String value) {
        Element field = field(name);
        switch (field.normalName()) {
            case "select" -> choose(field, value);
            case "textarea" -> field.text(value);
            default -> {
                String type = field.attr("type").toLowerCase();
                if (type.equals("checkbox") || type.equals("radio")) {
                    check(name, value, true);
                } else if (type.equals("hidden")) {
                    throw new AssertionError(name + " is a hidden field: a user cannot type into it");
                } else {
                    field.val(value);
                }
            }
        }
        return this;
    }

    /** Picks the option of select {@code name} whose value or label is {@code valueOrLabel}. */
    public PageForm select(String name, String valueOrLabel) {
        Element field = field(name);
        if (!field.normalName().equals("select")) {
            throw new AssertionError(name + " is not a select");
        }
        choose(field, valueOrLabel);
        return this;
    }

    /** Ticks or clears the checkbox {@code name} (the one with {@code value}, when several share the name). */
    public PageForm check(String name, String value, boolean checked) {
        Elements boxes = form.select("input[name=" + name + "]" + (value == null ? "" : "[value=" + value + "]"));
        if (boxes.isEmpty()) {
            throw new AssertionError("No checkbox " + name + "=" + value + " in the form:\n" + form.outerHtml());
        }
        Element box = boxes.first();
        if (box.attr("type").equalsIgnoreCase("radio")) {
            form.select("input[type=radio][name=" + name + "]").removeAttr("checked");
        }
        if (checked) {
            box.attr("checked", "checked");
        } else {
            box.removeAttr("checked");
        }
        return this;
    }

    public PageForm check(String name, boolean checked) {
        return check(name, null, checked);
    }

    /** Chooses a file for the file input {@code name} (the form must be multipart). */
    public PageForm attach(String name, String filename, MediaType type, byte[] content) {
        Element field = field(name);
        if (!field.attr("type").equalsIgnoreCase("file")) {
            throw new AssertionError(name + " is not a file input");
        }
        files.put(name, new FilePart(filename, type, content));
        return this;
    }

    /** What a browser would send, in document order. */
    public List<Connection.KeyVal> data() {
        return form.formData();
    }

    /** Submits the form with the browser's encoding to its action (or the page itself when it has none). */
    public WebSession.Page submit() {
        String action = form.attr("action");
        URI target = action.isBlank() ? page : page.resolve(action);
        boolean multipart = form.attr("enctype").equalsIgnoreCase("multipart/form-data");
        MutableHttpRequest<?> request;
        if (multipart) {
            MultipartBody.Builder body = MultipartBody.builder();
            for (Connection.KeyVal kv : data()) {
                FilePart file = files.get(kv.key());
                if (file != null) {
                    body.addPart(kv.key(), file.filename(), file.type(), file.content());
                } else if (!field(kv.key()).attr("type").equalsIgnoreCase("file")) {
                    body.addPart(kv.key(), kv.value());
                }
            }
            request = HttpRequest.POST(target.toString(), body.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
        } else if (form.attr("method").equalsIgnoreCase("post")) {
            request = HttpRequest.POST(target.toString(), urlEncoded(data()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        } else {
            request = HttpRequest.GET(target.getPath() + "?" + urlEncoded(data()));
        }
        return session.exchange(request.accept(MediaType.TEXT_HTML_TYPE));
    }

    /** {@code application/x-www-form-urlencoded} as browsers write it (space as +, UTF-8). */
    public static String urlEncoded(List<Connection.KeyVal> data) {
        return data.stream().map(kv -> URLEncoder.encode(kv.key(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(kv.value(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private Element field(String name) {
        Element field = form.elements().stream().filter(e -> e.attr("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No field " + name + " in the form:\n" + form.outerHtml()));
        if (field.hasAttr("disabled")) {
            throw new AssertionError(name + " is disabled");
        }
        return field;
    }

    private static void choose(Element select, String valueOrLabel) {
        Elements options = select.select("option");
        Element chosen = options.stream().filter(o -> o.val().equals(valueOrLabel)).findFirst()
                .or(() -> options.stream().filter(o -> o.text().equals(valueOrLabel)).findFirst())
                .orElseThrow(() -> new AssertionError("No option " + valueOrLabel + " in select "
                        + select.attr("name") + ":\n" + select.outerHtml()));
        options.removeAttr("selected");
        chosen.attr("selected", "selected");
    }
}
