package vn.hailong.organisation.web;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.authentication.Authentication;
import vn.hailong.shared.security.Actor;

import java.util.function.Function;

/**
 * What the directory's API controllers (units, sectors, procedures, counters, officers) do alike: each operation asks
 * the registry on behalf of the token's actor and answers with the stored object as its view. The controllers keep
 * what differs: the routes, their documentation and security, and which registry call each operation is.
 *
 * @param <E> the directory object, e.g. {@code Unit}
 * @param <D> its draft, what a request carries
 * @param <V> its view, what the API answers
 */
final class DirectoryApi<E, D, V extends DirectoryViews.Coded> {

    interface Create<E, D> {
        E create(Actor actor, D draft);
    }

    interface Search<E> {
        Page<E> search(Actor actor, String text, Pageable pageable);
    }

    interface ByCode<E> {
        E apply(Actor actor, String code);
    }

    interface Update<E, D> {
        E update(Actor actor, String code, D draft);
    }

    private final String path;
    private final Function<E, V> view;
    private final Create<E, D> create;
    private final Search<E> search;
    private final ByCode<E> find;
    private final Update<E, D> update;
    private final ByCode<E> deactivate;

    /**
     * @param path the controller's path; a created object is at {@code path/code}
     */
    DirectoryApi(String path, Function<E, V> view, Create<E, D> create, Search<E> search, ByCode<E> find,
                 Update<E, D> update, ByCode<E> deactivate) {
        this.path = path;
        this.view = view;
        this.create = create;
        this.search = search;
        this.find = find;
        this.update = update;
        this.deactivate = deactivate;
    }

    /** 201 with the stored object, and its address in {@code Location}. */
    HttpResponse<V> create(D draft, Authentication auth) {
        V created = view.apply(create.create(Actor.of(auth), draft));
        return HttpResponse.created(created, UriBuilder.of(path).path(created.code()).build());
    }

    DirectoryViews.PageView<V> list(String text, Integer page, Integer size, Authentication auth) {
        return DirectoryViews.PageView.of(search.search(Actor.of(auth), text, Paging.of(page, size)), view);
    }

    V show(String code, Authentication auth) {
        return view.apply(find.apply(Actor.of(auth), code));
    }

    V update(String code, D draft, Authentication auth) {
        return view.apply(update.update(Actor.of(auth), code, draft));
    }

    /** The controller answers 204: the object stays, inactive, for its history. */
    void deactivate(String code, Authentication auth) {
        deactivate.apply(Actor.of(auth), code);
    }
}
