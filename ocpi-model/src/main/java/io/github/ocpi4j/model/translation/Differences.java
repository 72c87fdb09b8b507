package io.github.ocpi4j.model.translation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocpi4j.model.internal.Path;
import io.github.ocpi4j.model.translation.Translator.Difference;
import io.github.ocpi4j.model.translation.Translator.Edit;
import io.github.ocpi4j.model.translation.Translator.Losses;
import io.github.ocpi4j.model.translation.Translator.Substitute;
import io.github.ocpi4j.model.v230.tariffs.PriceLimit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every difference between OCPI 2.2.1 and 2.3.0 that needs more than leaving out a field the target lacks, declared
 * once per direction; {@link Translator} does the rest. The reasons behind each are in {@code package-info.java}.
 */
final class Differences {
    private Differences() {}

    /** The name 2.2.1's single tax becomes in 2.3.0, and the one name of a tax that folds back without a loss. */
    static final String VAT = "VAT";

    /**
     * Names of value-added taxes, upper case: {@code VAT} and what the countries of Europe call it in their own
     * languages. A 2.3.0 price whose taxes all have one of these names (or a name that starts with one as a word, like
     * {@code BTW hoog}) can be stated including VAT in 2.2.1.
     */
    private static final Set<String> VAT_NAMES = Set.of(
            "VAT", "BTW", "TVA", "MWST", "UST", "IVA", "MOMS", "MVA", "ALV", "DPH", "PDV", "DDV", "PVM", "PVN", "ÁFA",
            "FPA", "ΦΠΑ", "ДДС");

    /** From OCPI 2.2.1 to 2.3.0. */
    static final Translator TO_V230 = new Translator(
            "OCPI 2.3.0",
            List.of(
                    new Difference(
                            io.github.ocpi4j.model.v221.types.Price.class,
                            io.github.ocpi4j.model.v230.types.Price.class,
                            Set.of("excl_vat", "incl_vat"),
                            Set.of("before_taxes", "taxes"),
                            Differences::vatToTaxes),
                    new Difference(
                            io.github.ocpi4j.model.v221.types.Price.class,
                            PriceLimit.class,
                            Set.of("excl_vat", "incl_vat"),
                            Set.of("before_taxes", "after_taxes"),
                            rename("excl_vat", "before_taxes", "incl_vat", "after_taxes")),
                    new Difference(
                            io.github.ocpi4j.model.v221.tariffs.Tariff.class,
                            io.github.ocpi4j.model.v230.tariffs.Tariff.class,
                            Set.of(),
                            Set.of("tax_included"),
                            (tariff, path, losses) -> tariff.put("tax_included", "NO")),
                    new Difference(
                            io.github.ocpi4j.model.v221.credentials.Credentials.class,
                            io.github.ocpi4j.model.v230.credentials.Credentials.class,
                            Set.of(),
                            Set.of("hub_party_id"),
                            Differences::hubPartyId)),
            List.of(new Substitute(
                    io.github.ocpi4j.model.v221.types.Role.class,
                    "HUB",
                    "OTHER",
                    "OCPI 2.3.0 has no role HUB; carried as OTHER (Credentials name the hub in hub_party_id)")));

    /** From OCPI 2.3.0 to 2.2.1. */
    static final Translator TO_V221 = new Translator(
            "OCPI 2.2.1",
            List.of(
                    new Difference(
                            io.github.ocpi4j.model.v230.types.Price.class,
                            io.github.ocpi4j.model.v221.types.Price.class,
                            Set.of("before_taxes", "taxes"),
                            Set.of("excl_vat", "incl_vat"),
                            Differences::taxesToVat),
                    new Difference(
                            PriceLimit.class,
                            io.github.ocpi4j.model.v221.types.Price.class,
                            Set.of("before_taxes", "after_taxes"),
                            Set.of("excl_vat", "incl_vat"),
                            rename("before_taxes", "excl_vat", "after_taxes", "incl_vat")),
                    new Difference(
                            io.github.ocpi4j.model.v230.tariffs.Tariff.class,
                            io.github.ocpi4j.model.v221.tariffs.Tariff.class,
                            Set.of("tax_included"),
                            Set.of(),
                            Differences::taxIncludedToVat)),
            List.of());

    /** Within one version: no differences, so the object comes back as it was. */
    static final Translator WITHIN = new Translator("the same version", List.of(), List.of());

    /** Renames two fields, keeping their values. */
    private static Edit rename(String from1, String to1, String from2, String to2) {
        return (node, path, losses) -> {
            move(node, from1, to1);
            move(node, from2, to2);
        };
    }

    private static void move(ObjectNode node, String from, String to) {
        JsonNode value = node.remove(from);
        if (value != null) {
            node.set(to, value);
        }
    }

    /**
     * 2.2.1 {@code {excl_vat, incl_vat}} to 2.3.0 {@code {before_taxes, taxes}}: the difference between the two
     * amounts becomes one tax named VAT, without a rate (2.2.1 gives none, and the amounts give it only rounded).
     */
    private static void vatToTaxes(ObjectNode price, Path path, Losses losses) {
        JsonNode excl = price.remove("excl_vat");
        JsonNode incl = price.remove("incl_vat");
        if (excl != null) {
            price.set("before_taxes", excl);
        }
        if (incl == null || incl.isNull()) {
            return;
        }
        if (excl == null || excl.isNull()) { // an invalid source: nothing to take the VAT from
            losses.add(
                    path.field("incl_vat"),
                    "without excl_vat the VAT cannot be told; left out (was " + Translator.shown(incl) + ")");
            return;
        }
        ObjectNode vat = price.putArray("taxes").addObject();
        vat.put("name", VAT);
        vat.put("amount", incl.decimalValue().subtract(excl.decimalValue()));
    }

