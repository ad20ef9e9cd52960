package org.taawun.catalog.web;

import java.math.BigDecimal;
import org.taawun.shared.web.InvalidFieldException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Variants' prices in product bodies of the API, in either shape: money as reads show it ({@code {"amount":"45.00",
 * "currency":"MAD"}}), so that a product read can be sent back as its update, or the plain number that earlier
 * clients send. Money is turned into its amount once its currency is the cooperative's: a price in another currency is
 * refused on its field (400), never converted.
 */
final class PriceFields {

    private PriceFields() {}

    /** Turns every money price of {@code variants} (found at {@code path} in the body) into its amount. */
    static void toAmounts(JsonNode variants, String path, String currency) {
        if (variants == null || !variants.isArray()) {
            return;
        }
        for (int i = 0; i < variants.size(); i++) {
            JsonNode price = variants.get(i).get("price");
            if (variants.get(i) instanceof ObjectNode variant && price != null && price.isObject()) {
                variant.set("price", amount(price, path + "[" + i + "].price", currency));
            }
        }
    }

    private static JsonNode amount(JsonNode money, String field, String currency) {
        if (!currency.equals(money.path("currency").asString(""))) {
            throw new InvalidFieldException(field, "catalog.error.currency", currency);
        }
        JsonNode amount = money.path("amount");
        if (amount.isNumber()) {
            return JsonNodeFactory.instance.numberNode(amount.decimalValue());
        }
        try {
            return JsonNodeFactory.instance.numberNode(new BigDecimal(amount.asString("")));
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "catalog.error.price");
        }
    }
}
