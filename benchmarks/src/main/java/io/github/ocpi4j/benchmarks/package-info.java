/**
 * JMH benchmarks of ocpi4j, each against a baseline measured in the same run: reading and writing a page of
 * Locations (plain Jackson), {@code OcpiServer.handle} (serializing the same envelope), the JDK adapter (a bare JDK
 * HttpServer), the client's paging (a hand-written OkHttp loop), and pricing a CDR. Run them with {@code java -jar
 * benchmarks/target/benchmarks.jar}; {@code benchmarks/RESULTS.md} has the figures.
 */
package io.github.ocpi4j.benchmarks;
