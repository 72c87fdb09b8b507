package io.github.ocpi4j.server.internal;

import static io.github.ocpi4j.server.internal.Checks.countryCode;
import static io.github.ocpi4j.server.internal.Checks.partyId;

import io.github.ocpi4j.client.PartyEndpoint;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.ServerListener;
import io.github.ocpi4j.server.Stored;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of one OCPI version, below {@code {base}/{version}/}, declared by that version's table ({@code
 * V221Routes}, {@code V230Routes}) with the shapes every version shares: version details, credentials, Sender lists
 * with paging and the owner filter, client-owned objects of the Receiver interfaces, commands and results. What a
 * version adds is only its Java types and which service method each endpoint calls. Not thread-safe while being
 * declared; the routes it returns are immutable.
 *
 * <pre>{@code
 * RouteTable r = new RouteTable("2.2.1", support);
 * r.details(endpoints -> new VersionDetails(VersionNumber.V2_2_1, ...));
 * r.credentials(new V221Credentials());
 * r.list("tariffs", service::tariffs, null);
 * r.owned("tariffs", "tariff_id", "tariff").get(service::tariff).delete(service::deleteTariff);
 * List<Route> routes = r.routes();
 * }</pre>
 */
public final class RouteTable {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.ocpi4j.server");

    private final String version;
    private final ServerSupport support;
    private final List<Route> routes = new ArrayList<>();

    /**
     * Creates an empty table.
     *
     * @param version the version number, which is also the first segment of every path, such as {@code 2.2.1}
     * @param support the server's support
     */
    public RouteTable(String version, ServerSupport support) {
        this.version = version;
        this.support = support;
    }

    /** Returns the version number. */
    public String version() {
        return version;
    }

    /** Returns the server's support. */
    public ServerSupport support() {
        return support;
    }

    /** Returns the routes declared so far. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Returns the public URL of a path below this version's base, its segments encoded. */
    public String url(String... segments) {
        String[] all = new String[segments.length + 1];
        all[0] = version;
        System.arraycopy(segments, 0, all, 1, segments.length);
        return support.url(all);
    }

    // ---- adding routes -----------------------------------------------------------------------------------------

    /** Adds a route below this version's base. */
    public void add(
            String method, String path, String module, String role, @Nullable OcpiType<?> body, Route.Handler handler) {
        routes.add(Route.of(version, method, path, module, role, body, handler));
    }

    /**
     * Adds a route of a module's endpoint, whose path starts with the interface role and the module, as in {@code
     * receiver/locations/{country_code}/...}.
     */
    public void add(String method, String path, @Nullable OcpiType<?> body, Route.Handler handler) {
        String[] roleAndModule = path.split("/", 3);
        add(method, path, roleAndModule[1], roleAndModule[0].toUpperCase(Locale.ROOT), body, handler);
    }

    /** What a route does with the body it read. */
    @FunctionalInterface
    public interface BodyHandler<B> {
        /** Handles a call and its body, and returns the reply. */
        Reply handle(Call call, B body);
    }

    /** Adds a module's route that reads a body of this type. */
    public <B> void add(String method, String path, Class<B> type, BodyHandler<B> handler) {
        add(method, path, OcpiType.of(type), c -> handler.handle(c, c.body(type)));
    }

    /**
     * Adds a module's route that reads a body of this type, refused only for the violations {@code rule} keeps of
     * those found in it; the handler gets the body read despite the others.
     */
    public <B> void add(
            String method, String path, Class<B> type, UnaryOperator<List<Violation>> rule, BodyHandler<B> handler) {
        add(method, path, type, handler);
        routes.set(routes.size() - 1, routes.get(routes.size() - 1).withBodyRule(rule));
    }

    /** Adds a module's route whose body may be left out, which the handler then gets as {@code null}. */
    public <B> void addWithOptionalBody(String method, String path, Class<B> type, BodyHandler<@Nullable B> handler) {
        String[] roleAndModule = path.split("/", 3);
        routes.add(Route.of(
                        version,
                        method,
                        path,
                        roleAndModule[1],
                        roleAndModule[0].toUpperCase(Locale.ROOT),
                        OcpiType.of(type),
                        c -> handler.handle(c, type.cast(c.body())))
                .withOptionalBody());
    }

    /** Adds a GET that answers what the service finds, or 404 naming {@code what}. */
    public void get(String path, String what, Function<Call, ? extends Optional<?>> find) {
        add("GET", path, null, c -> Reply.found(find.apply(c), what));
    }

    /** Adds a route that hands its body to the service and answers 200 without data, as results and pushes do. */
    public <B> void accept(String method, String path, Class<B> type, BiConsumer<Call, B> service) {
        add(method, path, type, (c, body) -> {
            service.accept(c, body);
            return Reply.ok();
        });
    }

