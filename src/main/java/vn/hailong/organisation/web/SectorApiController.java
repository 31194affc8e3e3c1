package vn.hailong.organisation.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.SectorDraft;
import vn.hailong.organisation.SectorRegistry;
import vn.hailong.web.problem.ApiProblems;

@Controller(SectorApiController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER", "HANDLER", "OFFICER", "INTEGRATION"})
@Tag(name = "Directory")
class SectorApiController {

    static final String PATH = "/api/v1/sectors";

    private final DirectoryApi<Sector, SectorDraft, DirectoryViews.SectorView> api;

    SectorApiController(SectorRegistry registry) {
        this.api = new DirectoryApi<>(PATH, DirectoryViews.SectorView::of, registry::create,
                (actor, text, pageable) -> registry.search(text, pageable), (actor, code) -> registry.find(code),
                registry::update, (actor, code) -> registry.setActive(actor, code, false));
    }

    @Post
    @Secured("ADMIN")
    @Operation(operationId = "createSector", summary = "Create a sector", description = "Admin token. The code is unique among sectors.")
    @ApiResponse(responseCode = "201", description = "Created; the body is the stored sector", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.Conflict
    HttpResponse<DirectoryViews.SectorView> create(@Body @Valid DirectoryRequests.SectorRequest request, Authentication auth) {
        return api.create(request.draft(), auth);
    }

    /**
     * @param q    text to look for in code and name
     * @param page page number, from 0 (default 0)
     * @param size items per page, 1 to 500 (default 50)
     */
    @Get
    @Operation(operationId = "listSectors", summary = "List or search sectors", description = "The sectors the token may see, a page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of sectors, with the total count", useReturnTypeSchema = true)
    @ApiProblems.Token
    DirectoryViews.PageView<DirectoryViews.SectorView> list(@Nullable @QueryValue String q, @Nullable @QueryValue Integer page,
                                                       @Nullable @QueryValue Integer size, Authentication auth) {
        return api.list(q, page, size, auth);
    }

    @Get("/{code}")
    @Operation(operationId = "getSector", summary = "Get one sector by its code")
    @ApiResponse(responseCode = "200", description = "The sector", useReturnTypeSchema = true)
    @ApiProblems.Token
    @ApiProblems.NotFound
    DirectoryViews.SectorView show(String code, Authentication auth) {
        return api.show(code, auth);
    }

    @Put("/{code}")
    @Secured("ADMIN")
    @Operation(operationId = "updateSector", summary = "Replace a sector", description = "Admin token. Every field is sent; the code in the path stays the key.")
    @ApiResponse(responseCode = "200", description = "The stored sector", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    DirectoryViews.SectorView update(String code, @Body @Valid DirectoryRequests.SectorRequest request, Authentication auth) {
        return api.update(code, request.draft(), auth);
    }

    @Delete("/{code}")
    @Secured("ADMIN")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deactivateSector", summary = "Deactivate a sector", description = "Admin token.")
    @ApiResponse(responseCode = "204", description = "Deactivated")
    @ApiProblems.Token
    @ApiProblems.NotFound
    void deactivate(String code, Authentication auth) {
        api.deactivate(code, auth);
    }
}
