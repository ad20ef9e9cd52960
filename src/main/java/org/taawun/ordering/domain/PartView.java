package org.taawun.ordering.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.taawun.catalog.VariantLabel;
import org.taawun.ordering.PartStatus;
import org.taawun.shared.Texts;

/** One cooperative's part of an order as pages and the API read it, with its lines and history. */
public record PartView(
        UUID id,
        OrderView.Header order,
        UUID cooperativeId,
        String number,
        PartStatus status,
        BigDecimal subtotal,
        BigDecimal deliveryFee,
        String reason,
        Instant createdAt,
        Instant updatedAt,
        List<LineView> lines,
        List<EventView> history) {

    public PartView {
        lines = List.copyOf(lines);
        history = List.copyOf(history);
    }

    /** What the customer pays for this part: its lines and its delivery fee. */
    public BigDecimal total() {
        return subtotal.add(deliveryFee);
    }

    /**
     * A line: what was bought, at the price of that moment, with the product's names as they were at order time.
     *
     * @param name the single name kept before names were kept per language (French, with the variant's label): the
     *     fallback of {@link #name(String)} for those lines
     */
    public record LineView(
            UUID variantId,
            UUID productId,
            String name,
            String nameAr,
            String nameFr,
            String nameEn,
            VariantLabel variantLabel,
            BigDecimal unitPrice,
            int quantity) {

        /**
         * The product's name in {@code language} (else in the first language it has), with the variant's label by the
         * same rule.
         */
        public String name(String language) {
            if (blank(nameAr) && blank(nameFr) && blank(nameEn)) {
                return name;
            }
            String base = Texts.pick(language, nameAr, nameFr, nameEn);
            String label = variantLabel.in(language);
            return label == null ? base : base + " — " + label;
        }

        public BigDecimal total() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        static LineView of(OrderLine line) {
            return new LineView(
                    line.variantId(),
                    line.productId(),
                    line.name(),
                    line.nameAr(),
                    line.nameFr(),
                    line.nameEn(),
                    line.variantLabel(),
                    line.unitPrice(),
                    line.quantity());
        }
    }

    /** One step of the part's history. */
    public record EventView(PartStatus status, String note, Instant at) {

        static EventView of(PartEvent event) {
            return new EventView(event.status(), event.note(), event.at());
        }
    }

    static PartView of(OrderPart part) {
        return of(part, OrderView.Header.of(part.order()));
    }

    static PartView of(OrderPart part, OrderView.Header order) {
        return new PartView(
                part.id(),
                order,
                part.cooperativeId(),
                part.number(),
                part.status(),
                part.subtotal(),
                part.deliveryFee(),
                part.reason(),
                part.createdAt(),
                part.updatedAt(),
                part.lines().stream().map(LineView::of).toList(),
                part.history().stream().map(EventView::of).toList());
    }
}
