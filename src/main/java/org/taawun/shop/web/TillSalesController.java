package org.taawun.shop.web;

import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.shop.domain.RecordReturn;
import org.taawun.shop.domain.RecordSale;
import org.taawun.shop.domain.ReturnRecorder;
import org.taawun.shop.domain.SaleRecorder;
import org.taawun.shop.domain.SalesService;

/**
 * The till page's JSON (session cookie and CSRF header): the same bodies and answers as {@link SalesApiController},
 * and a recorded sale by id or receipt number (with what can still come back), to start a return.
 */
@RestController
class TillSalesController {

    private final SaleRecorder sales;
    private final ReturnRecorder returns;
    private final SalesService read;

    TillSalesController(SaleRecorder sales, ReturnRecorder returns, SalesService read) {
        this.sales = sales;
        this.returns = returns;
        this.read = read;
    }

    @SellsAtShop
    @PostMapping("/shop/{shopId}/till/sales")
    ResponseEntity<SaleJson> sale(@PathVariable UUID shopId, @RequestBody RecordSale body) {
        return SalesAnswers.sale(sales.record(shopId, body));
    }

    @SellsAtShop
    @PostMapping("/shop/{shopId}/till/returns")
    ResponseEntity<SaleJson.ReturnJson> saleReturn(@PathVariable UUID shopId, @RequestBody RecordReturn body) {
        return SalesAnswers.saleReturn(returns.record(shopId, body));
    }

    @SellsAtShop
    @GetMapping("/shop/{shopId}/till/sales/{idOrNumber}")
    SaleJson find(@PathVariable UUID shopId, @PathVariable String idOrNumber) {
        return SaleJson.of(
                read.sale(shopId, idOrNumber), LocaleContextHolder.getLocale().getLanguage());
    }
}
