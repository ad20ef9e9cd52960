package org.taawun.shop.web;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.taawun.shop.domain.SalesService;

/**
 * A till sale's receipt: an 80 mm printable page in the reader's language (Arabic right-to-left, French, English) and
 * the same receipt as a PDF (French, see the domain's SaleReceiptPdf). Only the shop's staff and administrators.
 */
@Controller
class SaleReceiptController {

    private final SalesService sales;

    SaleReceiptController(SalesService sales) {
        this.sales = sales;
    }

    @SellsAtShop
    @GetMapping("/shop/{shopId}/sales/{saleId}/receipt")
    String receipt(@PathVariable UUID shopId, @PathVariable UUID saleId, Model model) {
        model.addAttribute("receipt", sales.receipt(shopId, saleId));
        return "shop/sale-receipt";
    }

    @SellsAtShop
    @GetMapping("/shop/{shopId}/sales/{saleId}/receipt.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID shopId, @PathVariable UUID saleId) {
        return ConsignmentPagesController.pdf(sales.receiptPdf(shopId, saleId), "receipt-" + saleId + ".pdf");
    }
}
