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
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitDraft;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.web.problem.ApiProblems;

@Controller(UnitApiController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER", "HANDLER", "OFFICER", "INTEGRATION"})
@Tag(name = "Directory")
class UnitApiController {

    static final String PATH = "/api/v1/units";

    private final DirectoryApi<Unit, UnitDraft, DirectoryViews.UnitView> api;

    UnitApiController(UnitRegistry registry, Directory directory) {
        this.api = new DirectoryApi<>(PATH, u -> DirectoryViews.UnitView.of(u, directory),
                registry::create, registry::search, registry::find, registry::update, registry::deactivate);
    }

    @Post
    @Secured("ADMIN")
    @Operation(operationId = "createUnit", summary = "Create a unit", description = "Admin token. The code is unique among units.")
    @ApiResponse(responseCode = "201", description = "Created; the body is the stored unit", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.Conflict
    HttpResponse<DirectoryViews.UnitView> create(@Body @Valid DirectoryRequests.UnitRequest request, Authentication auth) {
        return api.create(request.draft(), auth);
    }

    /**
     * @param q    text to look for in code and name
     * @param page page number, from 0 (default 0)
     * @param size items per page, 1 to 500 (default 50)
     */
    @Get
    @Operation(operationId = "listUnits", summary = "List or search units", description = "The units the token may see, a page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of units, with the total count", useReturnTypeSchema = true)
    @ApiProblems.Token
    DirectoryViews.PageView<DirectoryViews.UnitView> list(@Nullable @QueryValue String q, @Nullable @QueryValue Integer page,
                                                       @Nullable @QueryValue Integer size, Authentication auth) {
        return api.list(q, page, size, auth);
    }

    @Get("/{code}")
    @Operation(operationId = "getUnit", summary = "Get one unit by its code")
    @ApiResponse(responseCode = "200", description = "The unit", useReturnTypeSchema = true)
    @ApiProblems.Token
    @ApiProblems.NotFound
    DirectoryViews.UnitView show(String code, Authentication auth) {
        return api.show(code, auth);
    }

    @Put("/{code}")
    @Secured("ADMIN")
    @Operation(operationId = "updateUnit", summary = "Replace a unit", description = "Admin token. Every field is sent; the code in the path stays the key.")
    @ApiResponse(responseCode = "200", description = "The stored unit", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    DirectoryViews.UnitView update(String code, @Body @Valid DirectoryRequests.UnitRequest request, Authentication auth) {
        return api.update(code, request.draft(), auth);
    }

    @Delete("/{code}")
    @Secured("ADMIN")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deactivateUnit", summary = "Deactivate a unit", description = "Admin token. From then on it takes no new ratings or complaints; its history stays.")
    @ApiResponse(responseCode = "204", description = "Deactivated")
    @ApiProblems.Token
    @ApiProblems.NotFound
    void deactivate(String code, Authentication auth) {
        api.deactivate(code, auth);
    }
}
