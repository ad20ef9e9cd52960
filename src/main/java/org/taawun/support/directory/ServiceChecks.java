package org.taawun.support.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.Country;
import org.taawun.shared.web.PhoneNumbers;
import org.taawun.support.ServiceKind;

/**
 * The rules of a service, the same for the form and for each CSV row: every problem found is reported, not only the
 * first, so that an administrator fixes a row once.
 */
@Component
public class ServiceChecks {

    /** Language codes: Arabic, Moroccan Darija, Tunisian Arabic, French, English, Tamazight. */
    public static final List<String> LANGUAGES = List.of("ar", "ary", "aeb", "fr", "en", "zgh");

    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 300;
    static final int CITY_MAX = 100;
    static final int HOURS_MAX = 120;
    private static final Pattern SHORT_NUMBER = Pattern.compile("[1-9]\\d{1,5}");
    private static final Pattern MOROCCAN_FREE_NUMBER = Pattern.compile("080\\d{7}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,3}(\\.\\d{1,6})?");

    private final CooperativeDirectory cooperatives;

    ServiceChecks(CooperativeDirectory cooperatives) {
        this.cooperatives = cooperatives;
    }

    /** The checked values, or the problems found (then the values are not to be used). */
    public record Result(ServiceData data, List<FieldProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result check(ServiceForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        ServiceKind kind = kind(form.kind(), problems);
        String nameAr = text("nameAr", form.nameAr(), NAME_MAX, true, problems);
        String nameFr = text("nameFr", form.nameFr(), NAME_MAX, true, problems);
        Country country = country(form.country(), problems);
        String phone = country == null ? null : phone(form.phone(), country, problems);
        String address = text("address", form.address(), ADDRESS_MAX, false, problems);
        String city = text("city", form.city(), CITY_MAX, false, problems);
        String region = blankToNull(form.regionCode());
        place(form.isNational(), country, region, city, problems);
        String hours = text("hours", form.hours(), HOURS_MAX, false, problems);
        List<String> languages = languages(form.languages(), problems);
        BigDecimal latitude = coordinate("latitude", form.latitude(), 90, problems);
        BigDecimal longitude = coordinate("longitude", form.longitude(), 180, problems);
        if ((latitude == null) != (longitude == null)
                && problems.stream().noneMatch(p -> p.field().endsWith("itude"))) {
            problems.add(new FieldProblem(latitude == null ? "latitude" : "longitude", "support.error.coordinates"));
        }
        ServiceData data = new ServiceData(
                kind,
                nameAr,
                nameFr,
                phone,
                address,
                city == null ? null : ListedService.cleanCity(city),
                country,
                region == null ? null : region.toUpperCase(Locale.ROOT),
                hours,
                form.isFree(),
                languages,
                latitude,
                longitude,
                form.isNational(),
                form.isExample());
        return new Result(data, List.copyOf(problems));
    }

    private static ServiceKind kind(String value, List<FieldProblem> problems) {
        String code = blankToNull(value);
        if (code == null) {
            problems.add(new FieldProblem("kind", "shared.validation.required"));
            return null;
        }
        try {
            return ServiceKind.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "support.error.kind", Arrays.toString(ServiceKind.values())));
            return null;
        }
    }

    private static Country country(String value, List<FieldProblem> problems) {
        String code = blankToNull(value);
        if (code == null) {
            problems.add(new FieldProblem("country", "shared.validation.required"));
            return null;
        }
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "MA" -> Country.MA;
            case "TN" -> Country.TN;
            default -> {
                problems.add(new FieldProblem("country", "support.error.country"));
                yield null;
            }
        };
    }

    /** A short number (2 to 6 digits) as written, or a full number of the country in E.164 form. */
    static Optional<String> normalisePhone(String value, Country country) {
        String digits = value.replaceAll("[\\s.\\-()]", "");
        if (SHORT_NUMBER.matcher(digits).matches()) {
            return Optional.of(digits);
        }
        if (country == Country.MA && MOROCCAN_FREE_NUMBER.matcher(digits).matches()) {
            return Optional.of("+212" + digits.substring(1));
        }
        return PhoneNumbers.normalise(value, country.name());
    }

    private static String phone(String value, Country country, List<FieldProblem> problems) {
        if (blankToNull(value) == null) {
            problems.add(new FieldProblem("phone", "shared.validation.required"));
            return null;
        }
        Optional<String> phone = normalisePhone(value, country);
        if (phone.isEmpty()) {
            problems.add(new FieldProblem("phone", "support.error.phone"));
        }
        return phone.orElse(null);
    }

    /** National numbers have no region or city; local services have a region of their country. */
    private void place(boolean national, Country country, String region, String city, List<FieldProblem> problems) {
        if (national) {
            if (region != null || city != null) {
                problems.add(new FieldProblem(region != null ? "regionCode" : "city", "support.error.national-place"));
            }
            return;
        }
        if (region == null) {
            problems.add(new FieldProblem("regionCode", "support.error.region-required"));
        } else if (country != null && !cooperatives.isRegionOf(region.toUpperCase(Locale.ROOT), country.name())) {
            problems.add(new FieldProblem("regionCode", "support.error.region"));
        }
    }

    private static List<String> languages(String value, List<FieldProblem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return List.of();
        }
        List<String> codes = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s,;/]+"))
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
        if (!Set.copyOf(LANGUAGES).containsAll(codes)) {
            problems.add(new FieldProblem("languages", "support.error.languages", String.join(", ", LANGUAGES)));
            return List.of();
        }
        return codes;
    }

    private static BigDecimal coordinate(String field, String value, int limit, List<FieldProblem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        String decimal = text.replace(',', '.');
        if (!DECIMAL.matcher(decimal).matches()
                || new BigDecimal(decimal).abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            problems.add(new FieldProblem(field, "support.error." + field));
            return null;
        }
        return new BigDecimal(decimal);
    }

    private static String text(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        String text = blankToNull(value);
        if (text == null && required) {
            problems.add(new FieldProblem(field, "shared.validation.required"));
        } else if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "support.error.too-long", max));
        }
        return text;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
