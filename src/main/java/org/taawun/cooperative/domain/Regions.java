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

    private final List<RegionView> all;
    private final Map<String, RegionView> byCode;

    Regions(RegionRepository repository) {
        this.all = repository.findAllByOrderByCountryAscCodeAsc().stream()
                .map(RegionView::of)
                .toList();
        this.byCode = all.stream().collect(Collectors.toUnmodifiableMap(RegionView::code, Function.identity()));
    }

    public List<RegionView> of(Country country) {
        return all.stream().filter(r -> r.country().equals(country.name())).toList();
    }

    public List<RegionView> all() {
        return all;
    }

    public Optional<RegionView> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean belongsTo(String code, Country country) {
        return find(code).map(r -> r.country().equals(country.name())).orElse(false);
    }

    public String name(String code, String language) {
        return find(code).map(r -> r.name(language)).orElse(code);
    }
}
