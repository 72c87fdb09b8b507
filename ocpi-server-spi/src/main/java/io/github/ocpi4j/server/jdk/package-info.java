/**
 * Serving an {@link io.github.ocpi4j.server.OcpiServer} with the JDK's built-in HTTP server ({@code
 * com.sun.net.httpserver}), without any other dependency: {@link io.github.ocpi4j.server.jdk.JdkHttpServerAdapter}.
 */
@NullMarked
package io.github.ocpi4j.server.jdk;

import org.jspecify.annotations.NullMarked;
