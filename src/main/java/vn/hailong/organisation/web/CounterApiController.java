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
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.CounterDraft;
import vn.hailong.organisation.CounterRegistry;
import vn.hailong.organisation.Directory;
import vn.hailong.web.problem.ApiProblems;

@Controller(CounterApiController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER", "HANDLER", "OFFICER", "INTEGRATION"})
@Tag(name = "Directory")
class CounterApiController {

    static final String PATH = "/api/v1/counters";

    private final DirectoryApi<Counter, CounterDraft, DirectoryViews.CounterView> api;

    CounterApiController(CounterRegistry registry, Directory directory) {
        this.api = new DirectoryApi<>(PATH, c -> DirectoryViews.CounterView.of(c, directory),
                registry::create, registry::search, registry::find, registry::update,
                (actor, code) -> registry.setActive(actor, code, false));
    }

    @Post
    @Secured("ADMIN")
    @Operation(operationId = "createCounter", summary = "Create a counter", description = "Admin token. The code is unique among counters.")
    @ApiResponse(responseCode = "201", description = "Created; the body is the stored counter", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.Conflict
    HttpResponse<DirectoryViews.CounterView> create(@Body @Valid DirectoryRequests.CounterRequest request, Authentication auth) {
        return api.create(request.draft(), auth);
    }

    /**
     * @param q    text to look for in code and name
     * @param page page number, from 0 (default 0)
     * @param size items per page, 1 to 500 (default 50)
     */
    @Get
    @Operation(operationId = "listCounters", summary = "List or search counters", description = "The counters the token may see, a page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of counters, with the total count", useReturnTypeSchema = true)
    @ApiProblems.Token
    DirectoryViews.PageView<DirectoryViews.CounterView> list(@Nullable @QueryValue String q, @Nullable @QueryValue Integer page,
                                                       @Nullable @QueryValue Integer size, Authentication auth) {
        return api.list(q, page, size, auth);
    }

    @Get("/{code}")
    @Operation(operationId = "getCounter", summary = "Get one counter by its code")
    @ApiResponse(responseCode = "200", description = "The counter", useReturnTypeSchema = true)
    @ApiProblems.Token
    @ApiProblems.NotFound
    DirectoryViews.CounterView show(String code, Authentication auth) {
        return api.show(code, auth);
    }

    @Put("/{code}")
    @Secured("ADMIN")
    @Operation(operationId = "updateCounter", summary = "Replace a counter", description = "Admin token. Every field is sent; the code in the path stays the key.")
    @ApiResponse(responseCode = "200", description = "The stored counter", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    DirectoryViews.CounterView update(String code, @Body @Valid DirectoryRequests.CounterRequest request, Authentication auth) {
        return api.update(code, request.draft(), auth);
    }

    @Delete("/{code}")
    @Secured("ADMIN")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deactivateCounter", summary = "Deactivate a counter", description = "Admin token.")
    @ApiResponse(responseCode = "204", description = "Deactivated")
    @ApiProblems.Token
    @ApiProblems.NotFound
    void deactivate(String code, Authentication auth) {
        api.deactivate(code, auth);
    }
}
