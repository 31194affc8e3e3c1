package vn.hailong.complaints;

import jakarta.inject.Singleton;
import org.apache.tika.Tika;
import vn.hailong.shared.errors.RuleViolation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Checks what a citizen attaches to a complaint: photos (JPEG, PNG, WebP) or PDF, recognised from the bytes (Apache
 * Tika's magic numbers), never from the file name or the type the browser claims, so that a script renamed
 * {@code .png} is refused; at most {@link AttachmentLimits#getMaxCount()} files of
 * {@link AttachmentLimits#getMaxBytes()} each. Serving them later is safe because the stored type is the detected one.
 */
@Singleton
public class Attachments {

    /** What a citizen chose in one file field: {@code field} names it for the error message. */
    public record Upload(String field, String filename, byte[] content) {
        boolean empty() {
            return content == null || content.length == 0;
        }
    }

    static final Set<String> ALLOWED = Set.of("image/jpeg", "image/png", "image/webp", "application/pdf");
    private static final int MAX_NAME = 200;

    private final AttachmentLimits limits;
    private final Tika tika = new Tika();

    Attachments(AttachmentLimits limits) {
        this.limits = limits;
    }

    public AttachmentLimits limits() {
        return limits;
    }

    /**
     * The uploads as attachments, empty fields left out.
     *
     * @throws RuleViolation with a message next to each refused field
     */
    public List<ComplaintAttachment> check(List<Upload> uploads) {
        RuleViolation.Builder problems = RuleViolation.builder();
        List<ComplaintAttachment> accepted = new ArrayList<>();
        int chosen = 0;
        for (Upload u : uploads) {
            boolean named = u.filename() != null && !u.filename().isBlank();
            if (u.empty() && !named) {
                continue;
            }
            chosen++;
            if (chosen > limits.getMaxCount()) {
                problems.invalid(u.field(), "complaints.error.attachment.tooMany", limits.getMaxCount());
                continue;
            }
            if (u.empty()) {
                problems.invalid(u.field(), "complaints.error.attachment.empty", displayName(u.filename()));
                continue;
            }
            if (u.content().length > limits.getMaxBytes()) {
                problems.invalid(u.field(), "complaints.error.attachment.tooBig", displayName(u.filename()),
                        size(limits.getMaxBytes()));
                continue;
            }
            String type = tika.detect(u.content());
            if (!ALLOWED.contains(type)) {
                problems.invalid(u.field(), "complaints.error.attachment.type", displayName(u.filename()));
                continue;
            }
            accepted.add(new ComplaintAttachment(storedName(u.filename(), type), type, u.content().length,
                    sha256(u.content()), u.content()));
        }
        problems.throwIfAny();
        return accepted;
    }

    /** A size limit in words: "3 MB", "2,5 MB", "40 KB". */
    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " KB";
        }
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.floor(mb) ? Long.toString((long) mb)
                : String.format(java.util.Locale.ROOT, "%.1f", mb).replace('.', ',')) + " MB";
    }

    private static String displayName(String filename) {
        return filename == null || filename.isBlank() ? "?" : baseName(filename);
    }

    /** The name without any path a browser sent, without control characters, cut to a sane length. */
    static String storedName(String filename, String type) {
        String name = filename == null ? "" : baseName(filename).replaceAll("[\\p{Cntrl}\"\\\\]", "").strip();
        if (name.isEmpty()) {
            name = "tep-dinh-kem" + switch (type) {
                case "image/jpeg" -> ".jpg";
                case "image/png" -> ".png";
                case "image/webp" -> ".webp";
                default -> ".pdf";
            };
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    private static String baseName(String filename) {
        String n = filename.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