    /** Adds the POST of a command, answered with the service's response ({@code [[mod_commands_cpo_interface]]}). */
    public <B> void command(String path, Class<B> type, BiFunction<Call, B, Object> service) {
        add("POST", path, type, (c, body) -> Reply.ok(service.apply(c, body)));
    }

    // ---- the shapes of module endpoints ------------------------------------------------------------------------

    /**
     * Adds the GET of a Sender list with paging ({@code [[transport_and_format_pagination]]}); {@code own} tells
     * the objects of the requesting party where a list holds only its own (sessions and CDRs, by their token's
     * eMSP). Other objects the host returns there are withheld and logged as the host's error.
     */
    public <T> void list(
            String module,
            BiFunction<RequestContext, PageRequest, PageResult<T>> fetch,
            @Nullable BiPredicate<RequestContext, T> own) {
        listAt("sender/" + module, (c, page) -> fetch.apply(c.context(), page), own);
    }

    /**
     * As {@link #list}, at a path of its own below the Sender interface (such as {@code
     * sender/bookings/booking_locations}), for a list whose service reads more of the call than the page, such as
     * filters of its own in the query.
     */
    public <T> void listAt(
            String path,
            BiFunction<Call, PageRequest, PageResult<T>> fetch,
            @Nullable BiPredicate<RequestContext, T> own) {
        String module = path.split("/", 3)[1];
        add("GET", path, null, c -> {
            PageRequest page = c.pageRequest();
            PageResult<T> result = fetch.apply(c, page);
            if (own != null) {
                List<T> owned = new ArrayList<>();
                List<Violation> withheld = new ArrayList<>();
                for (int i = 0; i < result.items().size(); i++) {
                    T item = result.items().get(i);
                    if (own.test(c.context(), item)) {
                        owned.add(item);
                    } else {
                        withheld.add(new Violation(
                                "$[" + i + "]",
                                "an object of another party than "
                                        + c.context().party().id() + ": withheld"));
                    }
                }
                if (!withheld.isEmpty()) {
                    c.support()
                            .tell(l -> l.refusedHostData(new ServerListener.RefusedHostData(
                                    c.request().method(),
                                    c.request().path(),
                                    c.context().party().id(),
                                    c.context().requestId(),
                                    withheld)));
                    LOG.error(
                            "[X-Request-ID {}] the host's {} page held {} object(s) of parties other than {}: withheld",
                            c.context().requestId(),
                            module,
                            result.items().size() - owned.size(),
                            c.context().party().id());
                    // the headers stay those of the host's page: the next one starts after every object the host
                    // returned, withheld ones included, so that no object is sent twice
                    Reply reply = c.page(result, page);
                    return new Reply(reply.httpStatus(), owned, reply.headers());
                }
            }
            return c.page(result, page);
        });
    }

    /**
     * The country code, party id and id a client-owned object or its PATCH gives in its body, to be compared with the
     * URL's; {@code null} where the body leaves one out.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param id the object's id
     */
    public record Ids(
            @Nullable CiString countryCode,
            @Nullable CiString partyId,
            @Nullable CiString id) {

        /** The ids of a PATCH body: each where the PATCH sets it. */
        public static Ids of(PatchField<CiString> countryCode, PatchField<CiString> partyId, PatchField<CiString> id) {
            return new Ids(
                    countryCode.value().orElse(null),
                    partyId.value().orElse(null),
                    id.value().orElse(null));
        }
    }

    /** A service call on a client-owned object that the URL names. */
    @FunctionalInterface
    public interface Lookup<R> {
        /** Calls the service for the object of the URL. */
        R apply(RequestContext ctx, CiString countryCode, CiString partyId, CiString id);
    }

    /** A service's PATCH of a client-owned object that the URL names; {@code false} when it is unknown. */
    @FunctionalInterface
    public interface Patcher<P> {
        /** Calls the service with the PATCH of the object of the URL. */
        boolean apply(RequestContext ctx, CiString countryCode, CiString partyId, CiString id, P patch);
    }

    /**
     * Returns the declaration of a client-owned object's Receiver endpoints, at {@code
     * receiver/{module}/{country_code}/{party_id}/{idName}} ({@code [[transport_and_format_client_owned_object_push]]}).
     *
     * @param idName the name of the id in the URL and the body, such as {@code session_id}
     * @param what what the object is called in a 404, such as {@code session}
     */
    public Owned owned(String module, String idName, String what) {
        return ownedAt("receiver/" + module + "/{country_code}/{party_id}/{" + idName + "}", idName, what);
    }

