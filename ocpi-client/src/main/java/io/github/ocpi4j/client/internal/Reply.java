package io.github.ocpi4j.client.internal;

import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * What a successful call returned: the envelope's data, and the HTTP status and headers (for paging and the CDR's
 * {@code Location}).
 *
 * @param data the data of the envelope, or {@code null} when it had none
 * @param httpStatus the HTTP status
 * @param headers the response headers
 * @param url the URL that was called
 * @param requestId the X-Request-ID of the call
 * @param correlationId the X-Correlation-ID of the call
 * @param <T> the type of the data
 */
public record Reply<T>(
        @Nullable T data, int httpStatus, Headers headers, String url, String requestId, String correlationId) {}
