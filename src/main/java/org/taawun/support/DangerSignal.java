package org.taawun.support;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link DangerDetector} found in a message: no kind at all, or why the alarm is raised.
 *
 * @param kinds why the alarm is raised; empty when it is not
 * @param language the language the danger was written in, as its phrase lists say ({@code ar}, {@code fr}, {@code
 *     en}, {@code ary-Latn} for Darija in Latin script), or null when it is not known or the phrases found disagree
 */
public record DangerSignal(Set<DangerKind> kinds, String language) {

    public static final DangerSignal NONE = new DangerSignal(Set.of());

    public DangerSignal {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        language = kinds.isEmpty() ? null : language;
    }

    public DangerSignal(Set<DangerKind> kinds) {
        this(kinds, null);
    }

    /** The language of the danger when it is one of these, else empty (Darija in Latin script, mixed, unknown). */
    public Optional<String> languageAmong(Collection<String> languages) {
        return Optional.ofNullable(language).filter(languages::contains);
    }

    /** Whether the person may be in danger now: answer at once with the emergency numbers and a counsellor. */
    public boolean alarm() {
        return !kinds.isEmpty();
    }
}
