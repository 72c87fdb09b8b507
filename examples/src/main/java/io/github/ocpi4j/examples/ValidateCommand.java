package io.github.ocpi4j.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.SpecTypes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ocpi4j validate --type <Name> [--partial] [--version 2.2.1] FILE...}: checks JSON files against the
 * specification's rules for a type.
 *
 * <p>A file may hold one object, an array of them, or a response envelope whose {@code data} holds them. For each
 * file it prints {@code OK <file>}, or {@code INVALID <file>} and one line {@code   <path>: <rule>} per violation.
 * Exit code 0 when every file is valid, 1 when any is invalid, 2 on a usage or I/O error.
 */
final class ValidateCommand implements Command {
    private static final String VERSION = "2.2.1";
    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String synopsis() {
        return "validate --type <Name> [--partial] [--version 2.2.1] FILE...";
    }

    @Override
    public String help() {
        return """
                Checks JSON files against the specification's rules for a type. A file may hold one object, an array
                of them, or a response envelope whose data holds them.

                  --type <Name>    the specification's name of an object, class or enumeration: Location, EVSE,
                                   Session, CDR, Tariff, Token, Credentials, VersionDetails, ... (case ignored)
                  --partial        judge a PATCH body (Location, EVSE, Connector, Session, Token)
                  --version 2.2.1  the OCPI version; 2.2.1 is the only one

                stdout: "OK <file>", or "INVALID <file>" and one line "  <path>: <rule>" per violation.
                Exit codes: 0 every file is valid, 1 a file is invalid, 2 a usage error or a file that cannot be read.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String typeName = null;
        String version = VERSION;
        boolean partial = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--type" -> typeName = Command.value(args, ++i, arg);
                case "--version" -> version = Command.value(args, ++i, arg);
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
        if (!version.equals(VERSION)) {
            throw new UsageException("unsupported version " + version + " (supported: " + VERSION + ")");
        }
        if (files.isEmpty()) {
            throw new UsageException("no FILE given");
        }
        Class<?> type = type(typeName, partial);

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

    private static Class<?> type(String name, boolean partial) {
        Class<?> type = SpecTypes.forName(name)
                .orElseThrow(() -> new UsageException("unknown type " + name + " in OCPI " + VERSION
                        + " (for example Location, EVSE, Session, CDR, Tariff, Token)"));
        if (!partial) {
            return type;
        }
        return SpecTypes.patchTypeOf(type)
                .orElseThrow(() -> new UsageException(type.getSimpleName() + " has no PATCH in OCPI " + VERSION
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
