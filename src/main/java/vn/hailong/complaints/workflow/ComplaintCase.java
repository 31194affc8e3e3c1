package vn.hailong.complaints.workflow;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.complaints.ComplaintKind;

import java.time.Instant;

/**
 * A complaint as its handlers work it: what it is about, where it stands, who holds it, its current clocks and its
 * answer. The citizen's phone and name are not here (they are encrypted at rest and shown only on purpose):
 * {@code hasPhone}, {@code hasName} and the last four digits say what exists.
 *
 * @param unitId         the unit the complaint is about (or filed at)
 * @param handlingUnitId the unit that handles it (routing, transfer and escalation move it)
 * @param dueAt          the due time the citizen is told: the answer's, or acceptance's while no answer clock runs
 * @param nextDueAt      the earliest due time of the open mandatory steps, for queues
 */
public record ComplaintCase(long id,
                            String trackingCode,
                            ComplaintKind kind,
                            @Nullable Integer instance,
                            Urgency urgency,
                            boolean remoteArea,
                            CaseStatus status,
                            String channel,
                            @Nullable Long unitId,
                            @Nullable Long handlingUnitId,
                            @Nullable Long teamId,
                            @Nullable Long assigneeUserId,
                            @Nullable Long sectorId,
                            @Nullable Long officerId,
                            @Nullable Long counterId,
                            @Nullable Long procedureId,
                            @Nullable String dossierCode,
                            @Nullable Long ratingId,
                            @Nullable Long receptionId,
                            String text,
                            @Nullable String phoneLast4,
                            boolean hasPhone,
                            boolean hasName,
                            boolean contactRequested,
                            @Nullable String receiverLabel,
                            Instant receivedAt,
                            Instant dueAt,
                            @Nullable Instant nextDueAt,
                            @Nullable Step nextStep,
                            @Nullable String answer,
                            @Nullable Instant answeredAt,
                            @Nullable Instant closedAt,
                            @Nullable String citizenVerdict,
                            @Nullable String citizenComment,
                            @Nullable Instant citizenRatedAt,
                            int infoRequests,
                            int extensions,
                            int reopenCount,
                            int escalationLevel,
                            int version) {

    public CaseType caseType() {
        return CaseType.of(kind, instance);
    }

    /** A denunciation: the denouncer's identity is for the assigned handling team only. */
    public boolean confidential() {
        return kind == ComplaintKind.TO_CAO;
    }

    public Builder toBuilder() {
        return Builder.from(this);
    }

    /** A copy with some fields changed. */
    public static final class Builder {
        private long id;
        private String trackingCode;
        private ComplaintKind kind;
        private Integer instance;
        private Urgency urgency;
        private boolean remoteArea;
        private CaseStatus status;
        private String channel;
        private Long unitId;
        private Long handlingUnitId;
        private Long teamId;
        private Long assigneeUserId;
        private Long sectorId;
        private Long officerId;
        private Long counterId;
        private Long procedureId;
        private String dossierCode;
        private Long ratingId;
        private Long receptionId;
        private String text;
        private String phoneLast4;
        private boolean hasPhone;
        private boolean hasName;
        private boolean contactRequested;
        private String receiverLabel;
        private Instant receivedAt;
        private Instant dueAt;
        private Instant nextDueAt;
        private Step nextStep;
        private String answer;
        private Instant answeredAt;
        private Instant closedAt;
        private String citizenVerdict;
        private String citizenComment;
        private Instant citizenRatedAt;
        private int infoRequests;
        private int extensions;
        private int reopenCount;
        private int escalationLevel;
        private int version;

        static Builder from(ComplaintCase c) {
            Builder b = new Builder();
            b.id = c.id;
            b.trackingCode = c.trackingCode;
            b.kind = c.kind;
            b.instance = c.instance;
            b.urgency = c.urgency;
            b.remoteArea = c.remoteArea;
            b.status = c.status;
            b.channel = c.channel;
            b.unitId = c.unitId;
            b.handlingUnitId = c.handlingUnitId;
            b.teamId = c.teamId;
            b.assigneeUserId = c.assigneeUserId;
            b.sectorId = c.sectorId;
            b.officerId = c.officerId;
            b.counterId = c.counterId;
            b.procedureId = c.procedureId;
            b.dossierCode = c.dossierCode;
            b.ratingId = c.ratingId;
            b.receptionId = c.receptionId;
            b.text = c.text;
            b.phoneLast4 = c.phoneLast4;
            b.hasPhone = c.hasPhone;
            b.hasName = c.hasName;
            b.contactRequested = c.contactRequested;
            b.receiverLabel = c.receiverLabel;
            b.receivedAt = c.receivedAt;
            b.dueAt = c.dueAt;
            b.nextDueAt = c.nextDueAt;
            b.nextStep = c.nextStep;
            b.answer = c.answer;
            b.answeredAt = c.answeredAt;
            b.closedAt = c.closedAt;
            b.citizenVerdict = c.citizenVerdict;
            b.citizenComment = c.citizenComment;
            b.citizenRatedAt = c.citizenRatedAt;
            b.infoRequests = c.infoRequests;
            b.extensions = c.extensions;
            b.reopenCount = c.reopenCount;
            b.escalationLevel = c.escalationLevel;
            b.version = c.version;
            return b;
        }

        public Builder id(long v) { this.id = v; return this; }
        public Builder trackingCode(String v) { this.trackingCode = v; return this; }
        public Builder kind(ComplaintKind v) { this.kind = v; return this; }
        public Builder instance(Integer v) { this.instance = v; return this; }
        public Builder urgency(Urgency v) { this.urgency = v; return this; }
        public Builder remoteArea(boolean v) { this.remoteArea = v; return this; }
        public Builder status(CaseStatus v) { this.status = v; return this; }
        public Builder channel(String v) { this.channel = v; return this; }
        public Builder unitId(Long v) { this.unitId = v; return this; }
        public Builder handlingUnitId(Long v) { this.handlingUnitId = v; return this; }
        public Builder teamId(Long v) { this.teamId = v; return this; }
        public Builder assigneeUserId(Long v) { this.assigneeUserId = v; return this; }
        public Builder sectorId(Long v) { this.sectorId = v; return this; }
        public Builder officerId(Long v) { this.officerId = v; return this; }
        public Builder counterId(Long v) { this.counterId = v; return this; }
        public Builder procedureId(Long v) { this.procedureId = v; return this; }
        public Builder dossierCode(String v) { this.dossierCode = v; return this; }
        public Builder ratingId(Long v) { this.ratingId = v; return this; }
        public Builder receptionId(Long v) { this.receptionId = v; return this; }
        public Builder text(String v) { this.text = v; return this; }
        public Builder phoneLast4(String v) { this.phoneLast4 = v; return this; }
        public Builder hasPhone(boolean v) { this.hasPhone = v; return this; }
        public Builder hasName(boolean v) { this.hasName = v; return this; }
        public Builder contactRequested(boolean v) { this.contactRequested = v; return this; }
        public Builder receiverLabel(String v) { this.receiverLabel = v; return this; }
        public Builder receivedAt(Instant v) { this.receivedAt = v; return this; }
        public Builder dueAt(Instant v) { this.dueAt = v; return this; }
        public Builder nextDueAt(Instant v) { this.nextDueAt = v; return this; }
        public Builder nextStep(Step v) { this.nextStep = v; return this; }
        public Builder answer(String v) { this.answer = v; return this; }
        public Builder answeredAt(Instant v) { this.answeredAt = v; return this; }
        public Builder closedAt(Instant v) { this.closedAt = v; return this; }
        public Builder citizenVerdict(String v) { this.citizenVerdict = v; return this; }
        public Builder citizenComment(String v) { this.citizenComment = v; return this; }
        public Builder citizenRatedAt(Instant v) { this.citizenRatedAt = v; return this; }
        public Builder infoRequests(int v) { this.infoRequests = v; return this; }
        public Builder extensions(int v) { this.extensions = v; return this; }
        public Builder reopenCount(int v) { this.reopenCount = v; return this; }
        public Builder escalationLevel(int v) { this.escalationLevel = v; return this; }
        public Builder version(int v) { this.version = v; return this; }

        public ComplaintCase build() {
            return new ComplaintCase(id, trackingCode, kind, instance, urgency, remoteArea, status, channel, unitId, handlingUnitId, teamId, assigneeUserId, sectorId, officerId, counterId, procedureId, dossierCode, ratingId, receptionId, text, phoneLast4, hasPhone, hasName, contactRequested, receiverLabel, receivedAt, dueAt, nextDueAt, nextStep, answer, answeredAt, closedAt, citizenVerdict, citizenComment, citizenRatedAt, infoRequests, extensions, reopenCount, escalationLevel, version);
        }
    }
}
