/**
 * Translation of OCPI objects between 2.2.1 and 2.3.0, so that a backend that stores one version can serve partners
 * of both: {@link io.github.ocpi4j.model.translation.V221ToV230} and {@link
 * io.github.ocpi4j.model.translation.V230ToV221} for each object a module exchanges, {@link
 * io.github.ocpi4j.model.translation.Translation} for any pair of counterparts. Each returns a {@link
 * io.github.ocpi4j.model.translation.Translated}: the object in the other version, and a {@link
 * io.github.ocpi4j.model.translation.Loss} for everything it could not hold, with its path in the source, so that
 * nothing is dropped unseen.
 *
 * <pre>{@code
 * Translated<io.github.ocpi4j.model.v221.tariffs.Tariff> tariff = V230ToV221.tariff(tariff230);
 * for (Loss loss : tariff.losses()) {
 *     log.info("tariff {} for a 2.2.1 partner: {}", tariff230.id(), loss);   // tax_included: ...
 * }
 * }</pre>
 *
 * <p>What differs, and what a translation does with it:
 *
 * <table>
 * <caption>Differences between OCPI 2.2.1 and 2.3.0</caption>
 * <tr><th>Where</th><th>2.2.1 to 2.3.0</th><th>2.3.0 to 2.2.1</th></tr>
 * <tr><td>{@code Price} (costs of Session and CDR, {@code [[types_price_class]]})</td>
 *     <td>{@code excl_vat} becomes {@code before_taxes}; {@code incl_vat} becomes one tax named {@code VAT} of
 *     {@code incl_vat - excl_vat}, without a rate: 2.2.1 gives none, and the two amounts give it only rounded.
 *     Nothing is lost.</td>
 *     <td>{@code before_taxes} becomes {@code excl_vat}; when every tax is a VAT (by its name: {@code VAT}, or what
 *     European countries call it, such as {@code BTW}, {@code MwSt}, {@code TVA}, {@code IVA}, {@code moms}),
 *     {@code incl_vat} is the amount plus all taxes, and a tax's rate, account number, other name and being one of
 *     several are losses. When a tax is no VAT (a sales tax, {@code QST}), {@code incl_vat} is left out and the taxes
 *     are the loss.</td></tr>
 * <tr><td>{@code Tariff.min_price}, {@code max_price}</td>
 *     <td>{@code Price} becomes {@code PriceLimit}: {@code excl_vat} to {@code before_taxes}, {@code incl_vat} to
 *     {@code after_taxes}.</td>
 *     <td>The other way round; nothing is lost.</td></tr>
 * <tr><td>{@code Tariff.tax_included} (new, required, {@code [[mod_tariffs_taxincluded_enum]]})</td>
 *     <td>Always {@code NO}, with every {@code vat} kept: 2.2.1 prices are before VAT by definition, and a
 *     component without {@code vat} says no VAT applies to it, which 2.3.0 says the same way. {@code N/A} would claim
 *     that no tax at all applies, more than 2.2.1 ever says. (The specification's own examples, the same tariffs in
 *     both versions, make the same choice.)</td>
 *     <td>{@code NO}: nothing lost. {@code YES}: the prices are kept as the amounts to pay and each {@code vat} is
 *     left out, since a 2.2.1 reader would add it on top of a price that holds it; both are losses. {@code N/A}: a
 *     loss, as 2.2.1 can only say that no VAT applies.</td></tr>
 * <tr><td>{@code Tariff.preauthorize_amount} (new)</td><td>Absent.</td><td>Lost.</td></tr>
 * <tr><td>{@code Location.parking_places}, {@code help_phone}; {@code EVSE.parking}, {@code
 *     accepted_service_providers}; {@code Connector.capabilities} (new, also in the PATCH types)</td>
 *     <td>Absent.</td><td>Lost, each with its value.</td></tr>
 * <tr><td>{@code Role.HUB} (none in 2.3.0)</td>
 *     <td>Becomes {@code OTHER} in {@code CredentialsRole} and {@code ClientInfo}, a loss: the role is required, and
 *     OTHER keeps the party and its business details. Credentials with a HUB role also get {@code hub_party_id}, the
 *     country code and party id of the first.</td>
 *     <td>No 2.3.0 role needs it.</td></tr>
 * <tr><td>{@code Credentials.hub_party_id} (new)</td>
 *     <td>See {@code HUB}.</td>
 *     <td>Lost: 2.2.1 names a hub by a role HUB with the hub's own business details, which 2.3.0 Credentials do not
 *     give, and a 2.2.1 hub may list no other role.</td></tr>
 * <tr><td>Values new in 2.3.0 of enumerations open in ocpi4j ({@code ConnectorType} {@code MCS}, {@code SAE_J3400};
 *     {@code TokenType} {@code EMAID}; {@code ParkingRestriction} {@code EMPLOYEES}, {@code TAXIS}, {@code TENANTS};
 *     {@code ModuleID} {@code payments}, {@code bookings}; {@code VersionNumber} {@code 2.3.0})</td>
 *     <td>Kept.</td>
 *     <td>Kept as they are: ocpi4j reads any value of these types in both versions, so nothing is lost; a strict
 *     2.2.1 partner may still refuse a value its version does not list.</td></tr>
 * <tr><td>Values of closed enumerations that the other version lacks</td>
 *     <td colspan="2">Carried as a declared substitute ({@code HUB}), otherwise left out; a loss either way.</td></tr>
 * <tr><td>Everything else (Sessions but for their costs, Tokens, commands, charging profiles, versions)</td>
 *     <td colspan="2">The same in both versions: copied field for field.</td></tr>
 * </table>
 *
 * <p>A valid object of one version translates into a valid object of the other. An invalid one translates as far as
 * its JSON allows; validate it first ({@link io.github.ocpi4j.model.OcpiJson#validate(Object)}) where it comes from
 * outside. Translating an object into its own version gives back an equal object, and so does a round trip from
 * 2.2.1 to 2.3.0 and back of an object that lost nothing. Amounts keep their value; an {@code incl_vat} with fewer
 * decimals than {@code excl_vat} comes back written with as many as {@code excl_vat}.
 *
 * <p>Every translation goes through the codec's JSON: the source is written as a tree, the few differences above are
 * declared as edits of the nodes of the types concerned, and the target type is read from the result; what the target
 * has no field or value for becomes a loss. The work for a pair of types is planned once, and the parts that are the
 * same in both versions are not walked.
 */
@NullMarked
package io.github.ocpi4j.model.translation;

import org.jspecify.annotations.NullMarked;
