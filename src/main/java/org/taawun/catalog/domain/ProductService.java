package org.taawun.catalog.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.ProductChanged;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeView;
import org.taawun.identity.AccessGuard;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.LocationKind;
import org.taawun.shared.media.MediaStorage;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;

/** A manager lists, changes, publishes and withdraws the products of her own cooperative. */
@Service
public class ProductService {

    static final int MAX_PHOTOS = 6;

    private final ProductRepository products;
    private final CooperativeDirectory cooperatives;
    private final AccessGuard guard;
    private final Inventory inventory;
    private final MediaStorage media;
    private final ApplicationEventPublisher events;
    private final PendingPhotos pending;

    ProductService(
            ProductRepository products,
            CooperativeDirectory cooperatives,
            AccessGuard guard,
            Inventory inventory,
            MediaStorage media,
            ApplicationEventPublisher events,
            PendingPhotos pending) {
        this.products = products;
        this.cooperatives = cooperatives;
        this.guard = guard;
        this.inventory = inventory;
        this.media = media;
        this.events = events;
        this.pending = pending;
    }

    /** Creates a product with its variants and their stock at the cooperative; publishes it when asked and allowed. */
    @Transactional
    public ProductView create(UUID cooperativeId, ProductDetails details, boolean publish) {
        guard.requireMayActFor(cooperativeId);
        CooperativeView cooperative = cooperative(cooperativeId);
        requireName(details);
        Product product = new Product(
                cooperativeId,
                cooperative.currency(),
                cooperative.country().name(),
                cooperative.regionCode(),
                Labels.of(cooperative, details.category(), LocalDate.now()));
        product.describe(details);
        List<Variant> variants = product.replaceVariants(details.variants());
        products.saveAndFlush(product);
        setStock(product, variants, details);
        if (publish) {
            publish(product, cooperative);
        }
        events.publishEvent(new ProductChanged(product.id(), cooperativeId));
        return ProductView.of(product);
    }

    @Transactional
    public ProductView update(UUID productId, ProductDetails details) {
        Product product = owned(productId);
        requireName(details);
        CooperativeView cooperative = cooperative(product.cooperativeId());
        product.describe(details);
        product.relabel(Labels.of(cooperative, details.category(), LocalDate.now()));
        List<Variant> variants = product.replaceVariants(details.variants());
        products.saveAndFlush(product);
        changeStock(product, variants, details);
        if (product.isPublished()) {
            requirePublishable(product, cooperative);
        }
        events.publishEvent(new ProductChanged(product.id(), product.cooperativeId()));
        return ProductView.of(product);
    }

    @Transactional
    public void publish(UUID productId) {
        Product product = owned(productId);
        publish(product, cooperative(product.cooperativeId()));
        events.publishEvent(new ProductChanged(product.id(), product.cooperativeId()));
    }

    @Transactional
    public void unpublish(UUID productId) {
        Product product = owned(productId);
        product.unpublish();
        events.publishEvent(new ProductChanged(product.id(), product.cooperativeId()));
    }

    @Transactional
    public void addPhoto(UUID productId, byte[] image) {
        Product product = owned(productId);
        if (product.photos().size() >= MAX_PHOTOS) {
            throw new InvalidFieldException("photo", "catalog.error.too-many-photos", MAX_PHOTOS);
        }
        product.addPhoto(Photo.of(media.storeImage("photo", image, Photo.SIDES)));
        events.publishEvent(new ProductChanged(product.id(), product.cooperativeId()));
    }

    /**
     * Keeps a photo chosen on the new-product form of a cooperative when the form must come back with an error: checked
     * and stored as any photo, and waiting under the returned token for the same account only (see {@link
     * PendingPhotos}).
     */
    @Transactional
    public UUID keepPhoto(UUID cooperativeId, byte[] image) {
        guard.requireMayActFor(cooperativeId);
        return pending.keep(currentAccount(), Photo.of(media.storeImage("photo", image, Photo.SIDES)));
    }

    /** The photo the current account keeps under this token, to show it again on the form. */
    @Transactional(readOnly = true)
    public Optional<Photo> keptPhoto(UUID token) {
        return guard.currentUser().flatMap(user -> pending.find(user.id(), token));
    }

