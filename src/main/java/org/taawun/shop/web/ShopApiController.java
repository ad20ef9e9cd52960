package org.taawun.shop.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/** {@code GET /api/v1/shops}: the shops, which are also the pickup points of web orders. */
@RestController
class ShopApiController {

    private final Shops shops;

    ShopApiController(Shops shops) {
        this.shops = shops;
    }

    @GetMapping("/api/v1/shops")
    List<ShopView> shops() {
        return shops.active();
    }
}
