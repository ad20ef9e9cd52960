package org.taawun.shop.domain;

import java.util.List;
import java.util.UUID;

/** A return against a receipt: its id (made by the till), the sale, per line of the sale how many units come back. */
public record RecordReturn(UUID id, UUID saleId, List<Line> lines, String reason) {

    public record Line(Integer position, Integer quantity) {}
}
