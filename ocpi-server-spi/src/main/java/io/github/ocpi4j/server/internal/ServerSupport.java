package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.PartyEndpoint;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * What the routes of a version need from the server: its public URLs, the party store, the client for the
 * credentials handshake, this side's roles, the endpoints it requires of partners, and the paging limit.
 *
 * @param baseUrl the public URL below which the server answers, such as {@code https://cpo.example.com/ocpi}
 * @param origin the scheme, host and port of the base URL, to which request paths are appended, such as {@code
 *     https://cpo.example.com} ({@link #originOf})
 *
 * @param partyStore the parties
 * @param client the client for calls back to registering parties
 * @param roles this side's roles, for its credentials
 * @param requiredEndpoints the endpoints a registering party must offer ({@code module}, {@code role}, any url)
 * @param maxPageSize the most objects on one page
 */
public record ServerSupport(
        String baseUrl,
        String origin,
        PartyStore partyStore,
        OcpiClient client,
        List<CredentialsRole> roles,
        List<PartyEndpoint> requiredEndpoints,
        int maxPageSize) {

    /** Returns the public URL of a path below the base, its segments encoded. */
    public String url(String... segments) {
        HttpUrl.Builder b = HttpUrl.get(baseUrl).newBuilder();
        for (String segment : segments) {
            b.addPathSegment(segment);
        }
        return b.build().toString();
    }

    /** Returns the public URL of the versions endpoint. */
    public String versionsUrl() {
        return url("versions");
    }

    /** Returns the scheme, host and port of a base URL: {@code https://cpo.example.com} of {@code .../ocpi}. */
    public static String originOf(String baseUrl) {
        HttpUrl base = HttpUrl.get(baseUrl);
        return base.newBuilder().encodedPath("/").query(null).build().toString().replaceAll("/$", "");
    }
}
