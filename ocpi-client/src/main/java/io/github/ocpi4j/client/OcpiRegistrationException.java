package io.github.ocpi4j.client;

import io.github.ocpi4j.model.OcpiException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * The credentials registration, update or unregistration with a partner failed; {@link #step()} says at which
 * step, and the cause says why.
 */
public final class OcpiRegistrationException extends OcpiException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The steps of the credentials exchange ({@code [[credentials_registration]]}). */
    public enum Step {
        /** Fetching the partner's versions. */
        FETCH_VERSIONS,
        /** Choosing the version: the highest both sides speak, or the one a move asks for. */
        CHOOSE_VERSION,
        /** Fetching the details of that version. */
        FETCH_VERSION_DETAILS,
        /** Checking that the partner offers the endpoints this side needs. */
        CHECK_ENDPOINTS,
        /** Sending this side's credentials in a POST (registration). */
        POST_CREDENTIALS,
        /** Sending this side's new credentials in a PUT (update, token rotation, move to another version). */
        PUT_CREDENTIALS,
        /** Telling the partner in a DELETE that this side's credentials are no longer valid. */
        DELETE_CREDENTIALS,
        /** Keeping the outcome in the party store. */
        STORE_PARTY
    }

    private final Step step;

    /**
     * Creates the exception.
     *
     * @param step the step that failed
     * @param message what failed
     * @param cause why, if another exception says so
     */
    public OcpiRegistrationException(Step step, String message, @Nullable Throwable cause) {
        super(step + ": " + message + (cause == null ? "" : ": " + cause.getMessage()), cause);
        this.step = step;
    }

    /** Returns the step that failed. */
    public Step step() {
        return step;
    }
}
