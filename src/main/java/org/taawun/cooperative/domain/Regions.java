package org.taawun.cooperative.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.taawun.cooperative.Country;

/** The reference list of regions, read once: it changes only with a migration. */
@Component
public class Regions {

    private final List<Region> all;
    private final Map<String, Region> byCode;

    Regions(RegionRepository repository) {
        this.all = List.copyOf(repository.findAllByOrderByCountryAscCodeAsc());
        this.byCode = all.stream().collect(Collectors.toUnmodifiableMap(Region::code, Function.identity()));
    }

    public List<Region> of(Country country) {
        return all.stream().filter(r -> r.country().equals(country.name())).toList();
    }

    public List<Region> all() {
        return all;
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean belongsTo(String code, Country country) {
        return find(code).map(r -> r.country().equals(country.name())).orElse(false);
    }

    public String name(String code, String language) {
        return find(code).map(r -> r.name(language)).orElse(code);
    }
}
