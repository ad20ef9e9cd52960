package org.taawun.inventory;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.taawun.shared.web.ProblemException;

/** A stock edit made from a level that is no longer there (units shipped, returned or counted meanwhile); nothing changed. */
public class StockChangedException extends ProblemException {

    private final UUID variantId;

    public StockChangedException(UUID variantId) {
        super(HttpStatus.CONFLICT, "stock-changed", "inventory.error.stock-changed");
        this.variantId = variantId;
    }

    public UUID variantId() {
        return variantId;
    }
}
