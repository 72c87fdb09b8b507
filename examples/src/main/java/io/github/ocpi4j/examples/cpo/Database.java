package io.github.ocpi4j.examples.cpo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The CPO's database through plain JDBC: connections, transactions, the schema, and the conversions every table
 * needs. Writes run one at a time (a lock), so that a read-modify-write of a location's JSON cannot interleave with
 * another; that makes one node correct, several nodes on one database would need row locks ({@code SELECT ... FOR
 * UPDATE}). Reads run concurrently. Thread-safe.
 */
final class Database {
    private static final String SCHEMA = "schema.sql";
    private static final Pattern TABLE = Pattern.compile("(?m)^CREATE TABLE IF NOT EXISTS (\\w+)");

    /** Opens a connection; {@link java.sql.DriverManager} or a pool's {@code DataSource::getConnection}. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    /** Work in a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connections connections;
    private final ReentrantLock writeLock = new ReentrantLock();

    Database(Connections connections) {
        this.connections = connections;
    }

    /** Creates the tables and indexes that are missing; running it again changes nothing. */
    void createSchema() {
        write(c -> {
            try (Statement statement = c.createStatement()) {
                for (String sql : statements(schema())) {
                    statement.execute(sql);
                }
            }
            return null;
        });
    }

    /**
     * Deletes every row of the tables of {@code schema.sql}, in one transaction, the tables that refer to others
     * first; the tables stay.
     */
    void emptyTables() {
        List<String> tables = new ArrayList<>();
        Matcher m = TABLE.matcher(schema());
        while (m.find()) {
            tables.add(0, m.group(1)); // created after the tables they refer to, so emptied before them
        }
        write(c -> {
            try (Statement statement = c.createStatement()) {
                for (String table : tables) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            }
            return null;
        });
    }

    /** Runs work that changes data in one transaction, after every other such work. */
    <T> T write(Work<T> work) {
        writeLock.lock();
        try {
            return transaction(work);
        } finally {
            writeLock.unlock();
        }
    }

    /** How many threads wait for {@link #write}: a test holds writes back with it until concurrent ones queue up. */
    int waitingWriters() {
        return writeLock.getQueueLength();
    }

    /** Runs work that only reads, in one transaction. */
    <T> T read(Work<T> work) {
        return transaction(work);
    }

    private <T> T transaction(Work<T> work) {
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database: " + e.getMessage(), e);
        }
    }

    // ---- conversions shared by the tables

    /** The key of a case-insensitive OCPI id (CiString): upper-cased. */
    static String key(Object ciString) {
        return ciString.toString().toUpperCase(Locale.ROOT);
    }

    static void setInstant(PreparedStatement statement, int index, @Nullable Instant instant) throws SQLException {
        statement.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static @Nullable Instant instant(ResultSet rows, String column) throws SQLException {
        Object value = rows.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** Binds parameters in order. */
    static PreparedStatement bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p instanceof Instant instant) {
                setInstant(statement, i + 1, instant);
            } else {
                statement.setObject(i + 1, p);
            }
        }
        return statement;
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows changed. */
    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = bind(c.prepareStatement(sql), parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Reads the strings of the first column of a query's rows. */
    static List<String> strings(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = bind(c.prepareStatement(sql), parameters);
                ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** Reads the number a {@code SELECT COUNT(*)} returns. */
    static int count(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = bind(c.prepareStatement(sql), parameters);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String schema() {
        try (InputStream in = Database.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the classpath next to " + Database.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a script: comment lines dropped, split at semicolons that end a line. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
