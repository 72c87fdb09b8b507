/** Implementation of the client: HTTP calls, retries, envelopes, paging. Not API. */
@NullMarked
package io.github.ocpi4j.client.internal;

import org.jspecify.annotations.NullMarked;
