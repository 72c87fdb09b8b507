/**
 * Serving an {@link io.github.ocpi4j.server.OcpiServer} over HTTP/1.1 with the JDK alone ({@code java.nio}), without
 * any other dependency: {@link io.github.ocpi4j.server.jdk.JdkHttpServerAdapter}. Everything else in the package is
 * its implementation.
 */
@NullMarked
package io.github.ocpi4j.server.jdk;

import org.jspecify.annotations.NullMarked;
