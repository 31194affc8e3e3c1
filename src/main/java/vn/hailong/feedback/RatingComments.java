package vn.hailong.feedback;

import jakarta.inject.Singleton;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The comments citizens most often left with their ratings in a unit subtree and period (for the periodic report),
 * normalised (case, spaces, end punctuation) so that "Chờ lâu." and "chờ lâu" count as one, with personal data
 * masked: a citizen may type a phone number, an ID number or an officer's name into a comment, and none of it may
 * leave the system in a report.
 */
@Singleton
public class RatingComments {

    /** Comments grouped by exact text read before normalising: enough to merge the variants of the frequent ones. */
    private static final int GROUPS_READ = 500;
    static final String MASK = "***";
    /** Runs of digits (phone numbers, ID numbers, dossier codes), also when written with spaces, dots or dashes. */
    private static final Pattern DIGITS = Pattern.compile("\\+?\\d(?:[\\d .\\-]*\\d)?");
    /** A capitalised word after a form of address is a name: "chị Lan", "anh Nguyễn Văn Bình", "cán bộ Hùng". */
    private static final Pattern ADDRESSED = Pattern.compile(
            "(?iuU)\\b(anh|chị|chi|ông|ong|bà|ba|cô|chú|em|bác|cán bộ|cb|công chức|mr|mrs|ms)\\s+((?-i)\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*)*)");
    /** Two or more capitalised words in a row are a full name wherever they stand ("Nguyễn Văn An"). */
    private static final Pattern FULL_NAME = Pattern.compile("\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)+");

    public record Frequent(String text, long count) {
    }

    private final Directory directory;
    private final UnitScope scope;
    private final RatingCommentStore store;

    RatingComments(Directory directory, UnitScope scope, RatingCommentStore store) {
        this.directory = directory;
        this.scope = scope;
        this.store = store;
    }

    /** At most {@code limit} comments, most frequent first (then alphabetically); 404 outside the actor's subtree. */
    public List<Frequent> mostFrequent(Actor actor, String unitCode, LocalDate from, LocalDate to, int limit) {
        Unit unit = directory.unitByCode(unitCode)
                .orElseThrow(() -> RuleViolation.notFound("organisation.error.unit.notFound", unitCode));
        scope.requireVisible(actor, unit.id(), unitCode);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RatingCommentStore.Grouped g : store.mostFrequent(unit.path(), from, to, GROUPS_READ)) {
            String text = normalise(g.text());
            if (!text.isEmpty() && !text.equals(MASK)) {
                counts.merge(text, g.count(), Long::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .limit(limit).map(e -> new Frequent(e.getKey(), e.getValue())).toList();
    }

    /** Personal data masked, then lower case, single spaces, no punctuation at the ends, at most 200 characters. */
    static String normalise(String comment) {
        String masked = mask(comment);
        String text = masked.toLowerCase(Locale.forLanguageTag("vi")).replaceAll("\\s+", " ").strip()
                .replaceAll("^[\\p{P}\\s&&[^*]]+|[\\p{P}\\s&&[^*]]+$", "");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    static String mask(String comment) {
        String text = DIGITS.matcher(comment).replaceAll(MASK);
        text = ADDRESSED.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + " " + MASK));
        return FULL_NAME.matcher(text).replaceAll(MASK);
    }
}
