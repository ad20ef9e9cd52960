package org.taawun.support;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.cooperative.Country;
import org.taawun.support.directory.DirectoryListings;

/**
 * Where a person can call or go, for the chatbot and the public pages: the national numbers of a country, and the
 * services of a region and city she picks from a list (no location is ever asked). Lists are ordered by {@link
 * ServiceKind} (most urgent first), then the shortest number first (19 before 112), then by name.
 */
@Component
public class ServiceDirectory {

    private static final Comparator<SupportService> ORDER = Comparator.comparing(SupportService::kind)
            .thenComparing(s -> s.phone().length())
            .thenComparing(SupportService::nameFr);

    private final DirectoryListings services;

    ServiceDirectory(DirectoryListings services) {
        this.services = services;
    }

    /** The numbers valid everywhere in the country (listening line, police, gendarmerie, civil protection...). */
    @Transactional(readOnly = true)
    public List<SupportService> nationalNumbers(Country country) {
        return sorted(services.national(country));
    }

    /**
     * The local services of a region, and of one of its cities when {@code city} is given (services of the whole
     * region, with no city, are included then too). National numbers are not included.
     */
    @Transactional(readOnly = true)
    public List<SupportService> local(Country country, String regionCode, String city) {
        if (regionCode == null || regionCode.isBlank()) {
            return List.of();
        }
        return sorted(services.local(country, regionCode, city));
    }

    /**
     * What helps with a topic where she is: the national numbers, then the local services, of the given kinds only
     * (all kinds when {@code kinds} is empty); see {@link Intent#serviceKinds()}.
     */
    @Transactional(readOnly = true)
    public List<SupportService> find(Country country, String regionCode, String city, Collection<ServiceKind> kinds) {
        return Stream.concat(nationalNumbers(country).stream(), local(country, regionCode, city).stream())
                .filter(s -> kinds.isEmpty() || kinds.contains(s.kind()))
                .toList();
    }

    /** The cities that have at least one service in the region, in alphabetical order. */
    @Transactional(readOnly = true)
    public List<String> cities(Country country, String regionCode) {
        return services.cities(country, regionCode);
    }

    @Transactional(readOnly = true)
    public Optional<SupportService> find(UUID id) {
        return services.find(id);
    }

    private static List<SupportService> sorted(List<SupportService> found) {
        return found.stream().sorted(ORDER).toList();
    }
}
