package org.taawun.support.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.Country;
import org.taawun.support.ServiceDirectory;
import org.taawun.support.understanding.TextNormaliser;

/**
 * The regions (from the cooperative registry's list) and cities (those with services in the directory) that a
 * person picks from; she is never asked where she is. Free text is matched against the names in every language.
 */
@Component
class Places {

    private static final List<String> LANGUAGES = List.of("ar", "fr", "en");

    private final CooperativeDirectory registry;
    private final ServiceDirectory directory;

    Places(CooperativeDirectory registry, ServiceDirectory directory) {
        this.registry = registry;
        this.directory = directory;
    }

    /** The regions of the country as code and name in the language, in the registry's order. */
    List<Map.Entry<String, String>> regions(String country, String language) {
        return registry.regionsOf(country, language);
    }

    boolean isRegion(String code, String country) {
        return registry.isRegionOf(code, country);
    }

    String regionName(String code, String language) {
        return registry.regionName(code, language);
    }

    /** The region whose name, in any language, is what she wrote (or contains it, or is contained in it). */
    Optional<String> regionWritten(String text, String country) {
        String written = TextNormaliser.normalise(text);
        if (written.length() < 3) {
            return Optional.empty();
        }
        for (String language : LANGUAGES) {
            for (Map.Entry<String, String> region : regions(country, language)) {
                if (names(written, region.getValue())) {
                    return Optional.of(region.getKey());
                }
            }
        }
        return Optional.empty();
    }

    List<String> cities(String country, String region) {
        return directory.cities(Country.valueOf(country), region);
    }

    Optional<String> cityWritten(String text, String country, String region) {
        String written = TextNormaliser.normalise(text);
        return cities(country, region).stream()
                .filter(city -> written.length() >= 3 && names(written, city))
                .findFirst();
    }

    private static boolean names(String written, String name) {
        String normalised = FlowWords.normalised(name);
        return normalised.equals(written) || normalised.contains(written) || written.contains(normalised);
    }
}