    /**
     * 2.3.0 {@code {before_taxes, taxes}} to 2.2.1 {@code {excl_vat, incl_vat}}: {@code incl_vat} is the amount
     * before taxes plus every tax, when every tax is a VAT; otherwise it is left out, since 2.2.1 has no amount that
     * includes other taxes. What a tax says beyond its amount (its rate, account number, another name than VAT, being
     * one of several) is lost.
     */
    private static void taxesToVat(ObjectNode price, Path path, Losses losses) {
        JsonNode before = price.remove("before_taxes");
        JsonNode taxes = price.remove("taxes");
        if (before != null) {
            price.set("excl_vat", before);
        }
        if (taxes == null || taxes.isEmpty()) {
            return;
        }
        Path at = path.field("taxes");
        if (before == null || !before.isNumber()) { // an invalid source: nothing to add the taxes to
            losses.add(
                    at, "without before_taxes no incl_vat can be told; left out (was " + Translator.shown(taxes) + ")");
            return;
        }
        List<String> others = new ArrayList<>();
        for (JsonNode tax : taxes) {
            if (!isVat(tax.path("name").asText()) || !tax.path("amount").isNumber()) {
                others.add(tax.path("name").asText());
            }
        }
        if (!others.isEmpty()) {
            losses.add(
                    at,
                    "OCPI 2.2.1 only knows the price including VAT, and " + String.join(", ", others)
                            + (others.size() == 1 ? " is" : " are") + " no VAT; incl_vat left out (was "
                            + Translator.shown(taxes) + ")");
            return;
        }
        BigDecimal total = before.decimalValue();
        for (JsonNode tax : taxes) {
            total = total.add(tax.get("amount").decimalValue());
        }
        price.put("incl_vat", total);
        if (taxes.size() > 1) {
            losses.add(at, taxes.size() + " taxes added up into incl_vat; OCPI 2.2.1 cannot list them one by one");
        }
        for (int i = 0; i < taxes.size(); i++) {
            JsonNode tax = taxes.get(i);
            Path one = at.element(i);
            String name = tax.path("name").asText();
            if (!name.equals(VAT)) {
                losses.add(
                        one.field("name"),
                        "OCPI 2.2.1 calls the tax on a price VAT; the name \"" + name + "\" is not kept");
            }
            lost(tax, "percentage", one, "OCPI 2.2.1 states no tax rate on a price", losses);
            lost(tax, "account_number", one, "OCPI 2.2.1 states no tax account number", losses);
        }
    }

    private static void lost(JsonNode node, String field, Path path, String why, Losses losses) {
        JsonNode value = node.get(field);
        if (value != null && !value.isNull()) {
            losses.add(path.field(field), why + "; left out (was " + Translator.shown(value) + ")");
        }
    }

    /** Whether a tax's name says it is a value-added tax: one of {@link #VAT_NAMES}, or starting with one as a word. */
    static boolean isVat(String name) {
        String[] words = name.trim().toUpperCase(Locale.ROOT).split("[^\\p{L}]+", -1);
        return words.length > 0 && VAT_NAMES.contains(words[0]);
    }

    /**
     * 2.3.0 {@code tax_included} to 2.2.1, whose prices are always before VAT with the rate in {@code vat}: {@code
     * NO} says just that. {@code YES} cannot be said: the prices are kept as the amounts to pay and their {@code vat}
     * left out, lest a 2.2.1 reader add it a second time. {@code N/A} cannot be said either: 2.2.1 reads prices without
     * {@code vat} as free of VAT, not of every tax.
     */
    private static void taxIncludedToVat(ObjectNode tariff, Path path, Losses losses) {
        JsonNode taxIncluded = tariff.remove("tax_included");
        if (taxIncluded == null) {
            return;
        }
        Path at = path.field("tax_included");
        switch (taxIncluded.asText()) {
            case "YES" -> {
                losses.add(
                        at,
                        "OCPI 2.2.1 prices exclude VAT and cannot say that these include taxes; carried as the amounts"
                                + " to pay, without VAT on top");
                JsonNode elements = tariff.path("elements");
                for (int e = 0; e < elements.size(); e++) {
                    JsonNode components = elements.get(e).path("price_components");
                    for (int c = 0; c < components.size(); c++) {
                        if (components.get(c) instanceof ObjectNode component && component.has("vat")) {
                            Path vat = path.field("elements")
                                    .element(e)
                                    .field("price_components")
                                    .element(c)
                                    .field("vat");
                            losses.add(
                                    vat,
                                    "the price already includes it, and a 2.2.1 reader would add it on top; left out"
                                            + " (was " + Translator.shown(component.remove("vat")) + ")");
                        }
                    }
                }
            }
            case "N/A" ->
                losses.add(
                        at,
                        "OCPI 2.2.1 cannot say that no tax applies at all; it reads these prices as before VAT, with no"
                                + " VAT");
            default -> {} // NO: what 2.2.1 prices always are
        }
    }

    /**
     * 2.2.1 Credentials of a Hub, which lists itself in the role HUB, to 2.3.0, which names the Hub's party in {@code
     * hub_party_id}: the first HUB role gives it. The role itself becomes OTHER (the {@link Substitute} of {@code
     * HUB}), so that the Credentials keep at least one role and the Hub's business details.
     */
    private static void hubPartyId(ObjectNode credentials, Path path, Losses losses) {
        for (JsonNode role : credentials.path("roles")) {
            if (role.path("role").asText().equals("HUB")
                    && role.path("country_code").isTextual()
                    && role.path("party_id").isTextual()) {
                credentials.put(
                        "hub_party_id",
                        role.get("country_code").asText() + role.get("party_id").asText());
                return;
            }
        }
    }
}
