package org.taawun.cooperative;

import java.time.ZoneId;

/** The two countries served, with their currency and time zone. */
public enum Country {
    MA("MAD", ZoneId.of("Africa/Casablanca"), "212", 9),
    TN("TND", ZoneId.of("Africa/Tunis"), "216", 8);

    private final String currency;
    private final ZoneId zone;
    private final String dialCode;
    private final int nationalDigits;

    Country(String currency, ZoneId zone, String dialCode, int nationalDigits) {
        this.currency = currency;
        this.zone = zone;
        this.dialCode = dialCode;
        this.nationalDigits = nationalDigits;
    }

    public String currency() {
        return currency;
    }

    public ZoneId zone() {
        return zone;
    }

    public String dialCode() {
        return dialCode;
    }

    public int nationalDigits() {
        return nationalDigits;
    }
}
