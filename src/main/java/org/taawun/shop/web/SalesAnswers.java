package org.taawun.shop.web;

import java.net.URI;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.taawun.shop.domain.ReturnRecorder;
import org.taawun.shop.domain.SaleRecorder;

/** The answers of the till's writes, shared by the API and the page JSON twins: 201 when recorded now, else 200. */
final class SalesAnswers {

    private SalesAnswers() {}

    static ResponseEntity<SaleJson> sale(SaleRecorder.Recorded recorded) {
        SaleJson body =
                SaleJson.of(recorded.sale(), LocaleContextHolder.getLocale().getLanguage());
        URI location = URI.create("/shop/" + body.shopId() + "/till/sales/" + body.id());
        return recorded.created()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.status(HttpStatus.OK).location(location).body(body);
    }

    static ResponseEntity<SaleJson.ReturnJson> saleReturn(ReturnRecorder.Recorded recorded) {
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(SaleJson.ReturnJson.of(recorded.saleReturn()));
    }
}
