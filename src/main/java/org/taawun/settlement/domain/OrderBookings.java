package org.taawun.settlement.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.ordering.OrderPartStatusChanged;
import org.taawun.ordering.PartStatus;
import org.taawun.ordering.Payment;

/**
 * Books the marketplace's cash-on-delivery parts. The cooperative delivers and collects the cash herself, so a
 * delivered part makes her owe the platform its commission on the goods (not on the delivery fee): the rate in force
 * for her when the part was delivered, split by {@link Rounding}. A part returned after it was delivered reverses
 * that entry exactly. Other moves, and parts paid at a shop's pickup, book nothing here.
 */
@Service
public class OrderBookings {

    static final String DELIVERED = "order-part-delivered";
    static final String RETURNED = "order-part-returned";

    private final Ledger ledger;
    private final PlatformRates rates;

    OrderBookings(Ledger ledger, PlatformRates rates) {
        this.ledger = ledger;
        this.rates = rates;
    }

    /** Books the move once when it is one the ledger follows; false when there was nothing (more) to book. */
    @Transactional
    public boolean book(OrderPartStatusChanged change) {
        if (change.payment() != Payment.CASH_ON_DELIVERY) {
            return false;
        }
        if (change.status() == PartStatus.DELIVERED) {
            return delivered(change);
        }
        if (change.status() == PartStatus.RETURNED) {
            return returned(change);
        }
        return false;
    }

    private boolean delivered(OrderPartStatusChanged change) {
        String currency = change.currency();
        Rounding.Split split =
                Rounding.split(change.goods(), rates.rateAt(change.cooperativeId(), change.changedAt()), currency);
        return ledger.book(new JournalEntry(
                        EntryKind.ORDER_PART_DELIVERED,
                        DELIVERED,
                        change.partId().toString(),
                        change.cooperativeId(),
                        change.changedAt(),
                        null,
                        List.of(
                                Posting.debit(Account.owed(change.cooperativeId(), null, currency), split.commission()),
                                Posting.credit(Account.platformCommission(currency), split.commission()))))
                .isPresent();
    }

    private boolean returned(OrderPartStatusChanged change) {
        Optional<UUID> delivery = ledger.entryId(DELIVERED, change.partId().toString());
        if (delivery.isEmpty()) {
            return false; // refused at the door: no cash was collected, no commission was booked
        }
        List<Posting> reversed =
                ledger.postings(delivery.get()).stream().map(Posting::reversed).toList();
        return ledger.book(new JournalEntry(
                        EntryKind.ORDER_PART_RETURNED,
                        RETURNED,
                        change.partId().toString(),
                        change.cooperativeId(),
                        change.changedAt(),
                        delivery.get(),
                        reversed))
                .isPresent();
    }
}
