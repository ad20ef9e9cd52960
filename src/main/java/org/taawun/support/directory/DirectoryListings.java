package org.taawun.support.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.cooperative.Country;
import org.taawun.support.SupportService;

/**
 * Reads of the directory for everyone outside this package (the {@link org.taawun.support.ServiceDirectory} facade):
 * the services as {@link SupportService} records, never the stored rows. In the stored order; the facade sorts.
 */
@Service
public class DirectoryListings {

    private final ListedServiceRepository services;

    DirectoryListings(ListedServiceRepository services) {
        this.services = services;
    }

    /** The numbers valid everywhere in the country. */
    @Transactional(readOnly = true)
    public List<SupportService> national(Country country) {
        return views(services.findByCountryAndNationalTrue(country.name()));
    }

    /**
     * The local services of a region, and of one of its cities when {@code city} is given (services of the whole
     * region, with no city, are included then too).
     */
    @Transactional(readOnly = true)
    public List<SupportService> local(Country country, String regionCode, String city) {
        String wanted = city == null || city.isBlank() ? null : ListedService.cleanCity(city);
        return views(services.findByCountryAndRegionCodeAndNationalFalse(country.name(), regionCode).stream()
                .filter(s -> wanted == null || s.city() == null || s.city().equalsIgnoreCase(wanted))
                .toList());
    }

    /** The cities that have at least one service in the region, in alphabetical order. */
    @Transactional(readOnly = true)
    public List<String> cities(Country country, String regionCode) {
        return services.citiesOf(country.name(), regionCode);
    }

    @Transactional(readOnly = true)
    public Optional<SupportService> find(UUID id) {
        return services.findById(id).map(ListedService::view);
    }

    private static List<SupportService> views(List<ListedService> found) {
        return found.stream().map(ListedService::view).toList();
    }
}
