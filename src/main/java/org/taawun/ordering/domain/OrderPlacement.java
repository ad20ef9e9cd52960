package org.taawun.ordering.domain;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.Catalog;
import org.taawun.catalog.SellableItem;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeView;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.StockLine;
import org.taawun.ordering.DeliveryMethod;
import org.taawun.ordering.OrderPlaced;
import org.taawun.ordering.Payment;
import org.taawun.shared.money.Money;
import org.taawun.shared.ratelimit.LimitedAction;
import org.taawun.shared.ratelimit.RateLimited;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.PhoneNumbers;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/**
 * Places an order: prices from the catalogue (never from the client), one part per cooperative, delivery fees, and
 * the stock reserved in the same transaction, so that either the whole order exists with its units held, or nothing.
 *
 * <p>Where the units are held: a home delivery holds the cooperative's own store; an order for pickup at a shop holds
 * that shop's shelf (location = the shop, kind SHOP), the very units its till sells from, so a till sale (which takes
 * only {@code on_hand - reserved}) can never sell a unit promised online, and a till sale of the last unit leaves
 * nothing to reserve at once. When the chosen shop lacks some units the order is refused ({@code not-enough-stock},
 * 409) and nothing is held; there is no fall-back to the cooperative's store: a customer who picks a shop expects to
 * collect there what the page said was there, not to wait for a parcel the page never promised, and a shop must not
 * hand over goods that no consignment note brought. Checkout therefore offers only shops holding every unit (see
 * {@link PickupShops}), and the part keeps its location so that its later moves happen there.
 */
@Service
public class OrderPlacement {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> LANGUAGES = Set.of("ar", "fr", "en");

    private final OrderRepository orders;
    private final jakarta.persistence.EntityManager entities;
    private final Catalog catalog;
    private final CooperativeDirectory cooperatives;
    private final Inventory inventory;
    private final Shops shops;
    private final DeliveryFees fees;
    private final PartNumbers numbers;
    private final OrderNotifications notifications;
    private final IdempotencyKeys keys;
    private final ApplicationEventPublisher events;

    OrderPlacement(
            OrderRepository orders,
            jakarta.persistence.EntityManager entities,
            Catalog catalog,
            CooperativeDirectory cooperatives,
            Inventory inventory,
            Shops shops,
            DeliveryFees fees,
            PartNumbers numbers,
            OrderNotifications notifications,
            IdempotencyKeys keys,
            ApplicationEventPublisher events) {
        this.orders = orders;
        this.entities = entities;
        this.catalog = catalog;
        this.cooperatives = cooperatives;
        this.inventory = inventory;
        this.shops = shops;
        this.fees = fees;
        this.numbers = numbers;
        this.notifications = notifications;
        this.keys = keys;
        this.events = events;
    }

