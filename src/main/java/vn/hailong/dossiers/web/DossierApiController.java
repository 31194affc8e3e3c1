package vn.hailong.dossiers.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.dossiers.DossierFeed;
import vn.hailong.dossiers.DossierSubmission;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.problem.ApiProblems;

import java.time.OffsetDateTime;

/** product.md §4.5: the one-stop software reports a dossier by its code, as often and in whatever order it likes. */
@Controller("/api/v1/dossiers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Dossiers")
class DossierApiController {

    private final DossierFeed feed;

    DossierApiController(DossierFeed feed) {
        this.feed = feed;
    }

    @Serdeable
    record DossierRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Official code of the procedure (thủ tục)") @Nullable String procedureCode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The unit that handles the dossier; within the token's unit subtree") @Nullable String unitCode,
            @Schema(description = "Officer who received it, by code (in the same unit)") @Nullable String officerCode,
            @Schema(description = "Counter, by code (in the same unit); the officer's counter when left out") @Nullable String counterCode,
            @Schema(description = "The citizen's Vietnamese mobile number, any usual spelling (0912 345 678, +84…); stored encrypted") @Nullable String citizenPhone,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "When the dossier was received (ISO 8601 with offset)") @Nullable OffsetDateTime receivedAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The promised return (ngày hẹn trả)") @Nullable OffsetDateTime appointmentAt,
            @Schema(description = "When the result was ready") @Nullable OffsetDateTime finishedAt,
            @Schema(description = "When the result reached the citizen; the first time it is reported, a rating invitation may follow") @Nullable OffsetDateTime returnedAt,
            @Schema(description = "How it was filed: TRUC_TIEP (in person), TRUC_TUYEN (online) or BUU_CHINH (by post)") @Nullable String channel) {
    }

    @Serdeable
    record DossierAnswer(String code,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Now: IN_PROGRESS (đang giải quyết), OVERDUE (past its appointment without a result), FINISHED (result ready) or RETURNED",
                                 allowableValues = {"IN_PROGRESS", "OVERDUE", "FINISHED", "RETURNED"}) String state,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The result came (or has not come by now) after the first promised return") boolean late,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The appointment in force (moved once by an apology at most)") OffsetDateTime appointmentAt,
                         @Schema(description = "The citizen's number, masked; absent when none is known") @Nullable String citizenPhone) {
    }

    @Put("/{code}")
    @Secured({"INTEGRATION", "ADMIN"})
    @Operation(operationId = "reportDossier", summary = "Create or update a dossier", description = """
            Integration or admin token; the dossier's unit (now and in the report) must lie within the token's unit \
            subtree. Send the dossier each time it changes: the same report again changes nothing, and an older or \
            partial report never moves a dossier backwards. A time once stored (`receivedAt`, `finishedAt`, \
            `returnedAt`) is kept: later reports neither clear nor move it. A report that lacks a time the dossier \
            already has is out of date and only fills fields still empty; otherwise its unit, procedure and \
            appointment replace the stored ones and the optional fields it gives replace theirs (left out: kept; \
            a move to another unit also replaces the officer and counter). \
            After a re-schedule with an apology the appointment only moves later. Times may not lie in the future \
            (5 minutes of clock difference are allowed) nor before `receivedAt`.""",
            requestBody = @RequestBody(content = @Content(mediaType = "application/json", examples = {
                @ExampleObject(name = "received", summary = "Just received at the counter", value = """
                {"procedureCode": "1.001193", "unitCode": "46.TTPVHCC", "officerCode": "CB.46.01", "citizenPhone": "0912345678",
                 "receivedAt": "2026-11-20T08:30:00+07:00", "appointmentAt": "2026-11-25T17:00:00+07:00", "channel": "TRUC_TIEP"}
                """),
                @ExampleObject(name = "returned", summary = "The result handed back", value = """
                {"procedureCode": "1.001193", "unitCode": "46.TTPVHCC", "officerCode": "CB.46.01", "citizenPhone": "0912345678",
                 "receivedAt": "2026-11-20T08:30:00+07:00", "appointmentAt": "2026-11-25T17:00:00+07:00",
                 "finishedAt": "2026-11-24T15:10:00+07:00", "returnedAt": "2026-11-25T09:05:00+07:00", "channel": "TRUC_TIEP"}
                """)})))
    @ApiResponse(responseCode = "201", description = "A new dossier", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "The dossier as stored after the report (unchanged when nothing was new)", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    HttpResponse<DossierAnswer> report(@PathVariable String code, @Body DossierRequest r, Authentication auth) {
        DossierFeed.Reported reported = feed.report(Actor.of(auth), code, new DossierSubmission(r.procedureCode(),
                r.unitCode(), r.officerCode(), r.counterCode(), r.citizenPhone(), r.receivedAt(), r.appointmentAt(),
                r.finishedAt(), r.returnedAt(), r.channel()));
        var d = reported.dossier();
        DossierAnswer body = new DossierAnswer(d.code(), reported.state().name(), reported.late(),
                d.appointmentAt().atZone(ClockFactory.VIETNAM).toOffsetDateTime(),
                d.phone() == null ? null : d.phone().masked());
        return reported.created() ? HttpResponse.created(body) : HttpResponse.ok(body);
    }
}
