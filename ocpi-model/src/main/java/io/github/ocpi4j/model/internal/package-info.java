/**
 * Implementation of the codec and validation: Jackson configuration, serializers, the rule engine. Not API: any
 * class here may change in any release.
 */
@NullMarked
package io.github.ocpi4j.model.internal;

import org.jspecify.annotations.NullMarked;
