/**
 * ocpi4j in a Spring Boot application: {@link io.github.ocpi4j.examples.spring.SpringCpoApplication} makes the
 * example CPO's services, its {@link io.github.ocpi4j.server.OcpiServer} and {@link io.github.ocpi4j.client.OcpiClient}
 * Spring beans and serves {@link io.github.ocpi4j.server.servlet.OcpiServlet} in Boot's embedded Tomcat.
 */
@NullMarked
package io.github.ocpi4j.examples.spring;

import org.jspecify.annotations.NullMarked;