    /**
     * Places an order; its key (when given) is written in the same transaction, before any stock is reserved, so a
     * second request with the same key fails on the key (see {@link IdempotentOrders}) and holds nothing.
     */
    @Transactional
    @RateLimited(value = LimitedAction.ORDER, recipient = "#request.customer().phone()")
    public OrderView place(PlaceOrder request, UUID accountId, OrderKey key) {
        Map<UUID, Integer> quantities = merge(request.lines());
        Map<UUID, SellableItem> items = catalog.sellables(quantities.keySet()).stream()
                .collect(Collectors.toMap(SellableItem::id, Function.identity()));
        List<SellableItem> lines = new ArrayList<>();
        for (UUID id : quantities.keySet()) {
            SellableItem item = items.get(id);
            if (item == null || !item.published()) {
                throw ProblemException.refused("product-unavailable", "ordering.error.product-unavailable");
            }
            lines.add(item);
        }
        String currency = singleCurrency(lines);
        String country = "TND".equals(currency) ? "TN" : "MA";
        Order.Customer customer = customer(request, country);
        UUID shopId = checkDelivery(request, country);

        Order order = new Order(
                numbers.nextOrder(PartNumbers.thisYear()),
                token(),
                currency,
                customer,
                request.delivery().method(),
                shopId,
                request.payment(),
                accountId,
                language());
        Map<UUID, List<SellableItem>> byCooperative = lines.stream()
                .collect(Collectors.groupingBy(SellableItem::cooperativeId, LinkedHashMap::new, Collectors.toList()));
        List<StockLine> reservations = new ArrayList<>();
        for (Map.Entry<UUID, List<SellableItem>> group : byCooperative.entrySet()) {
            CooperativeView cooperative = cooperatives
                    .findPublic(group.getKey())
                    .orElseThrow(() ->
                            ProblemException.refused("product-unavailable", "ordering.error.product-unavailable"));
            BigDecimal subtotal = group.getValue().stream()
                    .map(i -> i.price().times(quantities.get(i.id())).amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal fee = request.delivery().method() == DeliveryMethod.HOME
                    ? fees.feeFor(cooperative.id(), customer.region(), subtotal)
                    : BigDecimal.ZERO;
            UUID location = shopId == null ? cooperative.id() : shopId;
            OrderPart part = order.addPart(
                    cooperative.id(),
                    location,
                    numbers.nextPart(cooperative.id(), cooperative.slug(), PartNumbers.thisYear()),
                    new Money(fee, currency).amount());
            for (SellableItem item : group.getValue()) {
                int quantity = quantities.get(item.id());
                part.addLine(item, item.price().amount(), quantity);
                reservations.add(new StockLine(item.id(), location, quantity));
            }
        }
        order.close();
        entities.persist(order);
        entities.flush();
        if (key != null) {
            keys.remember(key, order.id());
        }
        inventory.reserve(reservations, "order:" + order.number());
        events.publishEvent(new OrderPlaced(
                order.id(), order.parts().stream().map(OrderPart::id).toList()));
        notifications.placed(order);
        return OrderView.of(order);
    }

    private static Map<UUID, Integer> merge(List<PlaceOrder.Line> lines) {
        Map<UUID, Integer> quantities = new LinkedHashMap<>();
        for (PlaceOrder.Line line : lines) {
            int total = quantities.merge(line.productId(), line.quantity(), Integer::sum);
            if (total > 99) {
                throw new InvalidFieldException("lines", "ordering.error.quantity");
            }
        }
        return quantities;
    }

    private static String singleCurrency(List<SellableItem> lines) {
        List<String> currencies =
                lines.stream().map(i -> i.price().currency()).distinct().toList();
        if (currencies.size() != 1) {
            throw ProblemException.refused("mixed-currency", "ordering.error.mixed-currency");
        }
        return currencies.get(0);
    }

    private Order.Customer customer(PlaceOrder request, String country) {
        PlaceOrder.CustomerDetails c = request.customer();
        String phone = PhoneNumbers.normalise(c.phone(), country)
                .orElseThrow(() -> new InvalidFieldException("customer.phone", "ordering.error.phone-" + country));
        String region =
                c.region() == null || c.region().isBlank() ? null : c.region().trim();
        if (region != null && !cooperatives.isRegionOf(region, country)) {
            throw new InvalidFieldException("customer.region", "ordering.error.region");
        }
        String address = c.address() == null || c.address().isBlank()
                ? null
                : c.address().strip();
        if (request.delivery().method() == DeliveryMethod.HOME && address == null) {
            throw new InvalidFieldException("customer.address", "ordering.error.address");
        }
        return new Order.Customer(c.name().strip(), phone, address, c.city().strip(), region);
    }

    private UUID checkDelivery(PlaceOrder request, String country) {
        boolean home = request.delivery().method() == DeliveryMethod.HOME;
        Payment expected = home ? Payment.CASH_ON_DELIVERY : Payment.PAY_AT_PICKUP;
        if (request.payment() != expected) {
            throw new InvalidFieldException("payment", "ordering.error.payment");
        }
        if (home) {
            return null;
        }
        UUID shopId = request.delivery().shopId();
        ShopView shop = (shopId == null ? Optional.<ShopView>empty() : shops.find(shopId))
                .filter(s -> s.country().equals(country))
                .orElseThrow(() -> new InvalidFieldException("delivery.shopId", "ordering.error.shop"));
        return shop.id();
    }

    /** The language of the request that places the order (the page's, or the API's Accept-Language). */
    private static String language() {
        String language = LocaleContextHolder.getLocale().getLanguage();
        return LANGUAGES.contains(language) ? language : "ar";
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
