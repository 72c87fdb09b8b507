/** Implementation of the server: routing, replies, the versions and credentials modules. Not API. */
@NullMarked
package io.github.ocpi4j.server.internal;

import org.jspecify.annotations.NullMarked;
