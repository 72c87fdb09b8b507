package io.github.ocpi4j.examples.emsp;

import io.github.ocpi4j.model.v221.versions.ModuleID;
import org.jspecify.annotations.Nullable;

/**
 * One request a partner made of the eMSP and the eMSP took in, as {@link Emsp#received()} lists them: a push of a
 * location, EVSE, connector, tariff, session or CDR, a command's result, or a real-time authorization. Its {@code
 * toString()} reads like the request: {@code PATCH sessions NL/CPO/S1}, {@code POST commands RESERVE_NOW/R1
 * ACCEPTED}, {@code POST tokens RFID0001/authorize ALLOWED}.
 *
 * @param method the HTTP method
 * @param module the OCPI module
 * @param path the object's path below the module's endpoint, such as {@code NL/CPO/LOC1/3256} for an EVSE
 * @param outcome what the eMSP answered or was told, where that says more than success: the {@code AllowedType} of
 *     an authorization, the {@code CommandResultType} of a command's result
 */
public record Received(
        String method,
        ModuleID module,
        String path,
        @Nullable String outcome) {

    @Override
    public String toString() {
        return method + " " + module.value() + " " + path + (outcome == null ? "" : " " + outcome);
    }
}
