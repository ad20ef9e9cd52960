package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The notes and coins a cashier counts in her drawer, largest first, per currency.
 *
 * <p>Moroccan dirham (Bank Al-Maghrib, the issuing bank; banknotes of the 2012/2023 series and coins of the current
 * series, as Bank Al-Maghrib's "billets et pièces en circulation" pages list them): notes of 200, 100, 50 and 20
 * dirhams; coins of 10, 5, 2, 1 and 1/2 dirham and of 20, 10 and 5 santimat (the 5 santimat coin is rare but legal
 * tender; the 1 santim coin is left out, it no longer circulates).
 *
 * <p>Tunisian dinar (Banque Centrale de Tunisie): notes of 50, 20, 10 and 5 dinars (the series issued from 2011; the
 * older 5 and 10 dinar notes were withdrawn on 1 January 2015 and not exchanged after 31 December 2019, BCT notice of
 * 4 September 2014); coins of 5, 2 and 1 dinars and of 500, 200, 100, 50, 20, 10 and 5 millimes (the 5 dinar coin and
 * 5 dinar note circulate together: they are one value to count).
 *
 * <p>Checked against BCT and Bank Al-Maghrib notices as summarised by the press (coinworld.com on the 2022 BCT notes,
 * africanmanager.com on the 2019 exchange deadline, currency-news.com on Bank Al-Maghrib's 2023 series): an
 * administrator should confirm the list for her shop.
 */
public final class Denominations {

    private static final List<String> MAD_NOTES = List.of("200", "100", "50", "20");
    private static final List<String> MAD_COINS = List.of("10", "5", "2", "1", "0.50", "0.20", "0.10", "0.05");
    private static final List<String> TND_NOTES = List.of("50", "20", "10", "5");
    private static final List<String> TND_COINS =
            List.of("5", "2", "1", "0.500", "0.200", "0.100", "0.050", "0.020", "0.010", "0.005");

    private Denominations() {}

    /** Notes then coins, largest first, each value once (a value that is both a note and a coin is counted once). */
    public static List<String> of(String currency) {
        List<String> all = new ArrayList<>();
        Stream.concat(notes(currency).stream(), coins(currency).stream())
                .filter(d -> !all.contains(d))
                .forEach(all::add);
        return List.copyOf(all);
    }

    public static List<String> notes(String currency) {
        return switch (currency) {
            case "MAD" -> MAD_NOTES;
            case "TND" -> TND_NOTES;
            default -> List.of();
        };
    }

    public static List<String> coins(String currency) {
        return switch (currency) {
            case "MAD" -> MAD_COINS;
            case "TND" -> TND_COINS;
            default -> List.of();
        };
    }

    /** The currency's denomination of this value ("200", "200.00" and "2E2" name the same note), if it has one. */
    public static Optional<String> find(String currency, String value) {
        BigDecimal wanted;
        try {
            wanted = new BigDecimal(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
        return of(currency).stream()
                .filter(d -> new BigDecimal(d).compareTo(wanted) == 0)
                .findFirst();
    }
}
