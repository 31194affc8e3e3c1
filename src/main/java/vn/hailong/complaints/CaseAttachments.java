package vn.hailong.complaints;

import jakarta.inject.Singleton;
import vn.hailong.complaints.routing.HandlingTeams;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

import java.util.List;

/**
 * The attachments of a case for staff: listed for the case page, served only to staff who see the case
 * ({@link ComplaintWorkflow#file}); a denunciation's files may name the denouncer, so only those who see the
 * denouncer's identity get them. Anything else is "not found", like a case out of reach.
 */
@Singleton
public class CaseAttachments {

    private final AttachmentStore store;
    private final ComplaintWorkflow workflow;
    private final HandlingTeams teams;

    CaseAttachments(AttachmentStore store, ComplaintWorkflow workflow, HandlingTeams teams) {
        this.store = store;
        this.workflow = workflow;
        this.teams = teams;
    }

    /** The attachments of a case (the caller has already shown the case to this actor), in the citizen's order. */
    public List<AttachmentStore.AttachmentInfo> attachmentsOf(long caseId) {
        return store.attachmentsOf(caseId);
    }

    /** One attachment with its bytes, for an actor who sees its case; 404 ({@code complaints.error.attachment.notFound}) otherwise. */
    public AttachmentStore.AttachmentFile download(Actor actor, long attachmentId) {
        AttachmentStore.AttachmentFile file = store.byId(attachmentId).orElseThrow(CaseAttachments::notFound);
        ComplaintCase c;
        try {
            c = workflow.file(actor, file.trackingCode()).complaint();
        } catch (RuleViolation e) {
            throw notFound();
        }
        if (c.confidential() && !workflow.seesIdentity(actor, c, team -> teams.isMember(team, actor.id()))) {
            throw notFound();
        }
        return file;
    }

    private static RuleViolation notFound() {
        return RuleViolation.notFound("complaints.error.attachment.notFound");
    }
}
