package io.github.ocpi4j.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code ocpi4j validate --type <Name> [--partial] [--version 2.2.1|2.3.0] FILE...}: checks JSON files against the
 * specification's rules for a type of an OCPI version (2.2.1 when not given).
 *
 * <p>A file may hold one object, an array of them, or a response envelope whose {@code data} holds them. For each
 * file it prints {@code OK <file>}, or {@code INVALID <file>} and one line {@code   <path>: <rule>} per violation.
 * Exit code 0 when every file is valid, 1 when any is invalid, 2 on a usage or I/O error.
 */
final class ValidateCommand implements Command {
    /** The versions validate knows, the default first, each looking its types up in its own {@code SpecTypes}. */
    private static final List<SpecVersion> VERSIONS = List.of(
            new SpecVersion(
                    "2.2.1",
                    io.github.ocpi4j.model.v221.SpecTypes::forName,
                    io.github.ocpi4j.model.v221.SpecTypes::patchTypeOf),
            new SpecVersion(
                    "2.3.0",
                    io.github.ocpi4j.model.v230.SpecTypes::forName,
                    io.github.ocpi4j.model.v230.SpecTypes::patchTypeOf));

    /** One version: its number, a type by its specification name, and the PATCH body of a type. */
    private record SpecVersion(
            String number,
            Function<String, Optional<Class<?>>> forName,
            Function<Class<?>, Optional<Class<?>>> patchTypeOf) {}

    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String synopsis() {
        return "validate --type <Name> [--partial] [--version 2.2.1|2.3.0] FILE...";
    }

    @Override
    public String help() {
        return """
                Checks JSON files against the specification's rules for a type. A file may hold one object, an array
                of them, or a response envelope whose data holds them.

                  --type <Name>    the specification's name of an object, class or enumeration: Location, EVSE,
                                   Session, CDR, Tariff, Token, Credentials, VersionDetails, ... (case ignored)
                  --partial        judge a PATCH body (Location, EVSE, Connector, Session, Token; in 2.3.0
                                   also BookingLocation, Calendar and Booking)
                  --version <V>    the OCPI version whose rules apply: 2.2.1 (the default) or 2.3.0, which
                                   includes the Bookings 1.1 add-on (Booking, BookingLocation, Calendar, ...)

                stdout: "OK <file>", or "INVALID <file>" and one line "  <path>: <rule>" per violation.
                Exit codes: 0 every file is valid, 1 a file is invalid, 2 a usage error or a file that cannot be read.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String typeName = null;
        String versionNumber = VERSIONS.get(0).number();
        boolean partial = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--type" -> typeName = Command.value(args, ++i, arg);
                case "--version" -> versionNumber = Command.value(args, ++i, arg);
                case "--partial" -> partial = true;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    files.add(Path.of(arg));
                }
            }
        }
        if (typeName == null) {
            throw new UsageException("--type is required");
        }
        SpecVersion version = version(versionNumber);
        if (files.isEmpty()) {
            throw new UsageException("no FILE given");
        }
        Class<?> type = type(version, typeName, partial);

        int exit = OK;
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                err.println("ERROR " + file + ": no such file");
                exit = USAGE;
                continue;
            } catch (IOException e) {
                err.println("ERROR " + file + ": " + e.getMessage());
                exit = USAGE;
                continue;
            }
            ReadResult<?> result = OcpiJson.instance().read(bytes, documentType(bytes, type));
            if (result.isValid()) {
                out.println("OK " + file);
            } else {
                out.println("INVALID " + file);
                for (Violation v : result.violations()) {
                    out.println("  " + v.path() + ": " + v.rule());
                }
                exit = Math.max(exit, FAILED);
            }
        }
        return exit;
    }

    private static SpecVersion version(String number) {
        return VERSIONS.stream()
                .filter(v -> v.number().equals(number))
                .findFirst()
                .orElseThrow(() -> new UsageException("unsupported version " + number + " (supported: "
                        + String.join(
                                ", ", VERSIONS.stream().map(SpecVersion::number).toList()) + ")"));
    }

    private static Class<?> type(SpecVersion version, String name, boolean partial) {
        Class<?> type = version.forName()
                .apply(name)
                .orElseThrow(() -> new UsageException("unknown type " + name + " in OCPI " + version.number()
                        + " (for example Location, EVSE, Session, CDR, Tariff, Token)"));
        if (!partial) {
            return type;
        }
        return version.patchTypeOf()
                .apply(type)
                .orElseThrow(() -> new UsageException(type.getSimpleName() + " has no PATCH in OCPI " + version.number()
                        + "; --partial applies to Location, EVSE, Connector, Session and Token"));
    }

    /** The shape of the document: one object, an array of them, or an envelope around either. */
    private static OcpiType<?> documentType(byte[] bytes, Class<?> type) {
        try (JsonParser p = JSON_FACTORY.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return OcpiType.listOf(type);
            }
            if (first != JsonToken.START_OBJECT) {
                return OcpiType.of(type);
            }
            boolean envelope = false;
            boolean dataIsArray = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("status_code")) {
                    envelope = true;
                } else if (field.equals("data")) {
                    dataIsArray = value == JsonToken.START_ARRAY;
                }
                p.skipChildren();
            }
            if (!envelope) {
                return OcpiType.of(type);
            }
            return dataIsArray ? OcpiType.responseOfList(type) : OcpiType.responseOf(type);
        } catch (IOException e) {
            return OcpiType.of(type); // malformed: reading reports where
        }
    }
}
