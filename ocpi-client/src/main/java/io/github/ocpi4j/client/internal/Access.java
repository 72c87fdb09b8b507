package io.github.ocpi4j.client.internal;

import io.github.ocpi4j.client.CallOptions;

/**
 * How to call one partner: the token to present, whether it expects the plain form, and the call options every
 * call to it starts from.
 *
 * @param token the credentials token this side presents
 * @param plainToken whether to send the token without Base64
 * @param defaults the options a call's own options fall back on
 */
public record Access(String token, boolean plainToken, CallOptions defaults) {}
