package org.taawun.support.handoff;

/** Where a hand-off stands: in the queue, with a counsellor, or over (and erased after the retention). */
public enum HandoffStatus {
    WAITING,
    TAKEN,
    CLOSED;

    public boolean open() {
        return this != CLOSED;
    }
}
