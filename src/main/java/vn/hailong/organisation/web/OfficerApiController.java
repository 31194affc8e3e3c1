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
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.OfficerDraft;
import vn.hailong.organisation.OfficerRegistry;
import vn.hailong.web.problem.ApiProblems;

@Controller(OfficerApiController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER", "HANDLER", "OFFICER", "INTEGRATION"})
@Tag(name = "Directory")
class OfficerApiController {

    static final String PATH = "/api/v1/officers";

    private final DirectoryApi<Officer, OfficerDraft, DirectoryViews.OfficerView> api;

    OfficerApiController(OfficerRegistry registry, Directory directory) {
        this.api = new DirectoryApi<>(PATH, o -> DirectoryViews.OfficerView.of(o, directory),
                registry::create, registry::search, registry::find, registry::update,
                (actor, code) -> registry.setActive(actor, code, false));
    }

    @Post
    @Secured("ADMIN")
    @Operation(operationId = "createOfficer", summary = "Create an officer", description = "Admin token. The code is unique among officers.")
    @ApiResponse(responseCode = "201", description = "Created; the body is the stored officer", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.Conflict
    HttpResponse<DirectoryViews.OfficerView> create(@Body @Valid DirectoryRequests.OfficerRequest request, Authentication auth) {
        return api.create(request.draft(), auth);
    }

    /**
     * @param q    text to look for in code and name
     * @param page page number, from 0 (default 0)
     * @param size items per page, 1 to 500 (default 50)
     */
    @Get
    @Operation(operationId = "listOfficers", summary = "List or search officers", description = "The officers the token may see, a page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of officers, with the total count", useReturnTypeSchema = true)
    @ApiProblems.Token
    DirectoryViews.PageView<DirectoryViews.OfficerView> list(@Nullable @QueryValue String q, @Nullable @QueryValue Integer page,
                                                       @Nullable @QueryValue Integer size, Authentication auth) {
        return api.list(q, page, size, auth);
    }

    @Get("/{code}")
    @Operation(operationId = "getOfficer", summary = "Get one officer by its code")
    @ApiResponse(responseCode = "200", description = "The officer", useReturnTypeSchema = true)
    @ApiProblems.Token
    @ApiProblems.NotFound
    DirectoryViews.OfficerView show(String code, Authentication auth) {
        return api.show(code, auth);
    }

    @Put("/{code}")
    @Secured("ADMIN")
    @Operation(operationId = "updateOfficer", summary = "Replace an officer", description = "Admin token. Every field is sent; the code in the path stays the key.")
    @ApiResponse(responseCode = "200", description = "The stored officer", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    DirectoryViews.OfficerView update(String code, @Body @Valid DirectoryRequests.OfficerRequest request, Authentication auth) {
        return api.update(code, request.draft(), auth);
    }

    @Delete("/{code}")
    @Secured("ADMIN")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deactivateOfficer", summary = "Deactivate an officer", description = "Admin token.")
    @ApiResponse(responseCode = "204", description = "Deactivated")
    @ApiProblems.Token
    @ApiProblems.NotFound
    void deactivate(String code, Authentication auth) {
        api.deactivate(code, auth);
    }
}
