-- The tables of the example CPO (io.github.ocpi4j.examples.cpo.JdbcCpo), created at start when missing.
-- Portable SQL for H2 2.x and PostgreSQL 10 and later: no vendor types, no upserts, no quoted names.
-- OCPI objects are kept whole as JSON (ocpi_json) next to the columns that are searched, filtered or sorted on.
-- Keys of case-insensitive OCPI ids (CiString) are stored upper-cased. Statements end with a semicolon at the end
-- of a line.

-- Partners (io.github.ocpi4j.client.Party): their credentials tokens, roles and endpoints.
CREATE TABLE IF NOT EXISTS cpo_party (
    id                  VARCHAR(255) PRIMARY KEY,
    status              VARCHAR(16)  NOT NULL,
    incoming_token      VARCHAR(255),
    incoming_token_hash VARCHAR(64),
    outgoing_token      VARCHAR(255),
    versions_url        VARCHAR(2048),
    ocpi_version        VARCHAR(16),
    plain_token_allowed BOOLEAN      NOT NULL
);
CREATE INDEX IF NOT EXISTS cpo_party_token ON cpo_party (incoming_token_hash);

CREATE TABLE IF NOT EXISTS cpo_party_role (
    party        VARCHAR(255) NOT NULL REFERENCES cpo_party (id) ON DELETE CASCADE,
    ordinal      INTEGER      NOT NULL,
    role         VARCHAR(32)  NOT NULL,
    country_code VARCHAR(2)   NOT NULL,
    party_id     VARCHAR(3)   NOT NULL,
    PRIMARY KEY (party, ordinal)
);

CREATE TABLE IF NOT EXISTS cpo_party_endpoint (
    party   VARCHAR(255)  NOT NULL REFERENCES cpo_party (id) ON DELETE CASCADE,
    ordinal INTEGER       NOT NULL,
    module  VARCHAR(64)   NOT NULL,
    role    VARCHAR(16)   NOT NULL,
    url     VARCHAR(2048) NOT NULL,
    PRIMARY KEY (party, ordinal)
);

-- This CPO's locations, with their EVSEs and connectors (Locations Sender).
CREATE TABLE IF NOT EXISTS cpo_location (
    country_code VARCHAR(2)               NOT NULL,
    party_id     VARCHAR(3)               NOT NULL,
    id           VARCHAR(36)              NOT NULL,
    last_updated TIMESTAMP WITH TIME ZONE NOT NULL,
    ocpi_json    VARCHAR                  NOT NULL,
    PRIMARY KEY (country_code, party_id, id)
);
CREATE INDEX IF NOT EXISTS cpo_location_updated ON cpo_location (last_updated);

-- This CPO's tariffs (Tariffs Sender).
CREATE TABLE IF NOT EXISTS cpo_tariff (
    country_code VARCHAR(2)               NOT NULL,
    party_id     VARCHAR(3)               NOT NULL,
    id           VARCHAR(36)              NOT NULL,
    last_updated TIMESTAMP WITH TIME ZONE NOT NULL,
    ocpi_json    VARCHAR                  NOT NULL,
    PRIMARY KEY (country_code, party_id, id)
);
CREATE INDEX IF NOT EXISTS cpo_tariff_updated ON cpo_tariff (last_updated);
-- What a payment terminal reserves on a card for a session under the tariff (OCPI 2.3.0 preauthorize_amount, which
-- the 2.2.1 tariff in ocpi_json has no field for); NULL when the tariff states none. Added to a table of an earlier
-- release too.
ALTER TABLE cpo_tariff ADD COLUMN IF NOT EXISTS preauthorize_amount NUMERIC(19, 4);

-- The tokens eMSPs pushed (Tokens Receiver).
CREATE TABLE IF NOT EXISTS cpo_token (
    country_code VARCHAR(2)               NOT NULL,
    party_id     VARCHAR(3)               NOT NULL,
    uid          VARCHAR(36)              NOT NULL,
    token_type   VARCHAR(32)              NOT NULL,
    last_updated TIMESTAMP WITH TIME ZONE NOT NULL,
    ocpi_json    VARCHAR                  NOT NULL,
    PRIMARY KEY (country_code, party_id, uid, token_type)
);

-- Charging sessions (Sessions Sender), owned by the eMSP of their cdr_token.
CREATE TABLE IF NOT EXISTS cpo_session (
    id                 VARCHAR(36)              PRIMARY KEY,
    token_country_code VARCHAR(2)               NOT NULL,
    token_party_id     VARCHAR(3)               NOT NULL,
    location_id        VARCHAR(36)              NOT NULL,
    evse_uid           VARCHAR(36)              NOT NULL,
    status             VARCHAR(16)              NOT NULL,
    last_updated       TIMESTAMP WITH TIME ZONE NOT NULL,
    periods_sent       INTEGER                  NOT NULL,
    preferences_json   VARCHAR,
    ocpi_json          VARCHAR                  NOT NULL
);
CREATE INDEX IF NOT EXISTS cpo_session_updated ON cpo_session (last_updated);
CREATE INDEX IF NOT EXISTS cpo_session_evse ON cpo_session (location_id, evse_uid, status);

