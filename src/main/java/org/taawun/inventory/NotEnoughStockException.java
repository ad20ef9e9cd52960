package org.taawun.inventory;

import java.util.UUID;
import org.taawun.shared.web.ProblemException;

/** A reservation that would sell units that are not there; nothing was reserved. */
public class NotEnoughStockException extends ProblemException {

    private final UUID variantId;

    public NotEnoughStockException(UUID variantId) {
        super(org.springframework.http.HttpStatus.CONFLICT, "not-enough-stock", "inventory.error.not-enough-stock");
        this.variantId = variantId;
    }

    public UUID variantId() {
        return variantId;
    }
}