    /** Adds to the product the photo the current account kept under this token (nothing when there is none). */
    @Transactional
    public void addKeptPhoto(UUID productId, UUID token) {
        Product product = owned(productId);
        if (product.photos().size() >= MAX_PHOTOS) {
            throw new InvalidFieldException("photo", "catalog.error.too-many-photos", MAX_PHOTOS);
        }
        pending.take(currentAccount(), token).ifPresent(photo -> {
            product.addPhoto(photo);
            events.publishEvent(new ProductChanged(product.id(), product.cooperativeId()));
        });
    }

    private UUID currentAccount() {
        return guard.currentUser()
                .map(user -> user.id())
                .orElseThrow(() -> new AccessDeniedException("signed-in managers only"));
    }

    /** A recorded voice description, played on the product page; {@code null} removes it. */
    @Transactional
    public void changeVoice(UUID productId, byte[] recording) {
        Product product = owned(productId);
        product.changeVoice(recording == null ? null : media.storeAudio("voice", recording));
        events.publishEvent(new ProductChanged(product.id(), product.cooperativeId()));
    }

    @Transactional
    public void removePhoto(UUID productId, int index) {
        Product product = owned(productId);
        product.removePhoto(index);
        events.publishEvent(new ProductChanged(product.id(), product.cooperativeId()));
    }

    /** The product, when the current user may act for its cooperative (403 otherwise, 404 when unknown). */
    @Transactional(readOnly = true)
    public ProductView forManager(UUID productId) {
        return ProductView.of(owned(productId));
    }

    private Product owned(UUID productId) {
        Product product = products.findById(productId)
                .orElseThrow(() -> ProblemException.notFound("product-not-found", "catalog.error.not-found"));
        guard.requireMayActFor(product.cooperativeId());
        return product;
    }

    private void publish(Product product, CooperativeView cooperative) {
        requirePublishable(product, cooperative);
        product.publish();
    }

    private static void requirePublishable(Product product, CooperativeView cooperative) {
        if (!cooperative.isPublic()) {
            throw ProblemException.refused("cooperative-not-verified", "catalog.error.cooperative-not-public");
        }
        if (product.category().isFood() && !Labels.hasValidSanitaryAuthorisation(cooperative, LocalDate.now())) {
            throw ProblemException.refused("sanitary-authorisation-missing", "catalog.error.food-authorisation");
        }
    }

    private void setStock(Product product, List<Variant> variants, ProductDetails details) {
        for (int i = 0; i < variants.size(); i++) {
            inventory.setOnHand(
                    variants.get(i).id(),
                    product.cooperativeId(),
                    LocationKind.COOPERATIVE,
                    details.variants().get(i).stock(),
                    "LISTING");
        }
    }

    /**
     * A stock the manager did not touch ({@code stock == stockRead}) is left as it is now, whatever moved meanwhile; a
     * changed one must start from the level she read (see {@link Inventory#changeOnHand}), else the whole update is
     * refused and rolled back.
     */
    private void changeStock(Product product, List<Variant> variants, ProductDetails details) {
        for (int i = 0; i < variants.size(); i++) {
            ProductDetails.VariantDetails wanted = details.variants().get(i);
            if (wanted.stockRead() != null && wanted.stockRead().equals(wanted.stock())) {
                continue;
            }
            inventory.changeOnHand(
                    variants.get(i).id(),
                    product.cooperativeId(),
                    LocationKind.COOPERATIVE,
                    wanted.stockRead() != null ? wanted.stockRead() : wanted.stock(),
                    wanted.stock(),
                    "LISTING");
        }
    }

    private static void requireName(ProductDetails details) {
        if (!details.hasName()) {
            throw new InvalidFieldException("nameAr", "catalog.error.name-required");
        }
    }

    private CooperativeView cooperative(UUID id) {
        return cooperatives
                .find(id)
                .orElseThrow(() -> ProblemException.notFound("cooperative-not-found", "cooperative.error.not-found"));
    }
}
