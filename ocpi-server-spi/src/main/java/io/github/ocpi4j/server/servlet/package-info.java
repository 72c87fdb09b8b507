/**
 * Mounting an {@link io.github.ocpi4j.server.OcpiServer} in a Jakarta Servlet container (Servlet 6): {@link
 * io.github.ocpi4j.server.servlet.OcpiServlet}.
 */
@NullMarked
package io.github.ocpi4j.server.servlet;

import org.jspecify.annotations.NullMarked;
