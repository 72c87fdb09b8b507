package io.github.ocpi4j.client.internal;

import io.github.ocpi4j.client.CallOptions;
import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.OcpiHttpException;
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
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
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
 * the response envelope and its status, strict or lenient data. One per client; thread-safe.
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

    /** Creates the transport of a client. */
    public Transport(
            OkHttpClient http,
            OcpiJson json,
            RetryPolicy retryPolicy,
            boolean strict,
            ViolationListener violationListener,
            Sleeper sleeper) {
        this.http = http;
        this.json = json;
        this.retryPolicy = retryPolicy;
        this.strict = strict;
        this.violationListener = violationListener;
        this.sleeper = sleeper;
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
        CallOptions effective = options.orElse(access.defaults());
        String correlationId = effective.correlationId() != null
                ? effective.correlationId()
                : UUID.randomUUID().toString();
        byte[] bytes = body == null ? null : json.write(body);
        int attempts = idempotent ? retryPolicy.maxAttempts() : 1;
        for (int attempt = 1; ; attempt++) {
            String requestId = UUID.randomUUID().toString();
            Request request = request(method, url, bytes, access, effective, requestId, correlationId);
            long started = System.nanoTime();
            if (LOG.isDebugEnabled()) {
                LOG.debug("--> {} {} [X-Request-ID {}, X-Correlation-ID {}]", method, url, requestId, correlationId);
            }
            if (LOG.isTraceEnabled() && bytes != null) {
                LOG.trace("--> body {}", masked(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
            }
            Response response;
            try {
                response = http.newCall(request).execute();
            } catch (IOException e) {
                LOG.debug("<-- {} {} failed: {}", method, url, e.toString());
                if (attempt < attempts) {
                    pause(retryPolicy.backoffCeiling(attempt), true, method, url, requestId, correlationId);
                    continue;
                }
                throw new OcpiTransportException(e, method, url, requestId, correlationId);
            }
            try (response) {
                int status = response.code();
                if (LOG.isDebugEnabled()) {
                    LOG.debug("<-- {} {} {} ({} ms)", status, method, url, (System.nanoTime() - started) / 1_000_000);
                }
                if (attempt < attempts && (status >= 500 || status == 429)) {
                    Duration wait = retryAfter(response.header("Retry-After"));
                    if (wait == null || wait.compareTo(retryPolicy.maxRetryAfter()) <= 0) {
                        pause(
                                wait != null ? wait : retryPolicy.backoffCeiling(attempt),
                                wait == null,
                                method,
                                url,
                                requestId,
                                correlationId);
                        continue;
                    }
                }
                if (status == 404 && notFoundIsEmpty) {
                    return Optional.empty();
                }
                return Optional.of(reply(response, type, method, url, requestId, correlationId));
            } catch (IOException e) {
                if (attempt < attempts) {
                    pause(retryPolicy.backoffCeiling(attempt), true, method, url, requestId, correlationId);
                    continue;
                }
                throw new OcpiTransportException(e, method, url, requestId, correlationId);
            }
        }
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
        if (status < 200 || status > 299) {
            OcpiResponse<Void> envelope =
                    json.read(body.bytes(), ANY_ENVELOPE).value().orElse(null);
            throw new OcpiHttpException(
                    status,
                    envelope == null ? null : envelope.statusCode(),
                    envelope == null ? null : envelope.statusMessage(),
                    method,
                    url,
                    requestId,
                    correlationId);
        }
        ReadResult<OcpiResponse<T>> result;
        if (LOG.isTraceEnabled()) {
            String text = body.string();
            LOG.trace("<-- body {}", masked(text));
            result = json.read(text, type);
        } else {
            try (InputStream in = body.byteStream()) {
                result = json.read(in, type);
            }
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

    private void pause(
            Duration ceiling, boolean jitter, String method, String url, String requestId, String correlationId) {
        long millis = jitter && ceiling.toMillis() > 0
                ? ThreadLocalRandom.current().nextLong(ceiling.toMillis() + 1)
                : ceiling.toMillis();
        LOG.debug("retrying {} {} in {} ms", method, url, millis);
        try {
            sleeper.sleep(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException cause = new InterruptedIOException("interrupted while waiting to retry");
            throw new OcpiTransportException(cause, method, url, requestId, correlationId);
        }
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
