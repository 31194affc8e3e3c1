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
import vn.hailong.organisation.OfficerRegistry;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.problem.ApiProblems;

@Controller("/api/v1/officers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER", "HANDLER", "OFFICER", "INTEGRATION"})
@Tag(name = "Directory")
class OfficerApiController {

    private final OfficerRegistry registry;
    private final Directory directory;

    OfficerApiController(OfficerRegistry registry, Directory directory) {
        this.registry = registry;
        this.directory = directory;
    }

    @Post
    @Secured("ADMIN")
    @Operation(operationId = "createOfficer", summary = "Create an officer", description = "Admin token. The code is unique among officers.")
    @ApiResponse(responseCode = "201", description = "Created; the body is the stored officer", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.Conflict
    HttpResponse<DirectoryViews.OfficerView> create(@Body @Valid DirectoryRequests.OfficerRequest request, Authentication auth) {
        return HttpResponse.created(view(registry.create(Actor.of(auth), request.draft())));
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
        return DirectoryViews.PageView.of(registry.search(Actor.of(auth), q, Paging.of(page, size)), this::view);
    }

    @Get("/{code}")
    @Operation(operationId = "getOfficer", summary = "Get one officer by its code")
    @ApiResponse(responseCode = "200", description = "The officer", useReturnTypeSchema = true)
    @ApiProblems.Token
    @ApiProblems.NotFound
    DirectoryViews.OfficerView show(String code, Authentication auth) {
        return view(registry.find(Actor.of(auth), code));
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
        return view(registry.update(Actor.of(auth), code, request.draft()));
    }

    @Delete("/{code}")
    @Secured("ADMIN")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deactivateOfficer", summary = "Deactivate an officer", description = "Admin token.")
    @ApiResponse(responseCode = "204", description = "Deactivated")
    @ApiProblems.Token
    @ApiProblems.NotFound
    void deactivate(String code, Authentication auth) {
        registry.setActive(Actor.of(auth), code, false);
    }

    private DirectoryViews.OfficerView view(vn.hailong.organisation.Officer value) {
        return DirectoryViews.OfficerView.of(value, directory);
    }
}
