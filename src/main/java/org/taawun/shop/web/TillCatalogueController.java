package org.taawun.shop.web;

import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.shop.domain.TillCatalogue;
import org.taawun.shop.domain.TillCatalogueQuery;

/**
 * The catalogue a till keeps offline. Its ETag is the catalogue's version: a till that already holds it sends
 * {@code If-None-Match} and gets an empty 304, so a tablet on 3G downloads the shelves only when they changed.
 */
@RestController
class TillCatalogueController {

    private final TillCatalogueQuery query;

    TillCatalogueController(TillCatalogueQuery query) {
        this.query = query;
    }

    @GetMapping("/shop/{shopId}/till/catalogue")
    ResponseEntity<TillCatalogue> catalogue(
            @PathVariable UUID shopId, @RequestHeader(value = "If-None-Match", required = false) String known) {
        TillCatalogue catalogue = query.catalogue(shopId);
        // weak: Tomcat does not compress a response with a strong ETag (noCompressionStrongETag), and this one must be
        String etag = "W/\"" + catalogue.version() + "\"";
        CacheControl cache = CacheControl.noCache().cachePrivate();
        if (known != null && (known.equals(etag) || known.equals(etag.substring(2)))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cache)
                    .build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).body(catalogue);
    }
}
