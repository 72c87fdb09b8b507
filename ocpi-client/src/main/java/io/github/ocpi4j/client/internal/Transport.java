package io.github.ocpi4j.client.internal;

import io.github.ocpi4j.client.CallOptions;
import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.OcpiResponseTooLargeException;
import io.github.ocpi4j.client.OcpiResponseValidationException;
import io.github.ocpi4j.client.OcpiTransportException;
import io.github.ocpi4j.client.OcpiUnreadableResponseException;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.client.ViolationListener;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes OCPI calls: headers (Authorization, X-Request-ID, X-Correlation-ID, routing), retries of idempotent calls,
 * the response envelope and its status, strict or lenient data, each call within the client's deadline and its
 * answer within the client's size limits. One per client; thread-safe.
 */
public final class Transport {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.ocpi4j.client");
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Pattern TOKEN_FIELD = Pattern.compile("(\"token\"\\s*:\\s*\")[^\"]*(\")");
    private static final OcpiType<OcpiResponse<Void>> ANY_ENVELOPE = OcpiType.responseOf(Void.class);
    private static final String USER_AGENT = "ocpi4j/0.1";

    private final OkHttpClient http;
    private final OcpiJson json;
    private final RetryPolicy retryPolicy;
    private final boolean strict;
    private final ViolationListener violationListener;
    private final Sleeper sleeper;
    private final long maxResponseBytes;
    private final int maxResponseElements;
    private final Duration callTimeout;

    /**
     * Creates the transport of a client.
     *
     * @param json the codec, whose reads the transport limits to {@code maxResponseElements}
     * @param maxResponseBytes the most bytes of a response body the transport reads
     * @param maxResponseElements the most JSON array elements of a response body the transport reads
     * @param callTimeout how long one call may take, every attempt and the waits between them included
     */
    public Transport(
            OkHttpClient http,
            OcpiJson json,
            RetryPolicy retryPolicy,
            boolean strict,
            ViolationListener violationListener,
            Sleeper sleeper,
            long maxResponseBytes,
            int maxResponseElements,
            Duration callTimeout) {
        this.http = http;
        this.json = json.withMaxElements(maxResponseElements);
        this.retryPolicy = retryPolicy;
        this.strict = strict;
        this.violationListener = violationListener;
        this.sleeper = sleeper;
        this.maxResponseBytes = maxResponseBytes;
        this.maxResponseElements = maxResponseElements;
        this.callTimeout = callTimeout;
    }

    /**
     * Returns a deadline {@code timeout} from now on this transport's clock.
     *
     * @param name what it is in an error, such as {@code the listing's deadline}
     * @param setting the method of {@code OcpiClient.Builder} that sets it
     */
    public Deadline deadline(Duration timeout, String name, String setting) {
        return Deadline.after(sleeper, timeout, name, setting);
    }

    /** Returns the codec. */
    public OcpiJson json() {
        return json;
    }

    /**
     * Makes a call and returns its reply.
     *
     * @param method the HTTP method
     * @param url the URL
     * @param body the request body, or {@code null}
     * @param type the type of the response envelope
     * @param access whom to call, with which token
     * @param options per-call options (correlation id, routing headers)
     * @param idempotent whether the call may be retried
     * @param notFoundIsEmpty whether HTTP 404 means "no such object" rather than an error
     * @return the reply, or empty for a 404 when {@code notFoundIsEmpty}
     */
    public <T> Optional<Reply<T>> call(
            String method,
            String url,
            @Nullable Object body,
            OcpiType<OcpiResponse<T>> type,
            Access access,
            CallOptions options,
            boolean idempotent,
            boolean notFoundIsEmpty) {
        return call(method, url, body, type, access, options, idempotent, notFoundIsEmpty, null);
    }

