package vn.hailong.sms;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The message texts: checked when an admin saves them, previewed with sample values, and rendered for sending.
 * A GSM7 template is stored unaccented ({@link Unaccent}) and must fit one GSM-7 segment (160) with every
 * placeholder at its worst-case length ({@link Placeholder}: {link} and {site} as long as this service's public
 * address makes them); a UNICODE one may take up to {@code hailong.sms.max-unicode-segments} segments of 70/67.
 */
@Singleton
public class SmsTemplates {

    public static final int MAX_BODY = 1000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> KNOWN = Arrays.stream(Placeholder.values()).map(Placeholder::key)
            .collect(Collectors.toSet());

    private final SmsTemplateStore store;
    private final SmsSettings settings;
    private final String site;
    private final Clock clock;

    SmsTemplates(SmsTemplateStore store, SmsSettings settings,
                 @Value("${hailong.public-base-url:`http://localhost:8080`}") String publicBaseUrl, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.site = publicBaseUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    /**
     * A template as it would be saved: the stored text, the sample message and its count, and the worst-case count
     * the check uses; {@code problem} is the refusal saving it would meet, or null.
     */
    public record Preview(SmsPurpose purpose, SmsEncoding encoding, String body, String sample,
                          SmsSegments.Count sampleCount, SmsSegments.Count worstCount, int maxSegments,
                          RuleViolation problem) {
    }

    public List<SmsTemplate> all() {
        return store.all();
    }

    public SmsTemplate get(SmsPurpose purpose) {
        return store.byPurpose(purpose).orElseThrow(() -> new IllegalStateException("No template for " + purpose));
    }

    /** The public address {site} and links are made of. */
    public String site() {
        return site;
    }

    public Preview preview(SmsPurpose purpose, SmsEncoding encoding, String typed) {
        String body = normalised(encoding, typed);
        SmsSegments.Count sample = SmsSegments.count(fill(encoding, body,
                Placeholder.samples(site, settings.getLinkTokenLength())));
        SmsSegments.Count worst = SmsSegments.count(fill(encoding, body,
                Placeholder.worstCase(site, settings.getLinkTokenLength())));
        String sampleText = fill(encoding, body, Placeholder.samples(site, settings.getLinkTokenLength()));
        int max = encoding == SmsEncoding.GSM7 ? 1 : settings.getMaxUnicodeSegments();
        return new Preview(purpose, encoding, body, sampleText, sample, worst, max, problem(encoding, body, worst, max));
    }

    public Preview preview(SmsTemplate t) {
        return preview(t.purpose(), t.encoding(), t.body());
    }

    /** Saves a template, or refuses it (field {@code body}) with the count that is too long. */
    public void save(Actor actor, SmsPurpose purpose, SmsEncoding encoding, String typed) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw RuleViolation.forbidden("sms.error.adminOnly");
        }
        Preview p = preview(purpose, encoding, typed);
        if (p.problem() != null) {
            throw p.problem();
        }
        store.save(purpose, encoding, p.body(), clock.instant(), actor.name());
    }

    /**
     * The text of one message: the purpose's template with {@code params} filled in ({site} is this service's public
     * address unless given; other missing ones empty).
     */
    public String render(SmsPurpose purpose, Map<String, String> params) {
        return renderer(purpose).apply(params);
    }

    /** {@link #render} for many messages of one purpose: the template is read once (bulk history). */
    public java.util.function.Function<Map<String, String>, String> renderer(SmsPurpose purpose) {
        SmsTemplate t = get(purpose);
        return params -> fill(t, params);
    }

    private String fill(SmsTemplate t, Map<String, String> params) {
        Map<String, String> values = params;
        if (!params.containsKey(Placeholder.SITE.key())) {
            values = new java.util.HashMap<>(params);
            values.put(Placeholder.SITE.key(), site);
        }
        return fill(t.encoding(), t.body(), values);
    }

    private static String normalised(SmsEncoding encoding, String typed) {
        String body = typed == null ? "" : typed.strip().replace("\r\n", "\n");
        return encoding == SmsEncoding.GSM7 ? Unaccent.of(body) : body;
    }

    private static String fill(SmsEncoding encoding, String body, Map<String, String> params) {
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = params.get(m.group(1).strip());
            if (value == null) {
                value = KNOWN.contains(m.group(1).strip()) ? "" : m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(encoding == SmsEncoding.GSM7
                    ? Unaccent.forGsm7(value) : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static RuleViolation problem(SmsEncoding encoding, String body, SmsSegments.Count worst, int max) {
        if (body.isBlank()) {
            return RuleViolation.invalid("body", "sms.error.template.required");
        }
        if (body.length() > MAX_BODY) {
            return RuleViolation.invalid("body", "sms.error.template.length", MAX_BODY);
        }
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            if (!KNOWN.contains(m.group(1).strip())) {
                unknown.add(m.group());
            }
        }
        if (!unknown.isEmpty()) {
            return RuleViolation.invalid("body", "sms.error.template.placeholder", String.join(", ", unknown));
        }
        if (encoding == SmsEncoding.GSM7) {
            if (worst.encoding() != SmsEncoding.GSM7) {
                return RuleViolation.invalid("body", "sms.error.template.notGsm7", worst.firstOutsideGsm());
            }
            if (worst.segments() > 1) {
                return RuleViolation.invalid("body", "sms.error.template.tooLong", worst.units(),
                        SmsSegments.GSM7_SINGLE, worst.segments());
            }
        } else if (worst.segments() > max) {
            return RuleViolation.invalid("body", "sms.error.template.tooManySegments", worst.segments(), max,
                    worst.units());
        }
        return null;
    }
}
