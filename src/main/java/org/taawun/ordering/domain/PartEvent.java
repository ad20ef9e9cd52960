package org.taawun.ordering.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.taawun.ordering.PartStatus;

/** One step of a part's history. */
@Entity
@Table(schema = "ordering", name = "part_history")
class PartEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "part_id")
    private OrderPart part;

    @Enumerated(EnumType.STRING)
    private PartStatus status;

    private String note;
    private Instant at;

    protected PartEvent() {}

    PartEvent(OrderPart part, PartStatus status, String note) {
        this.part = part;
        this.status = status;
        this.note = note;
        this.at = Instant.now();
    }

    PartStatus status() {
        return status;
    }

    String note() {
        return note;
    }

    Instant at() {
        return at;
    }
}
