package io.github.ocpi4j.examples.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Reports every HTTP call a side's client makes as one transcript line: who calls whom, the method, the path and
 * query, the HTTP status and the OCPI status code of the answer.
 *
 * <pre>
 *   eMSP -&gt; CPO   POST /cpo/ocpi/2.2.1/receiver/commands/RESERVE_NOW  201 OCPI 1000
 * </pre>
 */
final class HttpLog implements Interceptor {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<Request, String> direction;
    private final BiConsumer<String, String> out;

    /**
     * @param direction who calls whom, such as {@code eMSP -> CPO}
     * @param out where lines go, with their shape: the caller, method, path but for its last segment, and status
     */
    HttpLog(String direction, BiConsumer<String, String> out) {
        this(request -> direction, out);
    }

    /**
     * @param direction who calls whom, by the request: for a client that calls several parties
     * @param out where lines go, as above
     */
    HttpLog(Function<Request, String> direction, BiConsumer<String, String> out) {
        this.direction = direction;
        this.out = out;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String direction = this.direction.apply(request);
        String path = request.url().encodedPath();
        String target = path
                + (request.url().encodedQuery() == null
                        ? ""
                        : "?" + request.url().encodedQuery());
        String call = String.format("%-12s %-6s %s", direction, request.method(), target);
        String shape = direction + " " + request.method() + " " + path.substring(0, path.lastIndexOf('/') + 1);
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            String failure = "(" + e.getClass().getSimpleName() + ": no answer)";
            out.accept(call + "  " + failure, shape + failure);
            throw e;
        }
        String outcome = response.code() + ocpiStatus(response);
        out.accept(call + "  " + outcome, shape + outcome);
        return response;
    }

    private static String ocpiStatus(Response response) {
        try {
            JsonNode status = JSON.readTree(response.peekBody(1 << 20).bytes()).get("status_code");
            return status == null ? "" : " OCPI " + status.asText();
        } catch (IOException e) {
            return "";
        }
    }
}
