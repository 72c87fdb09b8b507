package io.github.ocpi4j.server;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyEndpoint;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Texts;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.versions.InterfaceRole;
import io.github.ocpi4j.model.v221.versions.ModuleID;
import io.github.ocpi4j.model.v230.versions.Version;
import io.github.ocpi4j.model.v230.versions.VersionNumber;
import io.github.ocpi4j.server.internal.Call;
import io.github.ocpi4j.server.internal.CallBack;
import io.github.ocpi4j.server.internal.HttpError;
import io.github.ocpi4j.server.internal.Reply;
import io.github.ocpi4j.server.internal.Route;
import io.github.ocpi4j.server.internal.Router;
import io.github.ocpi4j.server.internal.ServerSupport;
import io.github.ocpi4j.server.internal.Urls;
import io.github.ocpi4j.server.internal.VersionWiring;
import io.github.ocpi4j.server.v221.V221Services;
import io.github.ocpi4j.server.v221.V221Urls;
import io.github.ocpi4j.server.v230.V230Services;
import io.github.ocpi4j.server.v230.V230Urls;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A framework-neutral OCPI server: {@link #handle(OcpiHttpRequest)} takes a request and returns the response,
 * doing everything the protocol asks of a server, while the host's services do what only the host can.
 *
 * <pre>{@code
 * OcpiServer server = OcpiServer.builder()
 *         .baseUrl("https://cpo.example.com/ocpi")       // versions at .../ocpi/versions
 *         .partyStore(parties)
 *         .roles(List.of(ourCpoRole))
 *         .v221(services -> services.locationsSender(locations).commandsReceiver(commands))
 *         .build();
 * parties.save(Party.pending("new-emsp", CredentialsTokens.generate()));   // a token A to hand out
 * JdkHttpServerAdapter.start(server, new InetSocketAddress(8080));          // or mount OcpiServlet
 * }</pre>
 *
 * <p>Every request goes through one pipeline ({@link #handle}): authenticate the credentials token ({@code 401}
 * without a known one; a token A opens only versions and credentials), check that routing headers name the party
 * itself (unless it is a Hub), route by path and method ({@code 404}, {@code 405}), read and validate the body
 * ({@code 400} for malformed JSON or a body that cannot be read, OCPI {@code 2001} with every violation for JSON that
 * breaks the model, {@code 413} above the size limit), call the host's service, check its answer
 * against the same rules (data that breaks them is never sent: the peer gets {@code 3000}, the host's log every
 * violation with its path), and wrap it in the envelope with paging headers and the status code. X-Request-ID and X-Correlation-ID are echoed (generated
 * when missing); routing headers are exposed in the {@link RequestContext} and answered in reverse. A host's
 * {@link OcpiStatusException} becomes its status code; any other exception becomes {@code 3000}, logged with the
 * request id, never a stack trace to the peer. Every {@code status_message} is made printable and cut to 1000
 * characters, and an answer lists at most 50 violations. A {@link ServerListener} hears every answer (method, path,
 * route, party, status, duration), every piece of the host's data refused, with its violations, and every failure of
 * a host's service, each with its request id: diagnostics and metrics without a log.
 *
 * <p>Versions and credentials are ocpi4j's: the versions list and details come from the registered services, and
 * the credentials module runs the registration handshake as the receiving party, keeping parties in the {@link
 * PartyStore}. A party registers (POST) or updates its credentials (PUT) only with roles that no other party and not
 * this side holds (OCPI {@code 2001} otherwise), so that no partner can claim another's objects. Thread-safe.
 *
 * <p>One server offers OCPI 2.2.1 ({@link Builder#v221}), 2.3.0 ({@link Builder#v230}) or both, with one party store
 * and the same authentication: {@code {base}/versions} lists each version offered, with its details at {@code
 * {base}/2.2.1} and {@code {base}/2.3.0} and its modules below them. The credentials POST or PUT of a version reads
 * the partner's endpoints of that version and records it as the party's version; from then on the party reaches the
 * modules of that version only ({@code 403} for the other's), while the versions and credentials endpoints of every
 * version stay open to it, so that a PUT at the other version's credentials endpoint moves it there ({@code
 * [[credentials_updating_to_a_newer_version]]}). The URLs the server hands out in an answer are of the version the
 * request came in on.
 *
 * <p>Serving needs no HTTP client: ocpi-client's OkHttp client is loaded only when a party registers or updates its
 * credentials, as the server then calls it back. Close the server to release the client it created for that ({@link
 * #close()}); a client given to {@link Builder#client} is the host's to close.
 */
public final class OcpiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.ocpi4j.server");
    private static final Set<String> REGISTRATION_MODULES = Set.of("versions", "credentials");
    /** The answer to a token no party holds: often a token A used again after its registration. */
    private static final String UNKNOWN_TOKEN = "unknown credentials token: a token A serves one registration only,"
            + " and the credentials that registration answered hold the token to use from then on; use that one, or"
            + " ask this platform for a new token A";
    /** The most characters of a {@code status_message}. */
    private static final int MAX_MESSAGE = 1000;
    /** The most violations listed in an answer. */
    private static final int MAX_VIOLATIONS = 50;
    /** The most characters of a violation's path or rule in an answer. */
    private static final int MAX_PART = 200;
    /**
     * How many bytes of the largest body allow one JSON array element: 64, as the client's {@code
     * BYTES_PER_RESPONSE_ELEMENT}, so that a body of empty objects holds no more heap than one of real data.
     */
    private static final int BYTES_PER_ELEMENT = 64;

    private final ServerSupport support;
    private final Router router;
    private final List<String> basePath;
    private final int maxBodyBytes;
    private final int maxBodyElements;
    private final OcpiJson bodies;
    private final @Nullable V221Urls v221Urls;
    private final @Nullable V230Urls v230Urls;
    /** The versions offered, such as {@code 2.2.1}. */
    private final Set<String> versions;

    private final Clock clock;
    private final CallBack callBack;

    private OcpiServer(Builder b) {
        this.clock = b.clock;
        Urls.Base base = Urls.parse(Objects.requireNonNull(b.baseUrl, "baseUrl"))
                .orElseThrow(() -> new IllegalArgumentException("baseUrl is not an http(s) URL: " + b.baseUrl));
        if (b.roles.isEmpty() && (b.v230Roles == null || b.v230Roles.isEmpty())) {
            throw new IllegalArgumentException("roles: this side needs at least one role for its credentials");
        }
        boolean offers221 = b.v221Offered || !b.v230Offered;
        List<CredentialsRole> roles221 = b.v230Roles == null ? b.roles : expressibleIn221(b.v230Roles);
        if (offers221 && roles221.isEmpty()) {
            throw new IllegalArgumentException("roles: OCPI 2.2.1 credentials cannot give any of " + b.v230Roles
                    + "; offer 2.3.0 alone, or add a role that 2.2.1 has");
        }
        this.callBack = new CallBack(b.client);
        this.support = new ServerSupport(
                base,
                Objects.requireNonNull(b.partyStore, "partyStore"),
                callBack,
                roles221,
                b.v230Roles,
                b.required,
                b.maxPageSize,
                b.clock,
                b.listener);
        this.basePath = Router.segments(base.path());
        this.maxBodyBytes = b.maxBodyBytes;
        this.maxBodyElements = Math.max(1, maxBodyBytes / BYTES_PER_ELEMENT);
        this.bodies = OcpiJson.instance().withMaxElements(maxBodyElements);
        // 2.2.1 unless the host offers 2.3.0 alone
        VersionWiring.Wiring<V221Services, V221Urls> v221 = VersionWiring.of(V221Services.class, V221Urls.class);
        VersionWiring.Wiring<V230Services, V230Urls> v230 = VersionWiring.of(V230Services.class, V230Urls.class);
        this.v221Urls = b.v221Offered || !b.v230Offered ? v221.urls(support) : null;
        this.v230Urls = b.v230Offered ? v230.urls(support) : null;
        List<Version> offered = new ArrayList<>();
        List<Route> versionRoutes = new ArrayList<>();
        if (v221Urls != null) {
            offered.add(new Version(VersionNumber.V2_2_1, v221Urls.detailsUrl()));
            versionRoutes.addAll(v221.routes(b.v221, support));
        }
        if (v230Urls != null) {
            offered.add(new Version(VersionNumber.V2_3_0, v230Urls.detailsUrl()));
            versionRoutes.addAll(v230.routes(b.v230, support));
        }
        List<Version> list = List.copyOf(offered);
        List<Route> routes = new ArrayList<>();
        routes.add(Route.of(null, "GET", "versions", "versions", "SENDER", null, c -> Reply.ok(list)));
        routes.addAll(versionRoutes);
        this.versions = list.stream().map(v -> v.version().value()).collect(Collectors.toUnmodifiableSet());
        this.router = new Router(routes);
    }

    /** Returns the roles of 2.3.0 credentials that 2.2.1 credentials can give too: all but a PTP's, for one. */
    private static List<CredentialsRole> expressibleIn221(
            List<io.github.ocpi4j.model.v230.credentials.CredentialsRole> roles) {
        List<CredentialsRole> expressible = new ArrayList<>();
        for (io.github.ocpi4j.model.v230.credentials.CredentialsRole role : roles) {
            ReadResult<CredentialsRole> read =
                    OcpiJson.instance().read(OcpiJson.instance().write(role), CredentialsRole.class);
            if (read.isValid()) {
                expressible.add(read.get());
            }
        }
        return expressible;
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the URL of this server's versions endpoint, to give to partners with a token A. */
    public String versionsUrl() {
        return support.versionsUrl();
    }

    /**
     * Returns the URLs of this server's OCPI 2.2.1 endpoints, such as the response URLs of commands sent to a partner
     * registered with 2.2.1.
     *
     * @throws IllegalStateException if the server offers 2.3.0 only
     */
    public V221Urls v221Urls() {
        if (v221Urls == null) {
            throw new IllegalStateException("this server offers no OCPI 2.2.1: register its services with v221(...)");
        }
        return v221Urls;
    }

    /**
     * Returns the URLs of this server's OCPI 2.3.0 endpoints, such as the response URLs of commands sent to a partner
     * registered with 2.3.0.
     *
     * @throws IllegalStateException if the server does not offer 2.3.0
     */
    public V230Urls v230Urls() {
        if (v230Urls == null) {
            throw new IllegalStateException("this server offers no OCPI 2.3.0: register its services with v230(...)");
        }
        return v230Urls;
    }

    /** Returns the party store. */
    public PartyStore partyStore() {
        return support.partyStore();
    }

    /**
     * Returns the largest request body it reads ({@link Builder#maxBodyBytes(int)}); a larger one is answered 413.
     * Adapters that hold a body in memory keep no more than one byte beyond it.
     */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * Closes the OCPI client the server created for the credentials handshake, if a registration created one; a
     * client given to {@link Builder#client} stays open. The server still answers afterwards, but a registration or
     * credentials update then fails with OCPI {@code 3000}. Close the adapters that serve it first.
     */
    @Override
    public void close() {
        callBack.close();
    }

    /** Answers a request. Never throws: every failure becomes an OCPI response. */
    public OcpiHttpResponse handle(OcpiHttpRequest request) {
        long started = System.nanoTime();
        String requestId = orNew(request.header("X-Request-ID"));
        String correlationId = orNew(request.header("X-Correlation-ID"));
        Party party = null;
        Route route = null;
        int httpStatus;
        OcpiStatusCode code;
        String message;
        Object data = null;
        Map<String, String> headers = Map.of();
        try {
            party = authenticate(request);
            Router.Match match = router.match(request.method(), route(request.path()));
            route = match.route();
            if (party.status() == Party.Status.PENDING && !REGISTRATION_MODULES.contains(route.module())) {
                throw new HttpError(
                        401,
                        OcpiStatusCode.CLIENT_ERROR,
                        "registration is not finished: this token opens only versions and credentials; POST your"
                                + " credentials to a credentials endpoint, such as "
                                + support.url(versions.contains("2.2.1") ? "2.2.1" : "2.3.0", "credentials")
                                + ", and use the token its answer gives");
            }
            checkVersion(party, route);
            RequestContext context = context(party, requestId, correlationId, request);
            checkSender(context);
            Object body = body(request, route, requestId);
            Reply reply = route.handler().handle(new Call(context, match.params(), request, body, support));
            List<Violation> broken =
                    reply.data() == null ? List.of() : OcpiJson.instance().validate(reply.data());
            if (!broken.isEmpty()) {
                String partyId = party.id();
                support.tell(l -> l.refusedHostData(new ServerListener.RefusedHostData(
                        request.method(), request.path(), partyId, requestId, broken)));
                LOG.error(
                        "[X-Request-ID {}] {} {}: the host's answer breaks OCPI's rules, answered 3000 instead: {}",
                        requestId,
                        request.method(),
                        request.path(),
                        describe(broken));
                throw new HttpError(
                        200,
                        OcpiStatusCode.SERVER_ERROR,
                        "the server's data breaks OCPI's rules; quote X-Request-ID " + requestId);
            }
            httpStatus = reply.httpStatus();
            code = OcpiStatusCode.SUCCESS;
            message = "Success";
            data = reply.data();
            headers = reply.headers();
        } catch (HttpError e) {
            httpStatus = e.httpStatus();
            code = e.statusCode();
            message = e.getMessage();
            data = e.data();
        } catch (OcpiStatusException e) {
            httpStatus = e.httpStatus() == 0 ? 200 : e.httpStatus();
            code = e.statusCode();
            message = e.statusMessage();
        } catch (RuntimeException e) {
            LOG.error("[X-Request-ID {}] {} {} failed in the host", requestId, request.method(), request.path(), e);
            String partyId = party == null ? null : party.id();
            support.tell(l -> l.hostFailed(
                    new ServerListener.HostFailure(request.method(), request.path(), partyId, requestId, e)));
            httpStatus = 200;
            code = OcpiStatusCode.SERVER_ERROR;
            message = "internal server error; quote X-Request-ID " + requestId;
        }
        OcpiHttpResponse response =
                respond(request, httpStatus, code, message, data, headers, requestId, correlationId);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String partyId = party == null ? null : party.id();
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "{} {} -> {} ({} ms) party={} [X-Request-ID {}]",
                    request.method(),
                    request.path(),
                    response.status(),
                    took.toMillis(),
                    partyId == null ? "-" : partyId,
                    requestId);
        }
        ServerListener.Answered answered = new ServerListener.Answered(
                request.method(),
                request.path(),
                route == null ? null : String.join("/", route.pattern()),
                partyId,
                requestId,
                correlationId,
                response.status(),
                code,
                took);
        support.tell(l -> l.answered(answered));
        return response;
    }

    /**
     * The party of the credentials token: {@code Authorization: Token <base64>}, or the plain token for parties
     * allowed it ({@code [[transport_and_format_authorization_header]]}).
     */
    private Party authenticate(OcpiHttpRequest request) {
        Optional<String> credential = CredentialsTokens.credential(request.header("Authorization"));
        if (credential.isEmpty()) {
            throw new HttpError(
                    401,
                    OcpiStatusCode.CLIENT_ERROR,
                    "missing Authorization header: send Authorization: Token followed by your credentials token in"
                            + " Base64");
        }
        Optional<Party> party =
                CredentialsTokens.decode(credential.get()).flatMap(support.partyStore()::findByIncomingToken);
        if (party.isEmpty()) {
            party = support.partyStore().findByIncomingToken(credential.get()).filter(Party::plainTokenAllowed);
        }
        return party.orElseThrow(() -> new HttpError(401, OcpiStatusCode.CLIENT_ERROR, UNKNOWN_TOKEN));
    }

    /** The path's segments below the base path. */
    private List<String> route(String path) {
        List<String> segments = Router.segments(path);
        if (segments.size() < basePath.size()
                || !segments.subList(0, basePath.size()).equals(basePath)) {
            throw new HttpError(
                    404,
                    OcpiStatusCode.CLIENT_ERROR,
                    "no such endpoint: this server's endpoints are below " + support.url());
        }
        return segments.subList(basePath.size(), segments.size());
    }

    /**
     * A party registered with one of the versions offered reaches the modules of that version only; the versions and
     * credentials endpoints of every version stay open to it, so that a credentials PUT can move it to another
     * ({@code [[credentials_updating_to_a_newer_version]]}). A party without a version (admitted without the
     * handshake), or with one this server does not offer, is not held to one.
     */
    private void checkVersion(Party party, Route route) {
        String version = route.version();
        String registered = party.version();
        if (version == null
                || registered == null
                || version.equals(registered)
                || REGISTRATION_MODULES.contains(route.module())
                || !versions.contains(registered)) {
            return;
        }
        throw new HttpError(
                403,
                OcpiStatusCode.CLIENT_ERROR,
                "you are registered with OCPI " + registered + " and this endpoint is of OCPI " + version
                        + "; a PUT of your credentials to " + support.url(version, "credentials") + " moves you");
    }

    private static RequestContext context(
            Party party, String requestId, String correlationId, OcpiHttpRequest request) {
        return new RequestContext(
                party,
                requestId,
                correlationId,
                CiString.ofNullable(request.header("OCPI-from-country-code")),
                CiString.ofNullable(request.header("OCPI-from-party-id")),
                CiString.ofNullable(request.header("OCPI-to-country-code")),
                CiString.ofNullable(request.header("OCPI-to-party-id")));
    }

    /**
     * A party speaks for itself: routing headers that name another party as the sender are refused, except from a
     * Hub, which forwards messages of others ({@code [[transport_and_format_message_routing]]}). Pending parties,
     * which reach only versions and credentials, are not checked.
     */
    private static void checkSender(RequestContext context) {
        CiString countryCode = context.fromCountryCode();
        CiString partyId = context.fromPartyId();
        if ((countryCode == null && partyId == null)
                || context.party().status() != Party.Status.REGISTERED
                || context.isHub()
                || context.owns(countryCode, partyId)) {
            return;
        }
        throw new HttpError(
                200,
                OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS,
                "OCPI-from-country-code and OCPI-from-party-id name " + countryCode + " " + partyId
                        + ", which is not one of the roles you registered: name one of yours, or leave them out");
    }

    /** Reads and validates the body of routes that take one. */
    private @Nullable Object body(OcpiHttpRequest request, Route route, String requestId) {
        if (route.body() == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = request.body().readNBytes(maxBodyBytes + 1);
        } catch (IOException e) {
            // the client's fault (a broken chunked encoding, a connection cut mid-body), not the server's
            LOG.debug(
                    "[X-Request-ID {}] {} {}: the body could not be read: {}",
                    requestId,
                    request.method(),
                    request.path(),
                    e.toString());
            throw new HttpError(
                    400, OcpiStatusCode.CLIENT_ERROR, "the request body could not be read to its end: send it again");
        }
        if (bytes.length > maxBodyBytes) {
            throw new HttpError(
                    413,
                    OcpiStatusCode.CLIENT_ERROR,
                    "the body is larger than " + maxBodyBytes + " bytes: send less in one request");
        }
        if (route.optionalBody() && isBlankOrNull(bytes)) {
            return null;
        }
        ReadResult<?> result = bodies.read(bytes, route.body());
        if (result.isLimitReached()) {
            throw new HttpError(
                    413,
                    OcpiStatusCode.CLIENT_ERROR,
                    "the body holds more than " + maxBodyElements + " JSON array elements, one per " + BYTES_PER_ELEMENT
                            + " of the " + maxBodyBytes + " bytes a body may hold: send less in one request");
        }
        List<Violation> refusing = route.bodyRule().apply(result.violations());
        if (result.value().isEmpty() || !refusing.isEmpty()) {
            List<Violation> violations = forPeer(result, refusing);
            throw new HttpError(
                    result.isWellFormed() ? 200 : 400,
                    OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS,
                    describe(violations),
                    violations);
        }
        return result.value().orElseThrow();
    }

    /** An optional body left out: no bytes, only whitespace, or JSON {@code null}. */
    private static boolean isBlankOrNull(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip();
        return text.isEmpty() || text.equals("null");
    }

    /**
     * The violations as a peer gets them: at most {@value #MAX_VIOLATIONS}, each path and rule printable and short,
     * as they quote what the peer sent (its keys, its values).
     */
    private static List<Violation> forPeer(ReadResult<?> result, List<Violation> refusing) {
        // a body without a value has violations that no rule of a route lets pass
        List<Violation> violations = refusing.isEmpty() ? result.violations() : refusing;
        List<Violation> shown = new ArrayList<>();
        for (Violation v : violations.subList(0, Math.min(violations.size(), MAX_VIOLATIONS))) {
            shown.add(new Violation(Texts.printable(v.path(), MAX_PART), Texts.printable(v.rule(), MAX_PART)));
        }
        long count = result.violationCount() - (result.violations().size() - violations.size());
        if (count > MAX_VIOLATIONS) {
            // the count, not the list, which the codec ends with a count of its own past OcpiJson.MAX_VIOLATIONS
            shown.add(new Violation("$", (count - MAX_VIOLATIONS) + " more violations not shown"));
        }
        return shown;
    }

    private static String describe(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    private OcpiHttpResponse respond(
            OcpiHttpRequest request,
            int httpStatus,
            OcpiStatusCode statusCode,
            @Nullable String message,
            @Nullable Object data,
            Map<String, String> extra,
            String requestId,
            String correlationId) {
        // a message may quote what the peer sent, or a host's text: printable and bounded, whatever its source
        String text = message == null ? null : Texts.printable(message, MAX_MESSAGE);
        OcpiResponse<Object> envelope = new OcpiResponse<>(data, statusCode, text, clock.instant());
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(header("Content-Type", "application/json;charset=UTF-8"));
        headers.add(header("X-Request-ID", requestId));
        headers.add(header("X-Correlation-ID", correlationId));
        // a response travels back: the request's from is its to ([[transport_and_format_message_routing]])
        reverse(headers, request, "OCPI-from-country-code", "OCPI-to-country-code");
        reverse(headers, request, "OCPI-from-party-id", "OCPI-to-party-id");
        reverse(headers, request, "OCPI-to-country-code", "OCPI-from-country-code");
        reverse(headers, request, "OCPI-to-party-id", "OCPI-from-party-id");
        extra.forEach((name, value) -> headers.add(header(name, value)));
        return new OcpiHttpResponse(httpStatus, headers, OcpiJson.instance().write(envelope));
    }

    private static void reverse(
            List<Map.Entry<String, String>> headers, OcpiHttpRequest request, String requestHeader, String answer) {
        String value = request.header(requestHeader);
        if (value != null) {
            headers.add(header(answer, value));
        }
    }

    private static Map.Entry<String, String> header(String name, String value) {
        return new AbstractMap.SimpleImmutableEntry<>(name, value);
    }

    private static String orNew(@Nullable String id) {
        return id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
    }

    /** Builds an {@link OcpiServer}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String baseUrl;
        private @Nullable PartyStore partyStore;
        private @Nullable OcpiClient client;
        private List<CredentialsRole> roles = List.of();
        private @Nullable List<io.github.ocpi4j.model.v230.credentials.CredentialsRole> v230Roles;
        private final List<PartyEndpoint> required = new ArrayList<>();
        private int maxPageSize = 100;
        private int maxBodyBytes = 10 * 1024 * 1024;
        private final V221Services v221 = new V221Services();
        private final V230Services v230 = new V230Services();
        private boolean v221Offered;
        private boolean v230Offered;
        private Clock clock = Clock.systemUTC();
        private ServerListener listener = new ServerListener() {};

        private Builder() {}

        /**
         * Sets the listener that hears every answer, every piece of the host's data the server refused to send and
         * every failure of a host's service; none by default. See {@link ServerListener}.
         */
        public Builder listener(ServerListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Sets the clock of the responses' {@code timestamp} and of rules that depend on the time of a request (the
         * deadlines of a booking); the system's UTC clock by default.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the public URL below which the server answers, as partners reach it: {@code
         * https://cpo.example.com/ocpi} puts the versions at {@code https://cpo.example.com/ocpi/versions}. Request
         * paths are matched against its path.
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** Sets where the parties, their tokens and endpoints are kept. */
        public Builder partyStore(PartyStore partyStore) {
            this.partyStore = partyStore;
            return this;
        }

        /**
         * Sets the client the credentials handshake calls partners back with, which stays the host's to close; by
         * default the server creates one at the first registration and closes it in {@link OcpiServer#close()}.
         */
        public Builder client(OcpiClient client) {
            this.client = client;
            return this;
        }

        /** Sets this side's roles, which its credentials declare; replaces those of {@link #v230Roles}. */
        public Builder roles(List<CredentialsRole> roles) {
            this.roles = List.copyOf(roles);
            this.v230Roles = null;
            return this;
        }

        /**
         * Sets this side's roles in OCPI 2.3.0 terms, in place of {@link #roles}: for a side with a role 2.2.1 has no
         * value for, such as a Payment Terminal Provider ({@code PTP}). Its 2.3.0 credentials give these roles as
         * they are (and no {@code hub_party_id}); its 2.2.1 credentials, when it offers 2.2.1 too, give only those
         * 2.2.1 can express, and {@link #build()} fails when that leaves none.
         */
        public Builder v230Roles(List<io.github.ocpi4j.model.v230.credentials.CredentialsRole> roles) {
            this.v230Roles = List.copyOf(roles);
            this.roles = List.of();
            return this;
        }

        /**
         * Requires registering parties to offer an endpoint; without it, registration fails with 3003 ({@code
         * [[credentials_required_endpoints_not_available]]}).
         */
        public Builder requireEndpoint(ModuleID module, InterfaceRole role) {
            required.add(new PartyEndpoint(module.value(), role.name(), ""));
            return this;
        }

        /** Sets the most objects on one page, and the default limit (100 by default); sent as {@code X-Limit}. */
        public Builder maxPageSize(int maxPageSize) {
            if (maxPageSize < 1) {
                throw new IllegalArgumentException("maxPageSize must be at least 1");
            }
            this.maxPageSize = maxPageSize;
            return this;
        }

        /**
         * Sets the largest request body accepted (10 MiB by default); larger ones get HTTP 413. It also bounds the
         * JSON array elements of a body, all arrays together, to one per 64 of these bytes (163,840 by default): a
         * body of empty objects {@code [{},{},...]}, each read into a record, gets HTTP 413 beyond that.
         */
        public Builder maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be at least 1");
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * Registers the OCPI 2.2.1 services the host offers, below {@code {base}/2.2.1/}. A server offers 2.2.1, with
         * its versions and credentials endpoints, unless the host offers 2.3.0 alone.
         */
        public Builder v221(Consumer<V221Services> services) {
            services.accept(v221);
            v221Offered = true;
            return this;
        }

        /**
         * Registers the OCPI 2.3.0 services the host offers, below {@code {base}/2.3.0/}: the server offers 2.3.0
         * beside 2.2.1 when {@link #v221} is called too, and alone otherwise. The server's {@link #roles} then need
         * one besides {@code HUB}, as 2.3.0 credentials name a Hub in {@code hub_party_id}.
         */
        public Builder v230(Consumer<V230Services> services) {
            services.accept(v230);
            v230Offered = true;
            return this;
        }

        /** Returns the server. */
        public OcpiServer build() {
            return new OcpiServer(this);
        }
    }
}
