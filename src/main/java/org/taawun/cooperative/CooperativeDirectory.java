package org.taawun.cooperative;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.taawun.cooperative.domain.CooperativeViews;
import org.taawun.cooperative.domain.Regions;

/**
 * Reads of the registry for other modules and public pages. Views carry only the certifications an administrator
 * checked: those are what unlock food publishing and show as labels. Public storefront views are cached briefly (every change
 * on this node evicts at once; other nodes see it within {@link #CACHE_TTL}).
 */
@Component
public class CooperativeDirectory {

    static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private final CooperativeViews cooperatives;
    private final Regions regions;
    private final Cache<String, Optional<CooperativeView>> bySlug = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(CACHE_TTL)
            .build();
    private final Cache<UUID, Optional<CooperativeView>> byId = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(CACHE_TTL)
            .build();
    private final Cache<Integer, List<CooperativeView>> firstPublic =
            Caffeine.newBuilder().maximumSize(10).expireAfterWrite(CACHE_TTL).build();

    CooperativeDirectory(CooperativeViews cooperatives, Regions regions) {
        this.cooperatives = cooperatives;
        this.regions = regions;
    }

    public Optional<CooperativeView> find(UUID id) {
        return cooperatives.find(id);
    }

    /**
     * A verified cooperative's public view; suspended, pending and rejected ones are not public. Not transactional:
     * a cache hit touches no connection; a miss reads in the repositories' own transactions.
     */
    public Optional<CooperativeView> findPublicBySlug(String slug) {
        return bySlug.get(slug, cooperatives::findBySlug).filter(CooperativeView::isPublic);
    }

    /** A verified cooperative's public view, cached like storefronts (orders and product pages ask it every time). */
    public Optional<CooperativeView> findPublic(UUID id) {
        return byId.get(id, this::find).filter(CooperativeView::isPublic);
    }

    /**
     * The public views of these cooperatives, by id (those that are not public are left out), cached like storefronts;
     * the ones not in the cache are read together. For pages that name many cooperatives at once (search filters).
     */
    public Map<UUID, CooperativeView> findPublic(Collection<UUID> ids) {
        Map<UUID, CooperativeView> found = new LinkedHashMap<>();
        byId.getAll(ids, this::load)
                .forEach((id, view) -> view.filter(CooperativeView::isPublic).ifPresent(v -> found.put(id, v)));
        return found;
    }

    private Map<UUID, Optional<CooperativeView>> load(Set<? extends UUID> ids) {
        Map<UUID, Optional<CooperativeView>> loaded = new HashMap<>();
        ids.forEach(id -> loaded.put(id, Optional.empty()));
        cooperatives.findAll(ids).forEach((id, view) -> loaded.put(id, Optional.of(view)));
        return loaded;
    }

    /** The first verified cooperatives by name, as the home page shows them (cached like storefronts). */
    public List<CooperativeView> listPublicCached(int size) {
        return firstPublic.get(size, n -> listPublic(0, n).getContent());
    }

    public Page<CooperativeView> listPublic(int page, int size) {
        return cooperatives.listVerified(page, size);
    }

    /** How the platform reaches a cooperative about its orders: its contact phone and its language. */
    public record Contact(String phone, java.util.Locale locale) {}

    public Optional<Contact> contact(UUID id) {
        return cooperatives.entry(id).map(c -> new Contact(c.contactPhone(), c.applicantLocale()));
    }

    /** Whether the region code is one of the country's regions ({@code "MA"} or {@code "TN"}). */
    public boolean isRegionOf(String code, String country) {
        return regions.find(code).map(r -> r.country().equals(country)).orElse(false);
    }

    /** The regions of a country, as code and name in the language. */
    public List<java.util.Map.Entry<String, String>> regionsOf(String country, String language) {
        return regions.of(Country.valueOf(country)).stream()
                .map(r -> java.util.Map.entry(r.code(), r.name(language)))
                .toList();
    }

    public String regionName(String code, String language) {
        return regions.name(code, language);
    }

    @TransactionalEventListener
    void on(CooperativeProfileChanged event) {
        bySlug.invalidate(event.oldSlug());
        bySlug.invalidate(event.newSlug());
        byId.invalidateAll();
        firstPublic.invalidateAll();
    }

    @TransactionalEventListener
    void on(CooperativeVerified event) {
        forgetAll();
    }

    @TransactionalEventListener
    void on(CooperativeSuspended event) {
        forgetAll();
    }

    private void forgetAll() {
        bySlug.invalidateAll();
        byId.invalidateAll();
        firstPublic.invalidateAll();
    }
}
