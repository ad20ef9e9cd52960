package org.taawun.support;

/** The kinds of service in the directory, in the order they are listed to a person (most urgent first). */
public enum ServiceKind {
    LISTENING_LINE,
    POLICE,
    GENDARMERIE,
    CIVIL_PROTECTION,
    AMBULANCE,
    COURT_CELL,
    HOSPITAL_UNIT,
    LISTENING_CENTRE,
    SHELTER,
    LEGAL_AID,
    PSYCHOLOGICAL_SUPPORT
}
