package io.github.ocpi4j.client;

import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Pager;
import io.github.ocpi4j.client.internal.Sleeper;
import io.github.ocpi4j.client.internal.Transport;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.versions.Version;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the OCPI client: built once, shared by the whole application (it is thread-safe and pools
 * connections), it connects to partners and gives typed clients for their modules.
 *
 * <pre>{@code
 * OcpiClient client = OcpiClient.builder().build();
 *
 * // a partner known by its versions URL and the token it gave us: the highest version both sides speak
 * Partner cpo = client.connect("https://cpo.example.com/ocpi/versions", token);
 * cpo.v230().locationsSender().stream(ListQuery.all()).forEach(location -> ...);   // if cpo.version() is 2.3.0
 *
 * // a client that speaks 2.2.1 at most, with every partner
 * OcpiClient capped = OcpiClient.builder().maxVersion("2.2.1").build();
 *
 * // a partner registered earlier, from the party store
 * Partner emsp = client.partner(partyStore.findById("emsp-acme").orElseThrow());
 * }</pre>
 *
 * <p>Calls go out with {@code Authorization: Token <base64>}, a new X-Request-ID each and an X-Correlation-ID per
 * call or flow; GET, PUT and DELETE are retried on I/O errors, 5xx and 429 ({@link RetryPolicy}), commands and
 * other POSTs and PATCHes never. Failures are unchecked exceptions: {@link OcpiTransportException}, {@link
 * OcpiHttpException}, {@link OcpiUnreadableResponseException}, {@link io.github.ocpi4j.model.OcpiStatusException}
 * and, in strict mode, {@link OcpiResponseValidationException}.
 *
 * <p>What a partner can make the client hold or wait for is bounded, each limit set on the {@link Builder}: a
 * response body of at most {@link Builder#maxResponseBytes 32 MiB} and {@link Builder#maxResponseElements one JSON
 * array element per 64 of its bytes} ({@link OcpiResponseTooLargeException}, never retried), of whose violations at
 * most {@value io.github.ocpi4j.model.OcpiJson#MAX_VIOLATIONS} are listed; a call ends within {@link
 * Builder#callTimeout 2 minutes}, its retries and the waits between them included ({@link OcpiTransportException});
 * and a listing ({@code stream(...)}) within {@link
 * Builder#listingTimeout 1 hour} and {@link Builder#maxPages 10,000 pages}, stopping also when the partner keeps
 * linking to pages past the {@code X-Total-Count} it announced ({@link OcpiPagingException}). Each error names the
 * limit, its value and the builder method that raises it.
 */
public final class OcpiClient implements AutoCloseable {
    /** The OCPI versions ocpi4j speaks, newest first; a client may be capped below ({@link Builder#maxVersion}). */
    public static final List<String> SUPPORTED_VERSIONS = OcpiVersion.numbers();

    private final Transport transport;
    private final Pager pager;
    private final OkHttpClient http;
    private final boolean ownHttp;
    private final @Nullable String maxVersion;
    private final List<String> versions;

    private OcpiClient(Builder b, OkHttpClient http, boolean ownHttp) {
        this.http = http;
        this.ownHttp = ownHttp;
        this.maxVersion = b.maxVersion;
        this.versions = SUPPORTED_VERSIONS.stream()
                .filter(v -> b.maxVersion == null || compareVersions(v, b.maxVersion) <= 0)
                .toList();
        this.transport = new Transport(
                http,
                OcpiJson.instance(),
                b.retryPolicy,
                b.strict,
                b.violationListener,
                b.sleeper,
                b.maxResponseBytes,
                b.maxResponseElements(),
                b.callTimeout);
        this.pager = new Pager(transport, b.maxPages, b.listingTimeout);
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Connects to a partner: fetches its versions with the token, chooses the highest version both sides speak (2.3.0
     * or 2.2.1, at most the builder's {@link Builder#maxVersion maxVersion}), and fetches that version's endpoints.
     * {@link Partner#version()} tells which was chosen.
     *
     * @param versionsUrl the partner's versions endpoint
     * @param token the credentials token the partner gave this side
     * @throws OcpiNegotiationException if the two sides share no version
     */
    public Partner connect(String versionsUrl, String token) {
        return connect(versionsUrl, token, false, CallOptions.NONE);
    }

    /**
     * Connects to a partner, as {@link #connect(String, String)}, sending the token without Base64 if {@code
     * plainToken} (for platforms of OCPI 2.1.1 and 2.2 that expect that) and with these call options.
     *
     * <p>The options hold for the partner returned as much as for the discovery: every call to it falls back on
     * them, as after {@link Partner#withDefaults(CallOptions)}, so the routing headers of a partner behind a hub are
     * given once. A correlation id among them ties all those calls into one flow; leave it out for a new one per
     * call.
     */
    public Partner connect(String versionsUrl, String token, boolean plainToken, CallOptions options) {
        return connect(versionsUrl, new Access(token, plainToken, options), null);
    }

    /**
     * Connects to a partner at exactly one OCPI version, whatever else both sides speak: fetches its versions with the
     * token, then that version's endpoints. The receiving side of the credentials handshake connects so, as a POST or
     * PUT at one version's credentials endpoint asks for that version ({@code [[credentials_post_method]]}, {@code
     * [[credentials_put_method]]}).
     *
     * @param versionsUrl the partner's versions endpoint
     * @param token the credentials token the partner gave this side
     * @param plainToken whether to send the token without Base64, as {@link #connect(String, String, boolean,
     *     CallOptions)}
     * @param options the options of the two calls and of every later call to the partner, as {@link
     *     #connect(String, String, boolean, CallOptions)} says
     * @param version the version number, such as {@code 2.3.0}
     * @throws OcpiNegotiationException if the partner's versions do not list that version; its details are not
     *     fetched then
     * @throws IllegalArgumentException if the partner lists it but this client does not speak it ({@link
     *     #SUPPORTED_VERSIONS}, up to {@link Builder#maxVersion maxVersion})
     */
    public Partner connect(String versionsUrl, String token, boolean plainToken, CallOptions options, String version) {
        return connect(versionsUrl, new Access(token, plainToken, options), version);
    }

    /**
     * Connects to a partner at the highest version both sides speak or, when {@code pinned} is given, at exactly
     * that version.
     *
     * @throws OcpiNegotiationException if the partner offers no version to use
     */
    private Partner connect(String versionsUrl, Access access, @Nullable String pinned) {
        Versions versions = new Versions(transport);
        List<Version> offered = versions.versions(versionsUrl, access, CallOptions.NONE);
        Version chosen = choose(versionsUrl, offered, pinned);
        String version = chosen.version().value();
        List<PartyEndpoint> endpoints = versions.endpoints(version, chosen.url(), access, CallOptions.NONE);
        return new Partner(transport, pager, versionsUrl, version, endpoints, access);
    }

    /** Returns the partner a stored party describes, without calling it. */
    public Partner partner(Party party) {
        if (party.outgoingToken() == null || party.version() == null || party.versionsUrl() == null) {
            throw new IllegalArgumentException(party.id() + " has not finished registration: " + party);
        }
        Access access = new Access(party.outgoingToken(), party.plainTokenAllowed(), CallOptions.NONE);
        return new Partner(transport, pager, party.versionsUrl(), party.version(), party.endpoints(), access);
    }

    /**
     * Releases the connections and threads of the OkHttp client this client created; an OkHttp client given to
     * {@link Builder#okHttpClient} is left to its owner. The client may not be used afterwards.
     */
    @Override
    public void close() {
        if (ownHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /** Returns the OkHttp client the calls go through, for tests. */
    OkHttpClient http() {
        return http;
    }

    /** Returns the transport of this client, for the registration. */
    Transport transport() {
        return transport;
    }

    /** Returns the versions this client speaks, newest first: {@link #SUPPORTED_VERSIONS} up to the cap. */
    List<String> versions() {
        return versions;
    }

    /**
     * Returns the version to use with a partner, of those it offers: {@code pinned}, or when that is {@code null}
     * the highest one this client speaks.
     *
     * @throws OcpiNegotiationException if the partner does not offer {@code pinned}, or offers no version this client
     *     speaks
     * @throws IllegalArgumentException if the partner offers {@code pinned} but this client does not speak it
     */
    Version choose(String versionsUrl, List<Version> offered, @Nullable String pinned) {
        if (pinned == null) {
            return choose(versionsUrl, offered, versions, ", ocpi4j speaks " + versions + capped());
        }
        Version chosen = usable(offered)
                .filter(v -> v.version().value().equals(pinned))
                .findFirst()
                .orElseThrow(() -> new OcpiNegotiationException(
                        versionsUrl + " does not offer OCPI " + pinned + ": it offers " + numbers(offered)));
        if (!versions.contains(pinned)) {
            throw new IllegalArgumentException("this client speaks " + versions + capped() + ", not " + pinned);
        }
        return chosen;
    }

    /** The cap on the versions, for messages. */
    private String capped() {
        return maxVersion == null ? "" : " (OcpiClient.Builder.maxVersion " + maxVersion + ")";
    }

    /** Returns the highest version both sides speak, or fails naming both lists. */
    public static Version highestMutual(String versionsUrl, List<Version> offered) {
        return choose(versionsUrl, offered, SUPPORTED_VERSIONS, ", ocpi4j speaks " + SUPPORTED_VERSIONS);
    }

    /** The highest of the wanted versions the partner offers; else an error: what it offers, then {@code tail}. */
    private static Version choose(String versionsUrl, List<Version> offered, List<String> wanted, String tail) {
        Optional<Version> best = usable(offered)
                .filter(v -> wanted.contains(v.version().value()))
                .max(Comparator.comparing(v -> v.version().value(), OcpiClient::compareVersions));
        return best.orElseThrow(() -> new OcpiNegotiationException(versionsUrl + " offers " + numbers(offered) + tail));
    }

    /** The offered versions with a number and a URL (a lenient client lets others through). */
    private static Stream<Version> usable(List<Version> offered) {
        return offered.stream().filter(v -> v != null && v.version() != null && v.url() != null);
    }

    /** The numbers of the offered versions, for messages, such as {@code [2.1.1, 2.2.1]}. */
    private static String numbers(List<Version> offered) {
        return offered.stream()
                .filter(v -> v != null && v.version() != null)
                .map(v -> v.version().value())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** Compares version numbers part by part: 2.2.1 is newer than 2.2 and than 2.1.1. */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(part(x, i), part(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int part(String[] parts, int i) {
        if (i >= parts.length) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[i]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Builds an {@link OcpiClient}. Not thread-safe. */
    public static final class Builder {
        /**
         * 32 MiB: five times a page of 1,000 Locations with four EVSEs each (about 6 MiB); the objects read from that
         * much OCPI data take about 100 MiB of heap.
         */
        public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

        /**
         * How many bytes of a response body allow one JSON array element by default: 64. Real OCPI data has far fewer
         * elements (a page of Locations about one per 125 bytes, of CDRs with many charging periods one per 45 at the
         * densest), while a body of empty objects {@code [{},{},...]} has one per 3 bytes, each read into a record of
         * empty fields of up to some 120 bytes of heap. At one per 64 bytes, such a body of the default 32 MiB takes
         * some 60 MiB of heap, less than a page of real data of that size (about 100 MiB).
         */
        public static final int BYTES_PER_RESPONSE_ELEMENT = 64;

        /**
         * 524,288 JSON array elements: one per {@value #BYTES_PER_RESPONSE_ELEMENT} bytes of the default {@link
         * #DEFAULT_MAX_RESPONSE_BYTES}.
         */
        public static final int DEFAULT_MAX_RESPONSE_ELEMENTS =
                (int) (DEFAULT_MAX_RESPONSE_BYTES / BYTES_PER_RESPONSE_ELEMENT);

        /** 10,000 pages: a million objects in pages of 100. */
        public static final int DEFAULT_MAX_PAGES = 10_000;

        /** Two minutes: time for three attempts, a Retry-After of 30 s between them, and a large page. */
        public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

        /** One hour: time for 100,000 objects in pages of 100 at a slow partner. */
        public static final Duration DEFAULT_LISTING_TIMEOUT = Duration.ofHours(1);

        /** Ten seconds to open a connection to a partner. */
        public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

        /** Thirty seconds of silence while an answer is read. */
        public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

        /** Thirty seconds without progress while a request is written. */
        public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);

        private @Nullable OkHttpClient http;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private boolean strict = true;
        private ViolationListener violationListener =
                (url, requestId, violations) -> LoggerFactory.getLogger("io.github.ocpi4j.client")
                        .warn("{} [X-Request-ID {}] data breaks the specification: {}", url, requestId, violations);
        private int maxPages = DEFAULT_MAX_PAGES;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private int maxResponseElements; // 0: one per BYTES_PER_RESPONSE_ELEMENT of maxResponseBytes
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private Duration listingTimeout = DEFAULT_LISTING_TIMEOUT;
        private @Nullable Duration connectTimeout;
        private @Nullable Duration readTimeout;
        private @Nullable Duration writeTimeout;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private @Nullable String maxVersion;

        private Builder() {}

        /**
         * Uses this OkHttp client, for example one the application already shares, so that connection pools and
         * dispatchers are shared; {@link OcpiClient#close()} leaves it to its owner. Its own timeouts stay, but for
         * those set on this builder ({@link #connectTimeout}, {@link #readTimeout}, {@link #writeTimeout}): the calls
         * then go through a client derived from it with {@link OkHttpClient#newBuilder()}, which still shares its
         * pool and dispatcher. Without it, ocpi4j creates its own client with the timeouts of this builder, by
         * default {@link #DEFAULT_CONNECT_TIMEOUT 10 s} to connect and {@link #DEFAULT_READ_TIMEOUT 30 s} to read
         * and {@link #DEFAULT_WRITE_TIMEOUT write}. {@link #callTimeout} bounds each call either way.
         */
        public Builder okHttpClient(OkHttpClient http) {
            this.http = Objects.requireNonNull(http, "http");
            return this;
        }

        /** Sets when idempotent calls are tried again; {@link RetryPolicy#defaults()} by default. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Accepts response data that breaks rules of the specification, reporting its violations to the listener
         * (by default a warning in the log), instead of failing the call with {@link
         * OcpiResponseValidationException}, which is the default.
         */
        public Builder lenient(ViolationListener listener) {
            this.strict = false;
            this.violationListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Sets how many pages one listing fetches at most ({@link #DEFAULT_MAX_PAGES} by default, 10,000); the next
         * page ends the listing with an {@link OcpiPagingException}.
         */
        public Builder maxPages(int maxPages) {
            if (maxPages < 1) {
                throw new IllegalArgumentException("maxPages must be at least 1");
            }
            this.maxPages = maxPages;
            return this;
        }

        /**
         * Sets how many bytes the body of a response may hold at most ({@link #DEFAULT_MAX_RESPONSE_BYTES} by
         * default, 32 MiB), counted after any {@code Content-Encoding} is undone. A larger answer fails the call
         * with an {@link OcpiResponseTooLargeException}, without reading more than one byte past the limit (nothing
         * when {@code Content-Length} announces more), and is not tried again. The objects read from a body of real
         * OCPI data take about three times its size in heap. Unless {@link #maxResponseElements} is set, it also sets
         * how many JSON array elements a body may hold: one per {@value #BYTES_PER_RESPONSE_ELEMENT} bytes.
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            if (maxResponseBytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1, was " + maxResponseBytes);
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * Sets how many JSON array elements the body of a response may hold at most, the elements of all its arrays
         * counted together: the objects of a page, their EVSEs, connectors, charging periods, the strings of lists.
         * By default one per {@value #BYTES_PER_RESPONSE_ELEMENT} bytes of {@link #maxResponseBytes}, {@link
         * #DEFAULT_MAX_RESPONSE_ELEMENTS} (524,288) for the default 32 MiB. It bounds the objects that reading a
         * body builds, where its bytes alone do not: a partner's page of empty objects {@code [{},{},...]} has one
         * per three bytes. Reading stops at the first element beyond it, and the call fails with an {@link
         * OcpiResponseTooLargeException} ({@link OcpiResponseTooLargeException.Limit#ELEMENTS}), not tried again.
         */
        public Builder maxResponseElements(int maxResponseElements) {
            if (maxResponseElements < 1) {
                throw new IllegalArgumentException(
                        "maxResponseElements must be at least 1, was " + maxResponseElements);
            }
            this.maxResponseElements = maxResponseElements;
            return this;
        }

        /** The limit of elements set, or else the one that comes with the limit of bytes. */
        private int maxResponseElements() {
            if (maxResponseElements > 0) {
                return maxResponseElements;
            }
            return (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxResponseBytes / BYTES_PER_RESPONSE_ELEMENT));
        }

        /**
         * Sets how long one call may take ({@link #DEFAULT_CALL_TIMEOUT} by default, 2 minutes): from the first
         * attempt to the end of the last answer's body, retries and the waits between them included, whatever the
         * OkHttp client's own timeouts. A retry whose wait would end after it is not made. A call that runs out of
         * time fails with an {@link OcpiTransportException} naming this deadline.
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = positive(callTimeout, "callTimeout");
            return this;
        }

        /**
         * Sets how long opening a connection to a partner may take ({@link #DEFAULT_CONNECT_TIMEOUT} by default, 10
         * seconds); an attempt that runs out of it fails with an {@link OcpiTransportException} and is retried as
         * the {@link #retryPolicy} allows. It applies to an {@link #okHttpClient} given too, in place of its own.
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * Sets how long the partner may stay silent while its answer is read, the wait for its first byte included
         * ({@link #DEFAULT_READ_TIMEOUT} by default, 30 seconds); an attempt that runs out of it fails with an
         * {@link OcpiTransportException} and is retried as the {@link #retryPolicy} allows. It applies to an {@link
         * #okHttpClient} given too, in place of its own.
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = positive(readTimeout, "readTimeout");
            return this;
        }

        /**
         * Sets how long writing a request may stall ({@link #DEFAULT_WRITE_TIMEOUT} by default, 30 seconds); an
         * attempt that runs out of it fails with an {@link OcpiTransportException} and is retried as the {@link
         * #retryPolicy} allows. It applies to an {@link #okHttpClient} given too, in place of its own.
         */
        public Builder writeTimeout(Duration writeTimeout) {
            this.writeTimeout = positive(writeTimeout, "writeTimeout");
            return this;
        }

        /**
         * Sets how long one listing ({@code stream(...)} of a module client) may take from its first page
         * ({@link #DEFAULT_LISTING_TIMEOUT} by default, 1 hour); the calls of a listing end by then too, and the
         * listing ends with an {@link OcpiPagingException} naming this deadline. The time the caller spends on the
         * objects counts, as the stream is lazy.
         */
        public Builder listingTimeout(Duration listingTimeout) {
            this.listingTimeout = positive(listingTimeout, "listingTimeout");
            return this;
        }

        private static Duration positive(Duration timeout, String name) {
            Objects.requireNonNull(timeout, name);
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + timeout);
            }
            return timeout;
        }

        /**
         * Caps the OCPI version this client agrees on with any partner, such as {@code "2.2.1"} for a backend that
         * handles 2.2.1 objects only: {@link OcpiClient#connect(String, String) connect} and {@link Registrar}
         * then choose the highest version both sides speak up to this one. By default every version of {@link
         * OcpiClient#SUPPORTED_VERSIONS}, the newest first.
         *
         * @param version one of {@link OcpiClient#SUPPORTED_VERSIONS}
         * @throws IllegalArgumentException for another version
         */
        public Builder maxVersion(String version) {
            if (!SUPPORTED_VERSIONS.contains(version)) {
                throw new IllegalArgumentException(
                        "maxVersion: ocpi4j speaks " + SUPPORTED_VERSIONS + ", not " + version);
            }
            this.maxVersion = version;
            return this;
        }

        Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /** Returns the client. */
        public OcpiClient build() {
            OkHttpClient host = http;
            OkHttpClient.Builder b = host == null
                    ? new OkHttpClient.Builder()
                            .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
                            .readTimeout(DEFAULT_READ_TIMEOUT)
                            .writeTimeout(DEFAULT_WRITE_TIMEOUT)
                            .retryOnConnectionFailure(false)
                    : host.newBuilder(); // shares the pool and the dispatcher, keeps what is not set here
            if (connectTimeout != null) {
                b.connectTimeout(connectTimeout);
            }
            if (readTimeout != null) {
                b.readTimeout(readTimeout);
            }
            if (writeTimeout != null) {
                b.writeTimeout(writeTimeout);
            }
            return new OcpiClient(this, b.build(), host == null);
        }
    }
}
