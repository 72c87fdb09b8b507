package io.github.ocpi4j.model.v230.sessions;

/**
 * Where a {@link Session} stands in its life: {@code PENDING} first, {@code COMPLETED} last (a session is never
 * deleted).
 *
 * <p>Specification: {@code [[mod_sessions_sessionstatus_enum]]}.
 */
public enum SessionStatus {
    /**
     * Accepted and running: the EV and EVSE are connected and the EV or driver is authorized. The EV can take energy,
     * whether or not it does at the moment.
     */
    ACTIVE,
    /** Ended normally; the Session will not change any more. */
    COMPLETED,
    /** Declared void; it will not be billed. */
    INVALID,
    /**
     * The first status: not started yet, as some conditions are still missing. It may never become {@code ACTIVE}.
     */
    PENDING,
    /** Opened for a reservation; charging has not begun and may never begin. */
    RESERVATION
}
