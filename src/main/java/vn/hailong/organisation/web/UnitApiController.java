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
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.problem.ApiProblems;

@Controller("/api/v1/units")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER", "HANDLER", "OFFICER", "INTEGRATION"})
@Tag(name = "Directory")
class UnitApiController {

    private final UnitRegistry registry;
    private final Directory directory;

    UnitApiController(UnitRegistry registry, Directory directory) {
        this.registry = registry;
        this.directory = directory;
    }

    @Post
    @Secured("ADMIN")
    @Operation(operationId = "createUnit", summary = "Create a unit", description = "Admin token. The code is unique among units.")
    @ApiResponse(responseCode = "201", description = "Created; the body is the stored unit", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.Conflict
    HttpResponse<DirectoryViews.UnitView> create(@Body @Valid DirectoryRequests.UnitRequest request, Authentication auth) {
        return HttpResponse.created(view(registry.create(Actor.of(auth), request.draft())));
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
        return DirectoryViews.PageView.of(registry.search(Actor.of(auth), q, Paging.of(page, size)), this::view);
    }

    @Get("/{code}")
    @Operation(operationId = "getUnit", summary = "Get one unit by its code")
    @ApiResponse(responseCode = "200", description = "The unit", useReturnTypeSchema = true)
    @ApiProblems.Token
    @ApiProblems.NotFound
    DirectoryViews.UnitView show(String code, Authentication auth) {
        return view(registry.find(Actor.of(auth), code));
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
        return view(registry.update(Actor.of(auth), code, request.draft()));
    }

    @Delete("/{code}")
    @Secured("ADMIN")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deactivateUnit", summary = "Deactivate a unit", description = "Admin token. From then on it takes no new ratings or complaints; its history stays.")
    @ApiResponse(responseCode = "204", description = "Deactivated")
    @ApiProblems.Token
    @ApiProblems.NotFound
    void deactivate(String code, Authentication auth) {
        registry.deactivate(Actor.of(auth), code);
    }

    private DirectoryViews.UnitView view(vn.hailong.organisation.Unit value) {
        return DirectoryViews.UnitView.of(value, directory);
    }
}