    /**
     * Makes a call as {@link #call(String, String, Object, OcpiType, Access, CallOptions, boolean, boolean)}, ending
     * it by {@code outer} (such as a listing's deadline) when that comes before the call's own deadline. A call
     * that runs out of time, in an attempt or waiting for the next, fails with an {@link OcpiTransportException}
     * naming the deadline; a retry whose wait would end after the deadline is not made, and the last failure is
     * reported instead. An answer larger than the client's limit fails with an {@link
     * OcpiResponseTooLargeException} and is not tried again.
     */
    public <T> Optional<Reply<T>> call(
            String method,
            String url,
            @Nullable Object body,
            OcpiType<OcpiResponse<T>> type,
            Access access,
            CallOptions options,
            boolean idempotent,
            boolean notFoundIsEmpty,
            @Nullable Deadline outer) {
        CallOptions effective = options.orElse(access.defaults());
        String correlationId = effective.correlationId() != null
                ? effective.correlationId()
                : UUID.randomUUID().toString();
        byte[] bytes = body == null ? null : json.write(body);
        int attempts = idempotent ? retryPolicy.maxAttempts() : 1;
        Deadline deadline =
                deadline(callTimeout, "the call deadline", "callTimeout").earlier(outer);
        for (int attempt = 1; ; attempt++) {
            String requestId = UUID.randomUUID().toString();
            if (deadline.passed()) {
                throw timedOut(deadline, attempt - 1, method, url, requestId, correlationId);
            }
            Request request = request(method, url, bytes, access, effective, requestId, correlationId);
            long started = System.nanoTime();
            if (LOG.isDebugEnabled()) {
                LOG.debug("--> {} {} [X-Request-ID {}, X-Correlation-ID {}]", method, url, requestId, correlationId);
            }
            if (LOG.isTraceEnabled() && bytes != null) {
                LOG.trace("--> body {}", masked(new String(bytes, StandardCharsets.UTF_8)));
            }
            Call call = http.newCall(request);
            call.timeout().timeout(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
            try (Response response = call.execute()) {
                int status = response.code();
                if (LOG.isDebugEnabled()) {
                    LOG.debug("<-- {} {} {} ({} ms)", status, method, url, (System.nanoTime() - started) / 1_000_000);
                }
                if (attempt < attempts && (status >= 500 || status == 429)) {
                    Duration wait = retryAfter(response.header("Retry-After"));
                    if ((wait == null || wait.compareTo(retryPolicy.maxRetryAfter()) <= 0)
                            && pause(
                                    wait != null ? wait : retryPolicy.backoffCeiling(attempt),
                                    wait == null,
                                    deadline,
                                    method,
                                    url,
                                    requestId,
                                    correlationId)) {
                        continue;
                    }
                }
                if (status == 404 && notFoundIsEmpty) {
                    return Optional.empty();
                }
                return Optional.of(reply(response, type, method, url, requestId, correlationId));
            } catch (IOException e) {
                LOG.debug("<-- {} {} failed: {}", method, url, e.toString());
                if (call.isCanceled() || deadline.passed()) {
                    throw timedOut(deadline, attempt, method, url, requestId, correlationId);
                }
                if (attempt < attempts
                        && pause(
                                retryPolicy.backoffCeiling(attempt),
                                true,
                                deadline,
                                method,
                                url,
                                requestId,
                                correlationId)) {
                    continue;
                }
                throw new OcpiTransportException(e, method, url, requestId, correlationId);
            }
        }
    }

    private static OcpiTransportException timedOut(
            Deadline deadline, int attempts, String method, String url, String requestId, String correlationId) {
        InterruptedIOException cause = new InterruptedIOException("no complete answer after " + attempts
                + (attempts == 1 ? " attempt" : " attempts") + " within " + deadline.description() + "; "
                + deadline.remedy());
        return new OcpiTransportException(cause, method, url, requestId, correlationId);
    }

    private Request request(
            String method,
            String url,
            byte @Nullable [] body,
            Access access,
            CallOptions options,
            String requestId,
            String correlationId) {
        Request.Builder b = new Request.Builder()
                .url(url)
                .header("Authorization", CredentialsTokens.header(access.token(), access.plainToken()))
                .header("X-Request-ID", requestId)
                .header("X-Correlation-ID", correlationId)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/json");
        header(b, "OCPI-to-country-code", options.toCountryCode());
        header(b, "OCPI-to-party-id", options.toPartyId());
        header(b, "OCPI-from-country-code", options.fromCountryCode());
        header(b, "OCPI-from-party-id", options.fromPartyId());
        RequestBody requestBody = body == null ? null : RequestBody.create(body, JSON);
        if (requestBody == null && (method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
            requestBody = RequestBody.create(new byte[0], null); // no body: no Content-Type either
        }
        return b.method(method, requestBody).build();
    }

    private static void header(Request.Builder b, String name, @Nullable Object value) {
        if (value != null) {
            b.header(name, value.toString());
        }
    }

    private <T> Reply<T> reply(
            Response response,
            OcpiType<OcpiResponse<T>> type,
            String method,
            String url,
            String requestId,
            String correlationId)
            throws IOException {
        int status = response.code();
        ResponseBody body = response.body();
        long length = body.contentLength();
        if (status < 200 || status > 299) {
            OcpiResponse<Void> envelope = null;
            if (length <= maxResponseBytes) {
                try {
                    envelope = read(body, ANY_ENVELOPE).value().orElse(null);
                } catch (BoundedStream.TooLong e) {
                    // the status says what went wrong: an error page past the limit is not read to its end
                }
            }
            throw new OcpiHttpException(
                    status,
                    envelope == null ? null : envelope.statusCode(),
                    envelope == null ? null : envelope.statusMessage(),
                    method,
                    url,
                    requestId,
                    correlationId);
        }
        if (length > maxResponseBytes) {
            throw new OcpiResponseTooLargeException(
                    status, maxResponseBytes, length, method, url, requestId, correlationId);
        }
        ReadResult<OcpiResponse<T>> result;
        try {
            result = read(body, type);
        } catch (BoundedStream.TooLong e) {
            throw new OcpiResponseTooLargeException(
                    status, maxResponseBytes, -1, method, url, requestId, correlationId);
        }
        if (result.isLimitReached()) {
            throw new OcpiResponseTooLargeException(
                    status,
                    OcpiResponseTooLargeException.Limit.ELEMENTS,
                    maxResponseElements,
                    length,
                    method,
                    url,
                    requestId,
                    correlationId);
        }
        OcpiResponse<T> envelope = result.value().orElse(null);
        if (!result.isWellFormed() || envelope == null || envelope.statusCode() == null) {
            List<Violation> problems = !result.isWellFormed() || envelope == null
                    ? result.violations()
                    : List.of(new Violation("status_code", "required"));
            throw new OcpiUnreadableResponseException(status, problems, method, url, requestId, correlationId);
        }
        if (!envelope.statusCode().isSuccess()) {
            throw new OcpiStatusException(
                    envelope.statusCode(), envelope.statusMessage(), requestId, correlationId, status);
        }
        if (!result.violations().isEmpty()) {
            if (strict) {
                throw new OcpiResponseValidationException(result.violations(), url, requestId, correlationId);
            }
            violationListener.onViolations(url, requestId, result.violations());
        }
        return new Reply<>(envelope.data(), status, response.headers(), url, requestId, correlationId);
    }

    /**
     * Reads a body of at most {@code maxResponseBytes} bytes, never taking more than one byte beyond from the
     * network. A failure of the stream (a timeout, a reset, {@link BoundedStream.TooLong}) is thrown as it was, even
     * when the JSON reader turned it into a violation.
     */
    private <T> ReadResult<T> read(ResponseBody body, OcpiType<T> type) throws IOException {
        BoundedStream in = new BoundedStream(body.byteStream(), maxResponseBytes);
        try (in) {
            ReadResult<T> result;
            if (LOG.isTraceEnabled()) {
                String text = new String(
                        in.readAllBytes(),
                        body.contentType() == null
                                ? StandardCharsets.UTF_8
                                : body.contentType().charset(StandardCharsets.UTF_8));
                LOG.trace("<-- body {}", masked(text));
                result = json.read(text, type);
            } else {
                result = json.read(in, type);
            }
            if (in.failure() != null) {
                throw in.failure();
            }
            return result;
        } catch (UncheckedIOException e) {
            throw in.failure() != null ? in.failure() : e.getCause();
        }
    }

    /** Waits before a retry, and returns true; or returns false, without waiting, when the wait would outlast the deadline. */
    private boolean pause(
            Duration ceiling,
            boolean jitter,
            Deadline deadline,
            String method,
            String url,
            String requestId,
            String correlationId) {
        long millis = jitter && ceiling.toMillis() > 0
                ? ThreadLocalRandom.current().nextLong(ceiling.toMillis() + 1)
                : ceiling.toMillis();
        if (TimeUnit.MILLISECONDS.toNanos(millis) >= deadline.remainingNanos()) {
            LOG.debug(
                    "not retrying {} {}: a wait of {} ms would outlast {}",
                    method,
                    url,
                    millis,
                    deadline.description());
            return false;
        }
        LOG.debug("retrying {} {} in {} ms", method, url, millis);
        try {
            sleeper.sleep(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException cause = new InterruptedIOException("interrupted while waiting to retry");
            throw new OcpiTransportException(cause, method, url, requestId, correlationId);
        }
        return true;
    }

    /** Parses Retry-After: delay-seconds or an HTTP-date. */
    static @Nullable Duration retryAfter(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Hides the values of {@code token} fields, as in the credentials module's bodies. */
    static String masked(String body) {
        return TOKEN_FIELD.matcher(body).replaceAll("$1***$2");
    }
}