    /**
     * As {@link #owned}, at a path of its own that holds {@code {country_code}}, {@code {party_id}} and, last, the
     * object's id, such as {@code receiver/bookings/{country_code}/{party_id}/booking_locations/{booking_location_id}}.
     */
    public Owned ownedAt(String path, String idName, String what) {
        return new Owned(path, idName, what);
    }

    /**
     * The Receiver endpoints of one kind of client-owned object. Each checks that the URL's country code and party id
     * are the requesting party's (404 otherwise, as for an unknown object), and that the ids a body gives are the
     * URL's (2001 otherwise).
     */
    public final class Owned {
        private final String path;
        private final String idName;
        private final String what;

        private Owned(String path, String idName, String what) {
            this.path = path;
            this.idName = idName;
            this.what = what;
        }

        /** Adds the GET of the object as this side stored it. */
        public Owned get(Lookup<? extends Optional<?>> find) {
            add("GET", path, null, c -> Reply.found(find.apply(c.context(), countryCode(c), partyId(c), id(c)), what));
            return this;
        }

        /** Adds the PUT of a new or replaced object. */
        public <T> Owned put(Class<T> type, Function<T, Ids> ids, BiFunction<RequestContext, T, Stored> put) {
            add("PUT", path, type, (c, body) -> {
                check(c, ids.apply(body));
                return Reply.stored(put.apply(c.context(), body));
            });
            return this;
        }

        /** Adds the PATCH of a known object. */
        public <P> Owned patch(Class<P> type, Function<P, Ids> ids, Patcher<P> patch) {
            add("PATCH", path, type, (c, body) -> {
                check(c, ids.apply(body));
                return Reply.patched(patch.apply(c.context(), countryCode(c), partyId(c), id(c), body), what);
            });
            return this;
        }

        /** Adds the DELETE of a known object. */
        public Owned delete(Lookup<Boolean> delete) {
            add(
                    "DELETE",
                    path,
                    null,
                    c -> Reply.deleted(delete.apply(c.context(), countryCode(c), partyId(c), id(c)), what));
            return this;
        }

        private CiString id(Call c) {
            return c.ciParam(idName);
        }

        private void check(Call c, Ids ids) {
            Checks.owner(c, ids.countryCode(), ids.partyId());
            Checks.same(idName, id(c), ids.id());
        }
    }

    /**
     * Adds the POST of a client-owned object that the Receiver keeps as it is, as CDRs are ({@code
     * [[mod_cdrs_post_method]]}): the object must belong to the requesting party (2001 otherwise), and the answer's
     * {@code Location} header holds its URL below {@code receiver/{module}}, where {@link #owned} declares its GET.
     */
    public <T> void posted(
            String module,
            String what,
            Class<T> type,
            Function<T, Ids> ids,
            BiFunction<RequestContext, T, Stored> post) {
        add("POST", "receiver/" + module, type, (c, body) -> {
            Ids id = ids.apply(body);
            Checks.sentByOwner(c, what, id.countryCode(), id.partyId());
            Stored stored = post.apply(c.context(), body);
            String url = url(
                    "receiver",
                    module,
                    String.valueOf(id.countryCode()),
                    String.valueOf(id.partyId()),
                    String.valueOf(id.id()));
            return new Reply(stored == Stored.CREATED ? 201 : 200, null, Map.of("Location", url));
        });
    }

    // ---- versions and credentials ------------------------------------------------------------------------------

    /**
     * Adds the GET of this version's details ({@code [[version_information_endpoint_version_details_endpoint]]}):
     * credentials, and one endpoint per module and interface role of the routes, in the order declared.
     *
     * @param details makes the version's details object of the endpoints
     */
    public void details(Function<List<PartyEndpoint>, Object> details) {
        add("GET", "", "versions", "SENDER", null, c -> Reply.ok(details.apply(endpoints())));
    }

    private List<PartyEndpoint> endpoints() {
        Map<String, PartyEndpoint> endpoints = new LinkedHashMap<>();
        endpoints.put("credentials", new PartyEndpoint("credentials", "SENDER", url("credentials")));
        for (Route route : routes) {
            List<String> p = route.pattern(); // {version}/{sender|receiver}/{module}/...
            if (p.size() >= 3 && (p.get(1).equals("sender") || p.get(1).equals("receiver"))) {
                endpoints.computeIfAbsent(
                        route.module() + "/" + route.role(),
                        k -> new PartyEndpoint(route.module(), route.role(), url(p.get(1), route.module())));
            }
        }
        return List.copyOf(endpoints.values());
    }

    /** Adds the credentials module, run by ocpi4j ({@code [[credentials_credentials_endpoint]]}). */
    public <C> void credentials(CredentialsFormat<C> format) {
        new CredentialsModule<>(this, format).add();
    }
}
