package io.github.ocpi4j.examples.emsp;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.tokens.WhitelistType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@value #COUNT} tokens of {@code Emsp.builder().sampleData(true)}: the same ones every time, last updated an
 * hour apart up to an hour before the eMSP's clock, in this order:
 *
 * <table>
 *   <caption>Sample tokens</caption>
 *   <tr><th>uid</th><th>type</th><th>whitelist</th><th>real-time authorization</th></tr>
 *   <tr><td>RFID0001 to RFID0034</td><td>RFID</td><td>ALLOWED, ALLOWED_OFFLINE, ALWAYS in turn</td>
 *       <td>ALLOWED, but {@link #RFID_BLOCKED RFID0005} and RFID0020 are not valid: BLOCKED</td></tr>
 *   <tr><td>RFID0035 to RFID0037</td><td>RFID</td><td>NEVER</td>
 *       <td>fleet cards (group_id FLEET): ALLOWED at location {@value #FLEET_LOCATION_ID} only, NOT_ALLOWED
 *       elsewhere, and OCPI 2002 (not enough information) when the request names no location</td></tr>
 *   <tr><td>RFID0038 to RFID0040</td><td>RFID</td><td>NEVER</td>
 *       <td>the contract ended a day before the tokens were made: EXPIRED</td></tr>
 *   <tr><td>APP0001 to APP0015</td><td>APP_USER</td><td>NEVER</td>
 *       <td>ALLOWED, but APP0010 is not valid: BLOCKED</td></tr>
 * </table>
 *
 * <p>Contract ids are eMA ids in the eMI3 format without the optional check digit, {@code <country>-<party>-C<8
 * digits>}, such as {@code NL-EMS-C00000001}; an RFID card's visual number is its contract id. Constants name one
 * token of each kind.
 */
public final class SampleTokens {
    /** How many sample tokens there are: 40 RFID cards and 15 app users. */
    public static final int COUNT = 55;

    /** An RFID card that is valid, may charge everywhere and allows whitelisting: ALLOWED. */
    public static final String RFID_VALID = "RFID0001";

    /** An RFID card that is not valid: BLOCKED. */
    public static final String RFID_BLOCKED = "RFID0005";

    /** A fleet card: ALLOWED only at {@link #FLEET_LOCATION_ID}. */
    public static final String RFID_FLEET = "RFID0035";

    /** The only location where the fleet cards may charge. */
    public static final String FLEET_LOCATION_ID = "LOC1";

    /** An RFID card whose contract has ended: EXPIRED. */
    public static final String RFID_EXPIRED = "RFID0038";

    /** An app user's token, valid everywhere: ALLOWED. */
    public static final String APP_USER = "APP0001";

    private static final int RFID_CARDS = 40;
    private static final List<String> BLOCKED = List.of(RFID_BLOCKED, "RFID0020", "APP0010");
    private static final List<WhitelistType> RFID_WHITELISTS =
            List.of(WhitelistType.ALLOWED, WhitelistType.ALLOWED_OFFLINE, WhitelistType.ALWAYS);

    private SampleTokens() {}

    /** Returns the sample tokens of an eMSP, the newest last updated an hour before {@code now}. */
    static List<OwnToken> create(String countryCode, String partyId, Instant now) {
        List<OwnToken> tokens = new ArrayList<>();
        for (int n = 1; n <= COUNT; n++) {
            boolean rfid = n <= RFID_CARDS;
            String uid = rfid ? String.format("RFID%04d", n) : String.format("APP%04d", n - RFID_CARDS);
            String contractId = String.format("%s-%s-C%08d", countryCode, partyId, n);
            boolean fleet = rfid && n >= 35 && n <= 37;
            boolean expired = rfid && n >= 38;
            Token token = Token.builder()
                    .countryCode(countryCode)
                    .partyId(partyId)
                    .uid(uid)
                    .type(rfid ? TokenType.RFID : TokenType.APP_USER)
                    .contractId(contractId)
                    .visualNumber(rfid ? contractId : null)
                    .issuer("ocpi4j example eMSP")
                    .groupId(fleet ? "FLEET" : null)
                    .valid(!BLOCKED.contains(uid))
                    .whitelist(
                            rfid && !fleet && !expired
                                    ? RFID_WHITELISTS.get((n - 1) % RFID_WHITELISTS.size())
                                    : WhitelistType.NEVER)
                    .language("en")
                    .lastUpdated(now.minus(Duration.ofHours(COUNT + 1L - n)))
                    .build();
            tokens.add(new OwnToken(
                    token,
                    expired ? now.minus(Duration.ofDays(1)) : null,
                    fleet ? Set.of(CiString.of(FLEET_LOCATION_ID)) : Set.of()));
        }
        return tokens;
    }
}
