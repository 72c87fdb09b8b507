package io.github.ocpi4j.examples;

import io.github.ocpi4j.client.CallOptions;
import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.OcpiResponseTooLargeException;
import io.github.ocpi4j.client.OcpiResponseValidationException;
import io.github.ocpi4j.client.OcpiTransportException;
import io.github.ocpi4j.client.OcpiUnreadableResponseException;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.v221.V221;
import io.github.ocpi4j.client.v230.V230;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.Violation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * {@code ocpi4j get --url VERSIONS_URL --token TOKEN [--party CC-PID] [--date-from DATETIME] [--date-to DATETIME]
 * [--lenient] [--timeout SECONDS] [--call-timeout SECONDS] [--max-pages N] [--max-response-bytes N] MODULE}:
 * pulls every object of a partner's Sender interface of a module, through all its pages, and prints each object as
 * one line of JSON. A contract that scripts rely on.
 *
 * <pre>
 * java -jar examples/target/ocpi4j.jar get --url https://cpo.example.com/ocpi/versions --token 1234 \
 *     --date-from 2024-01-01T00:00:00Z sessions &gt; sessions.jsonl
 * </pre>
 *
 * <p><b>What it does.</b> Connects to the partner ({@link OcpiClient#connect(String, String)}: GET of the versions
 * endpoint, then of the details of the highest version both sides speak, 2.3.0 or 2.2.1), then crawls the list of
 * MODULE, one of {@code locations}, {@code sessions}, {@code cdrs}, {@code tariffs}, {@code tokens} (case ignored),
 * on the partner's Sender interface of that version, following the {@code Link: <...>; rel="next"} headers
 * ({@code [[transport_and_format_pagination]]}), one page in memory at a time. The objects are read and printed as
 * objects of that version ({@code io.github.ocpi4j.model.v230} or {@code v221}): a 2.3.0 tariff keeps its {@code
 * tax_included}, a 2.3.0 price its {@code before_taxes} and {@code taxes}. The token is sent as {@code
 * Authorization: Token <Base64 of TOKEN>}. Idempotent calls are tried again on I/O errors, HTTP 5xx and 429, three
 * attempts in all (the client's {@code RetryPolicy.defaults()}).
 *
 * <p><b>Options.</b>
 *
 * <ul>
 *   <li>{@code --url URL}, required: the partner's versions endpoint, http or https.
 *   <li>{@code --token TOKEN}, required: the credentials token the partner gave this side.
 *   <li>{@code --party CC-PID}, such as {@code NL-TNM}: for a partner behind a hub, every call to the module carries
 *       {@code OCPI-to-country-code: CC} and {@code OCPI-to-party-id: PID}. The versions and version details calls
 *       do not: the specification does not route configuration modules ({@code
 *       [[transport_and_format_message_routing]]}).
 *   <li>{@code --date-from DATETIME}, {@code --date-to DATETIME}: sent as {@code date_from} and {@code date_to} on
 *       every page (objects last updated at or after {@code date_from}, before {@code date_to}); {@code sessions}
 *       needs {@code --date-from}, which the Sessions list requires. An OCPI DateTime:
 *       RFC 3339 in UTC such as {@code 2024-01-01T00:00:00Z}; the {@code Z} may be left out, fractions of a second
 *       are allowed, offsets such as {@code +01:00} are not. {@code --date-from} must be before {@code --date-to}.
 *   <li>{@code --lenient}: accepts data that breaks the specification's rules. Such objects are printed as read,
 *       and each violation is printed on stderr as one line {@code warning: GET <url>: <path>: <rule>}, the path
 *       from the response envelope ({@code data[3].evses[0].status}); an element of {@code data} that is not an
 *       object at all is only warned of. Without it (the default, strict) such data ends the command with an
 *       {@code OcpiResponseValidationException} error.
 *   <li>{@code --timeout SECONDS}: the listing of all pages ends within this many seconds from its first page (the
 *       client's {@code listingTimeout}), 3600 by default.
 *   <li>{@code --call-timeout SECONDS}: each call ends within this many seconds, its retries and the waits between
 *       them included (the client's {@code callTimeout}), 120 by default.
 *   <li>{@code --max-pages N}: the listing fetches at most N pages (the client's {@code maxPages}), 10000 by default.
 *   <li>{@code --max-response-bytes N}: a response body may hold at most N bytes (the client's {@code
 *       maxResponseBytes}), 33554432 (32 MiB) by default; the client stops reading a larger one at the limit. It
 *       also sets how many JSON array elements (objects of a page, their EVSEs, strings of lists...) a body may hold:
 *       one per 64 bytes (the client's {@code maxResponseElements}), 524288 by default.
 * </ul>
 *
 * <p>So a partner whose answers or pages never end, or trickle in, cannot keep the command running or make it
 * hold more than about {@code --max-response-bytes} of JSON at a time: the command stops at the first limit it
 * reaches, with an error line that names the limit, its value and the option that raises it. A listing also stops
 * when the partner links on to pages past the {@code X-Total-Count} it announced by more than a page.
 *
 * <p><b>Standard output</b> holds only the objects: each one as compact JSON ({@link OcpiJson#writeString(Object)},
 * no {@code null}s, no empty lists) in UTF-8 whatever the locale, followed by {@code \n}, in the order received,
 * printed as the pages arrive. The client's log goes to stderr, warnings only (see {@code simplelogger.properties}).
 *
 * <p><b>Standard error on failure</b> is one line:
 *
 * <pre>
 * error: &lt;Exception&gt;: [HTTP &lt;status&gt;, ][OCPI status &lt;code&gt;: ]&lt;message&gt;
 * </pre>
 *
 * <p>{@code <Exception>} is the simple name of the exception's class. {@code HTTP <status>} and {@code OCPI status
 * <code>} are there when known, in that order, separated by {@code ", "} and followed by {@code ": "}. The message
 * is the partner's {@code status_message} when it gave one; otherwise, for an OCPI status, the status code's
 * description ({@code Invalid or missing parameters}), and for anything else what failed, starting with the call
 * ({@code GET <url>}) when the exception names one. Line breaks in the message become spaces. By kind:
 *
 * <pre>
 * an HTTP error status, with or without an OCPI envelope in its body
 *   error: OcpiHttpException: HTTP 401, OCPI status 2000: Unknown token
 *   error: OcpiHttpException: HTTP 404: GET https://cpo.example.com/ocpi/2.2.1/cdrs
 * an OCPI error status (2xxx, 3xxx, 4xxx) in a response
 *   error: OcpiStatusException: HTTP 200, OCPI status 2001: Invalid date_from
 * a body that is not an OCPI response
 *   error: OcpiUnreadableResponseException: HTTP 200: GET &lt;url&gt;: not an OCPI response: $: malformed JSON: ...
 * the partner could not be reached (after the retries)
 *   error: OcpiTransportException: GET &lt;url&gt;: ConnectException: Failed to connect to ...
 * data that breaks the specification's rules (without --lenient): every violation, in the order found
 *   error: OcpiResponseValidationException: GET &lt;url&gt;: data[2].evses[0].status: ...; data[1].country_code: required
 * no common version, or no Sender interface of the module
 *   error: OcpiNegotiationException: https://cpo.example.com/ocpi/versions offers [2.1.1], ocpi4j speaks [2.3.0, 2.2.1]
 *   error: OcpiNegotiationException: the partner has no cdrs SENDER endpoint in OCPI 2.2.1
 * a limit reached: the answer too large, a call or the listing too long, too many pages
 *   error: OcpiResponseTooLargeException: HTTP 200: GET &lt;url&gt;: the body is larger than the limit of 33554432
 *       bytes; raise it with --max-response-bytes
 *   error: OcpiResponseTooLargeException: HTTP 200: GET &lt;url&gt;: the body holds more than 524288 JSON array
 *       elements, the limit of one per 64 bytes of --max-response-bytes; raise it with --max-response-bytes
 *   error: OcpiTransportException: GET &lt;url&gt;: InterruptedIOException: no complete answer after 1 attempt within the
 *       call deadline of 120 s; raise it with --call-timeout
 *   error: OcpiPagingException: paging stopped after 812 pages: the listing's deadline of 3600 s passed, before
 *       &lt;url&gt;; raise it with --timeout
 *   error: OcpiPagingException: paging stopped after 10000 pages: the client's limit of 10000 pages, before
 *       &lt;url&gt;; raise it with --max-pages
 * </pre>
 *
 * <p>Objects printed before a failure stay printed: exit code 1 means the list on stdout is incomplete.
 *
 * <p><b>Exit codes:</b> 0 when every page was fetched and printed; 1 when a call or the data failed (the error
 * line above), or stdout was closed ({@code error: IOException: ...}); 2 on a usage error (missing {@code --url},
 * {@code --token} or MODULE, an unknown MODULE or option, a bad URL, party or DateTime), printed as {@code ocpi4j
 * get: <what is wrong>} and the usage line (a limit that is not a positive whole number is one).
 */
final class GetCommand implements Command {
    /** The modules with a Sender interface that lists objects, by name, each with its crawl. */
    private static final Map<String, Crawl> MODULES = modules();

    private static final String MODULE_NAMES = String.join(", ", MODULES.keySet());
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z?");
    private static final Pattern PARTY = Pattern.compile("([A-Za-z]{2})-([A-Za-z0-9]{3})");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
    /** The client's settings that the limit options set, by option. */
    private static final Map<String, String> OPTIONS = Map.of(
            "listingTimeout", "--timeout",
            "callTimeout", "--call-timeout",
            "maxPages", "--max-pages",
            "maxResponseBytes", "--max-response-bytes");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,19}");

    private static Map<String, Crawl> modules() {
        Map<String, Crawl> modules = new LinkedHashMap<>();
        modules.put(
                "locations",
                new Crawl(
                        (v221, query) -> v221.locationsSender().stream(query),
                        (v230, query) -> v230.locationsSender().stream(query)));
        modules.put(
                "sessions",
                new Crawl(
                        (v221, query) -> v221.sessionsSender().stream(query),
                        (v230, query) -> v230.sessionsSender().stream(query)));
        modules.put(
                "cdrs",
                new Crawl(
                        (v221, query) -> v221.cdrsSender().stream(query),
                        (v230, query) -> v230.cdrsSender().stream(query)));
        modules.put(
                "tariffs",
                new Crawl(
                        (v221, query) -> v221.tariffsSender().stream(query),
                        (v230, query) -> v230.tariffsSender().stream(query)));
        modules.put(
                "tokens",
                new Crawl(
                        (v221, query) -> v221.tokensSender().stream(query),
                        (v230, query) -> v230.tokensSender().stream(query)));
        return Collections.unmodifiableMap(modules);
    }

    /** The crawl of a module's list in each version; the one of the version agreed with the partner runs. */
    private record Crawl(BiFunction<V221, ListQuery, Stream<?>> v221, BiFunction<V230, ListQuery, Stream<?>> v230) {
        Stream<?> apply(Partner partner, ListQuery query) {
            return partner.version().equals("2.3.0")
                    ? v230.apply(partner.v230(), query)
                    : v221.apply(partner.v221(), query);
        }
    }

    @Override
    public String name() {
        return "get";
    }

    @Override
    public String synopsis() {
        return "get --url <versions-url> --token <token> [--party <CC-PID>] [--date-from <DateTime>]"
                + " [--date-to <DateTime>] [--lenient] [--timeout <seconds>] [--call-timeout <seconds>]"
                + " [--max-pages <N>] [--max-response-bytes <N>] <" + String.join("|", MODULES.keySet()) + ">";
    }

    @Override
    public String help() {
        return """
                Pulls every object of the partner's Sender interface of a module, through all pages, and prints each
                object as one line of compact JSON on stdout, in the order received, as pages arrive. The version is
                the highest both sides speak, OCPI 2.3.0 or 2.2.1; the objects are printed as that version has them.

                  --url <versions-url>    the partner's versions endpoint (http or https)
                  --token <token>         the credentials token the partner gave us (sent as "Token <Base64>")
                  --party <CC-PID>        a partner behind a hub, such as NL-TNM: the module's calls carry
                                          OCPI-to-country-code CC and OCPI-to-party-id PID (versions calls do not)
                  --date-from <DateTime>  only objects last updated at or after it: RFC 3339 UTC such as
                                          2024-01-01T00:00:00Z (Z optional, fractions allowed)
                  --date-to <DateTime>    only objects last updated before it
                  --lenient               accept data that breaks the specification's rules: print it, and print
                                          each violation on stderr as "warning: GET <url>: <path>: <rule>"
                                          (without --lenient such data is an error)
                  --timeout <seconds>     the listing of all pages ends within this many seconds from its
                                          first page (default 3600)
                  --call-timeout <seconds>
                                          each call ends within it, retries included (default 120)
                  --max-pages <N>         the listing fetches at most N pages (default 10000)
                  --max-response-bytes <N>
                                          a response body holds at most N bytes: reading stops there
                                          (default 33554432, 32 MiB), and one JSON array element per
                                          64 of them (default 524288)

                stdout: the objects only, one JSON object per line (UTF-8). The log goes to stderr, warnings only.
                stderr on failure, one line; "HTTP <status>, " and "OCPI status <code>: " only when known:
                  error: <Exception>: HTTP <status>, OCPI status <code>: <message>
                where <message> is the partner's status_message, or else what failed (often starting with the call):
                  error: OcpiHttpException: HTTP 401, OCPI status 2000: Unknown token
                  error: OcpiStatusException: HTTP 200, OCPI status 2001: Invalid date_from
                  error: OcpiTransportException: GET <url>: ConnectException: Failed to connect to ...
                  error: OcpiUnreadableResponseException: HTTP 200: GET <url>: not an OCPI response: <path>: <rule>
                  error: OcpiResponseValidationException: GET <url>: <path>: <rule>; <path>: <rule>
                  error: OcpiNegotiationException: the partner has no cdrs SENDER endpoint in OCPI 2.2.1
                A limit reached ends the command with a line (here on two) naming it, its value, the option:
                  error: OcpiResponseTooLargeException: HTTP 200: GET <url>: the body is larger than the limit of
                    33554432 bytes; raise it with --max-response-bytes
                  error: OcpiPagingException: paging stopped after 812 pages: the listing's deadline of 3600 s
                    passed, before <url>; raise it with --timeout
                A listing also stops when the partner links on past its X-Total-Count by more than a page.
                Objects printed before a failure stay printed. Calls are tried again on I/O errors, HTTP 5xx
                and 429 (three attempts in all).

                Exit codes: 0 every page fetched and printed; 1 a call or its data failed (the list is incomplete);
                2 a usage error.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Request request = parse(args);
        OcpiClient.Builder builder = OcpiClient.builder()
                .listingTimeout(request.limits().timeout())
                .callTimeout(request.limits().callTimeout())
                .maxPages(request.limits().maxPages())
                .maxResponseBytes(request.limits().maxResponseBytes());
        if (request.lenient()) {
            builder.lenient((url, requestId, violations) -> {
                for (Violation v : violations) {
                    err.println(oneLine("warning: GET " + url + ": " + v));
                }
            });
        }
        OcpiClient client = builder.build();
        long printed = 0;
        try {
            Partner partner = client.connect(request.url(), request.token());
            if (request.party() != null) {
                partner = partner.withDefaults(request.party());
            }
            try (Stream<?> objects = request.crawl().apply(partner, request.query())) {
                Iterator<?> iterator = objects.iterator();
                while (iterator.hasNext()) {
                    Object object = iterator.next();
                    if (object == null) {
                        continue; // a lenient client's element that was not an object: its warning said so
                    }
                    byte[] line = (OcpiJson.instance().writeString(object) + "\n").getBytes(StandardCharsets.UTF_8);
                    out.write(line, 0, line.length);
                    if (out.checkError()) {
                        err.println("error: IOException: stdout was closed after " + printed + " objects");
                        return FAILED;
                    }
                    printed++;
                }
            }
        } catch (RuntimeException e) {
            err.println(errorLine(e));
            return FAILED;
        }
        return OK;
    }

    /**
     * Returns the one line that reports a failure: {@code error: <Exception>: [HTTP <status>, ][OCPI status <code>:
     * ]<message>}.
     */
    static String errorLine(RuntimeException e) {
        Integer http = null;
        Integer ocpi = null;
        String message;
        if (e instanceof OcpiHttpException h) {
            http = h.httpStatus();
            ocpi = h.statusCode() == null ? null : h.statusCode().code();
            String statusMessage = h.statusMessage();
            message = hasText(statusMessage) ? statusMessage : h.method() + " " + h.url();
        } else if (e instanceof OcpiStatusException s) {
            http = s.httpStatus() == 0 ? null : s.httpStatus();
            ocpi = s.statusCode().code();
            String statusMessage = s.statusMessage();
            message = hasText(statusMessage) ? statusMessage : s.statusCode().description();
        } else if (e instanceof OcpiUnreadableResponseException u) {
            http = u.httpStatus();
            message = u.method() + " " + u.url() + ": not an OCPI response: " + joined(u.violations());
        } else if (e instanceof OcpiResponseTooLargeException t) {
            http = t.httpStatus();
            String exceeded = t.exceeded() == OcpiResponseTooLargeException.Limit.ELEMENTS
                    ? "holds more than " + t.limit() + " JSON array elements, the limit of one per "
                            + OcpiClient.Builder.BYTES_PER_RESPONSE_ELEMENT + " bytes of --max-response-bytes"
                    : "is larger than the limit of " + t.limit() + " bytes"
                            + (t.contentLength() >= 0 ? " (Content-Length: " + t.contentLength() + ")" : "");
            message = t.method() + " " + t.url() + ": the body " + exceeded + "; raise it with --max-response-bytes";
        } else if (e instanceof OcpiTransportException t) {
            Throwable cause = t.getCause();
            message = t.method() + " " + t.url() + ": " + (cause == null ? "I/O error" : describe(cause));
        } else if (e instanceof OcpiResponseValidationException v) {
            message = "GET " + v.url() + ": " + joined(v.violations());
        } else {
            message = e.getMessage() == null ? "" : e.getMessage();
        }
        List<String> facts = new ArrayList<>();
        if (http != null) {
            facts.add("HTTP " + http);
        }
        if (ocpi != null) {
            facts.add("OCPI status " + ocpi);
        }
        StringBuilder line = new StringBuilder("error: ").append(e.getClass().getSimpleName());
        if (!facts.isEmpty() || !message.isEmpty()) {
            line.append(": ").append(String.join(", ", facts));
        }
        if (!facts.isEmpty() && !message.isEmpty()) {
            line.append(": ");
        }
        return oneLine(withOptions(line.append(message).toString()));
    }

    /** Names the options of this command where the client's messages name its settings. */
    private static String withOptions(String text) {
        String named = text;
        for (Map.Entry<String, String> setting : OPTIONS.entrySet()) {
            named = named.replace("OcpiClient.Builder." + setting.getKey(), setting.getValue());
        }
        return named;
    }

    private static boolean hasText(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    private static String joined(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String oneLine(String text) {
        return LINE_BREAK.matcher(text).replaceAll(" ");
    }

    /** What the command line asks for. */
    private record Request(
            String url,
            String token,
            @Nullable CallOptions party,
            ListQuery query,
            Crawl crawl,
            boolean lenient,
            Limits limits) {}

    /** How far a partner can make the command go: the client's limits. */
    private record Limits(Duration timeout, Duration callTimeout, int maxPages, long maxResponseBytes) {}

    private static Request parse(List<String> args) {
        String url = null;
        String token = null;
        CallOptions party = null;
        Instant dateFrom = null;
        Instant dateTo = null;
        boolean lenient = false;
        Duration timeout = OcpiClient.Builder.DEFAULT_LISTING_TIMEOUT;
        Duration callTimeout = OcpiClient.Builder.DEFAULT_CALL_TIMEOUT;
        int maxPages = OcpiClient.Builder.DEFAULT_MAX_PAGES;
        long maxResponseBytes = OcpiClient.Builder.DEFAULT_MAX_RESPONSE_BYTES;
        List<String> modules = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--url" -> url = versionsUrl(Command.value(args, ++i, arg));
                case "--token" -> token = Command.value(args, ++i, arg);
                case "--party" -> party = party(Command.value(args, ++i, arg));
                case "--date-from" -> dateFrom = dateTime(arg, Command.value(args, ++i, arg));
                case "--date-to" -> dateTo = dateTime(arg, Command.value(args, ++i, arg));
                case "--lenient" -> lenient = true;
                case "--timeout" -> timeout = Duration.ofSeconds(positive(args, ++i, arg, Integer.MAX_VALUE));
                case "--call-timeout" -> callTimeout = Duration.ofSeconds(positive(args, ++i, arg, Integer.MAX_VALUE));
                case "--max-pages" -> maxPages = (int) positive(args, ++i, arg, Integer.MAX_VALUE);
                case "--max-response-bytes" -> maxResponseBytes = positive(args, ++i, arg, Long.MAX_VALUE);
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    modules.add(arg);
                }
            }
        }
        if (url == null) {
            throw new UsageException("--url is required");
        }
        if (token == null) {
            throw new UsageException("--token is required");
        }
        if (token.isBlank()) {
            throw new UsageException("--token must not be empty");
        }
        if (modules.isEmpty()) {
            throw new UsageException("no MODULE given (one of " + MODULE_NAMES + ")");
        }
        if (modules.size() > 1) {
            throw new UsageException("one MODULE only, not " + String.join(" ", modules));
        }
        Crawl crawl = MODULES.get(modules.get(0).toLowerCase(Locale.ROOT));
        if (crawl == null) {
            throw new UsageException("unknown MODULE " + modules.get(0) + " (one of " + MODULE_NAMES + ")");
        }
        if (dateFrom != null && dateTo != null && !dateFrom.isBefore(dateTo)) {
            throw new UsageException("--date-from must be before --date-to");
        }
        if (dateFrom == null && modules.get(0).equalsIgnoreCase("sessions")) {
            throw new UsageException("sessions needs --date-from: the Sessions list requires date_from"
                    + " (mod_sessions_cpo_get_request_parameters)");
        }
        ListQuery query = ListQuery.all().dateFrom(dateFrom).dateTo(dateTo);
        return new Request(
                url, token, party, query, crawl, lenient, new Limits(timeout, callTimeout, maxPages, maxResponseBytes));
    }

    /** Reads the value of a limit option, the argument at {@code i}: a whole number from 1 to {@code max}. */
    private static long positive(List<String> args, int i, String option, long max) {
        String text = Command.value(args, i, option);
        try {
            long value = WHOLE_NUMBER.matcher(text).matches() ? Long.parseLong(text) : 0;
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // more digits than a long holds: reported below
        }
        throw new UsageException(option + ": " + text + " is not a whole number from 1 to " + max);
    }

    private static String versionsUrl(String text) {
        if (HttpUrl.parse(text) == null) {
            throw new UsageException("--url: " + text + " is not an http or https URL");
        }
        return text;
    }

    private static CallOptions party(String text) {
        Matcher m = PARTY.matcher(text);
        if (!m.matches()) {
            throw new UsageException(
                    "--party: " + text + " is not a country code and party id such as NL-TNM (CC-PID)");
        }
        return CallOptions.builder().to(m.group(1), m.group(2)).build();
    }

    private static Instant dateTime(String option, String text) {
        if (DATE_TIME.matcher(text).matches()) {
            try {
                return LocalDateTime.parse(text.endsWith("Z") ? text.substring(0, text.length() - 1) : text)
                        .toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // a date that does not exist, such as 2024-02-30: reported below
            }
        }
        throw new UsageException(
                option + ": " + text + " is not an RFC 3339 UTC date-time such as 2024-01-01T00:00:00Z");
    }
}
