package org.taawun.support;

import java.util.Locale;

/** Why a message raised the alarm; each kind has its phrase list. */
public enum DangerKind {
    /** He will kill her, wants to, threatened to. */
    THREAT_TO_LIFE,
    /** Violence happening now ("he is hitting me now", "كيضربني دابا"). */
    ONGOING_VIOLENCE,
    /** She wants to die or to hurt herself. */
    SELF_HARM,
    /** Locked in, kept from leaving, taken away. */
    CONFINEMENT,
    /** A knife, a gun or another weapon in a threat. */
    WEAPON,
    /** Rape or sexual assault told in the first person. */
    SEXUAL_ASSAULT,
    /** Bleeding, strangled, unable to breathe: care is needed at once. */
    INJURY,
    /** A child hit, threatened, touched or taken away. */
    CHILD_IN_DANGER,
    /** A call for help or a plain "I am in danger". */
    CALL_FOR_HELP;

    /** The name of the kind's phrase list: {@code THREAT_TO_LIFE} → {@code threat-to-life}. */
    public String listName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