-- What the charger's meter reported during a session, in order.
CREATE TABLE IF NOT EXISTS cpo_meter_reading (
    session_id VARCHAR(36)              NOT NULL REFERENCES cpo_session (id) ON DELETE CASCADE,
    ordinal    INTEGER                  NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    energy_kwh NUMERIC(19, 6)           NOT NULL,
    power_kw   NUMERIC(19, 6),
    PRIMARY KEY (session_id, ordinal)
);

-- Charge detail records (CDRs Sender), owned by the eMSP of their cdr_token.
CREATE TABLE IF NOT EXISTS cpo_cdr (
    id                 VARCHAR(39)              PRIMARY KEY,
    session_id         VARCHAR(36),
    token_country_code VARCHAR(2)               NOT NULL,
    token_party_id     VARCHAR(3)               NOT NULL,
    last_updated       TIMESTAMP WITH TIME ZONE NOT NULL,
    ocpi_json          VARCHAR                  NOT NULL
);
CREATE INDEX IF NOT EXISTS cpo_cdr_updated ON cpo_cdr (last_updated);

-- Reservations made with RESERVE_NOW, by the eMSP's reservation_id; state ACTIVE, USED, CANCELED or EXPIRED.
CREATE TABLE IF NOT EXISTS cpo_reservation (
    emsp_country_code VARCHAR(2)               NOT NULL,
    emsp_party_id     VARCHAR(3)               NOT NULL,
    reservation_id    VARCHAR(36)              NOT NULL,
    location_id       VARCHAR(36)              NOT NULL,
    evse_uid          VARCHAR(36)              NOT NULL,
    token_uid         VARCHAR(36)              NOT NULL,
    token_type        VARCHAR(32)              NOT NULL,
    expiry_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    session_id        VARCHAR(36)              NOT NULL,
    state             VARCHAR(16)              NOT NULL,
    PRIMARY KEY (emsp_country_code, emsp_party_id, reservation_id)
);
CREATE INDEX IF NOT EXISTS cpo_reservation_expiry ON cpo_reservation (state, expiry_date);

-- Pushes to eMSPs not delivered yet (PENDING) or refused by them (FAILED), in the order they were made. Written in
-- the transaction of the change they report; delivered pushes are deleted.
CREATE TABLE IF NOT EXISTS cpo_outbox (
    seq             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    object_key      VARCHAR(255)             NOT NULL,
    kind            VARCHAR(32)              NOT NULL,
    target          VARCHAR(2048)            NOT NULL,
    party           VARCHAR(255),
    to_country_code VARCHAR(2),
    to_party_id     VARCHAR(3),
    body            VARCHAR                  NOT NULL,
    state           VARCHAR(16)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    last_error      VARCHAR(2048),
    created         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS cpo_outbox_state ON cpo_outbox (state, seq);

-- Bookings 1.1 (CpoBookings): the bookable EVSEs, one BookingLocation each with its calendars in ocpi_json.
CREATE TABLE IF NOT EXISTS cpo_booking_location (
    id           VARCHAR(36)              PRIMARY KEY,
    location_id  VARCHAR(36)              NOT NULL,
    last_updated TIMESTAMP WITH TIME ZONE NOT NULL,
    ocpi_json    VARCHAR                  NOT NULL
);

-- Bookings 1.1: the bookings eMSPs requested, by the CPO's id, in the order requested (seq); awaiting when the
-- latest request has no answer yet.
CREATE TABLE IF NOT EXISTS cpo_booking (
    id                  VARCHAR(36)              PRIMARY KEY,
    seq                 BIGINT GENERATED BY DEFAULT AS IDENTITY,
    emsp_country_code   VARCHAR(2)               NOT NULL,
    emsp_party_id       VARCHAR(3)               NOT NULL,
    request_id          VARCHAR(36)              NOT NULL,
    booking_location_id VARCHAR(36)              NOT NULL,
    location_id         VARCHAR(36)              NOT NULL,
    start_date_time     TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(16)              NOT NULL,
    awaiting            BOOLEAN                  NOT NULL,
    last_updated        TIMESTAMP WITH TIME ZONE NOT NULL,
    ocpi_json           VARCHAR                  NOT NULL,
    UNIQUE (emsp_country_code, emsp_party_id, request_id)
);
CREATE INDEX IF NOT EXISTS cpo_booking_status ON cpo_booking (status, start_date_time);
