package io.github.ocpi4j.examples.cpo;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A push to an eMSP that has not been delivered: waiting for its retry, or refused by the eMSP for good. See {@link
 * JdbcCpo#pending()}.
 *
 * @param seq the push's place in the outbox: pushes of one object are delivered in this order
 * @param recipient the eMSP: the id of the party in the party store, or its {@code country_code-party_id}
 * @param method the HTTP method, {@code PUT}, {@code PATCH} or {@code POST}
 * @param object what is pushed: {@code session NL/CPO/<id>}, {@code CDR NL/CPO/<id>} or {@code CommandResult
 *     <response_url>}
 * @param attempts how many times delivery was tried
 * @param lastError why the last attempt failed, if one did
 * @param failed whether the eMSP refused it (an OCPI 2xxx status), so that it is no longer tried; otherwise it is
 *     tried again until delivered
 * @param created when the change it reports was made
 */
public record OutboxEntry(
        long seq,
        String recipient,
        String method,
        String object,
        int attempts,
        @Nullable String lastError,
        boolean failed,
        Instant created) {

    /** Returns the push as {@code METHOD object}, such as {@code PATCH session NL/CPO/1234}. */
    public String describe() {
        return method + " " + object;
    }
}
