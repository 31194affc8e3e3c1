package vn.hailong.complaints.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.hailong.complaints.AttachmentStore;
import vn.hailong.complaints.CaseAttachments;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /xu-ly/tep/{id}}: one attachment of a case, as a download, to staff who see the case
 * ({@link CaseAttachments#download}); 404 for anyone else, so that ids do not tell which cases exist. Always
 * {@code Content-Disposition: attachment} with the type detected when it was received, and {@code nosniff} (set on
 * every response by {@code web.SecurityHeadersFilter}), so that the browser never runs what a citizen uploaded.
 */
@Controller(AttachmentDownloadController.BASE)
// the roles that see cases (ComplaintWorkflow.HANDLING_ROLES) and admins, who may read them
@Secured({"HANDLER", "UNIT_MANAGER", "PROVINCE_MANAGER", "ADMIN"})
// a link in a page: the browser asks for text/html (and */*); the answer is the file's own type
@Produces(MediaType.ALL)
@ExecuteOn(TaskExecutors.BLOCKING)
class AttachmentDownloadController {

    static final String BASE = "/xu-ly/tep";

    private final CaseAttachments attachments;

    AttachmentDownloadController(CaseAttachments attachments) {
        this.attachments = attachments;
    }

    /** Where the case page links one attachment. */
    static String href(long attachmentId) {
        return BASE + "/" + attachmentId;
    }

    @Get("/{id}")
    HttpResponse<byte[]> download(Authentication authentication, @PathVariable String id) {
        long attachmentId;
        try {
            attachmentId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw RuleViolation.notFound("complaints.error.attachment.notFound");
        }
        AttachmentStore.AttachmentFile file = attachments.download(Actor.of(authentication), attachmentId);
        return HttpResponse.ok(file.content()).contentType(file.contentType())
                .header("Content-Disposition", disposition(file.filename()))
                .header("Cache-Control", "private, no-store");
    }

    /** {@code attachment} with an ASCII fallback name and the real one in RFC 5987 form (Vietnamese names). */
    static String disposition(String filename) {
        String ascii = java.text.Normalizer.normalize(filename, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9._-]+", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + (ascii.isBlank() ? "tep" : ascii) + "\"; filename*=UTF-8''" + encoded;
    }
}
