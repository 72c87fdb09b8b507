package io.github.ocpi4j.server.jdk;

/**
 * What the connector allows a client: the deadlines (in nanoseconds) and the sizes of a request, and how many
 * connections it keeps open. Built by {@link JdkHttpServerAdapter.Builder}.
 *
 * @param headNanos from the first byte of a request to the end of its head
 * @param bodyNanos from the end of a request's head to the end of its body
 * @param writeNanos from an answer being ready to its last byte taken by the client
 * @param idleNanos how long a connection waits for the first byte of its next request
 * @param maxRequestLineBytes the longest request line, without its line end (414 above)
 * @param maxHeaderBytes the most bytes of header lines, line ends included (431 above)
 * @param maxHeaderCount the most header lines (431 above)
 * @param maxConnections the most connections open at once; one more is answered 503 and closed
 * @param maxBodyBytes the largest body handed to the server, its own limit
 */
record Limits(
        long headNanos,
        long bodyNanos,
        long writeNanos,
        long idleNanos,
        int maxRequestLineBytes,
        int maxHeaderBytes,
        int maxHeaderCount,
        int maxConnections,
        int maxBodyBytes) {}
