package org.taawun.support;

import java.util.Locale;
import java.util.Set;

/**
 * What a person's message is about, as {@link IntentMatcher} recognises it. {@link #DANGER_NOW} comes from {@link
 * DangerDetector} and wins over every other intent; {@link #MENU} is the global word that brings the menu back.
 */
public enum Intent {
    DANGER_NOW,
    VIOLENCE_KINDS,
    RIGHTS_LAW,
    COMPLAINT,
    HEALTH,
    SHELTER,
    LEGAL_AID,
    PSYCHOLOGICAL,
    SAFETY_PLAN,
    COUNSELLOR,
    MENU,
    GREETING;

    /** The name of the intent's phrase list: {@code SAFETY_PLAN} → {@code safety-plan}. */
    public String listName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kinds of service of the directory that help with this topic, most urgent first. */
    public Set<ServiceKind> serviceKinds() {
        return switch (this) {
            case DANGER_NOW ->
                Set.of(
                        ServiceKind.LISTENING_LINE,
                        ServiceKind.POLICE,
                        ServiceKind.GENDARMERIE,
                        ServiceKind.CIVIL_PROTECTION,
                        ServiceKind.AMBULANCE);
            case VIOLENCE_KINDS, SAFETY_PLAN -> Set.of(ServiceKind.LISTENING_LINE, ServiceKind.LISTENING_CENTRE);
            case RIGHTS_LAW -> Set.of(ServiceKind.LEGAL_AID, ServiceKind.LISTENING_CENTRE);
            case COMPLAINT -> Set.of(ServiceKind.POLICE, ServiceKind.GENDARMERIE, ServiceKind.COURT_CELL);
            case HEALTH -> Set.of(ServiceKind.HOSPITAL_UNIT, ServiceKind.AMBULANCE);
            case SHELTER -> Set.of(ServiceKind.SHELTER, ServiceKind.LISTENING_CENTRE);
            case LEGAL_AID -> Set.of(ServiceKind.LEGAL_AID, ServiceKind.COURT_CELL);
            case PSYCHOLOGICAL ->
                Set.of(ServiceKind.PSYCHOLOGICAL_SUPPORT, ServiceKind.LISTENING_LINE, ServiceKind.LISTENING_CENTRE);
            case COUNSELLOR, MENU, GREETING -> Set.of();
        };
    }
}
