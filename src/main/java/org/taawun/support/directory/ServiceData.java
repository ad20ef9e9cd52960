package org.taawun.support.directory;

import java.math.BigDecimal;
import java.util.List;
import org.taawun.cooperative.Country;
import org.taawun.support.ServiceKind;

/** A service's values once checked by {@link ServiceChecks}: trimmed, blank as null, phone in its stored form. */
record ServiceData(
        ServiceKind kind,
        String nameAr,
        String nameFr,
        String phone,
        String address,
        String city,
        Country country,
        String regionCode,
        String hours,
        boolean free,
        List<String> languages,
        BigDecimal latitude,
        BigDecimal longitude,
        boolean national,
        boolean example) {}
