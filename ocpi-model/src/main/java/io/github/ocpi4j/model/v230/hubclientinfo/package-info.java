/** OCPI 2.3.0 module {@code hubclientinfo} ({@code [[mod_hub_client_info_module]]}). */
@NullMarked
package io.github.ocpi4j.model.v230.hubclientinfo;

import org.jspecify.annotations.NullMarked;
