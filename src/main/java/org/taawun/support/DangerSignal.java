package org.taawun.support;

import java.util.EnumSet;
import java.util.Set;

/** What {@link DangerDetector} found in a message: no kind at all, or why the alarm is raised. */
public record DangerSignal(Set<DangerKind> kinds) {

    public static final DangerSignal NONE = new DangerSignal(Set.of());

    public DangerSignal {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** Whether the person may be in danger now: answer at once with the emergency numbers and a counsellor. */
    public boolean alarm() {
        return !kinds.isEmpty();
    }
}
