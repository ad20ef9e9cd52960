/**
 * Physical shops selling cooperatives' goods on consignment: their registry and pickup points, settings (currency,
 * cashiers, discount limit, commission rates in force over time), consignment deposits and withdrawals with their
 * receipts and barcode labels, the till (cash sessions, sales recorded once by the till's own id even when they come
 * in offline, returns, receipts, closing with the Z report), stock exceptions and the manager's reports. Other modules
 * read it through {@link org.taawun.shop.Shops} and {@link org.taawun.shop.CommissionRates} and hear of
 * {@link org.taawun.shop.DepositReceived}, {@link org.taawun.shop.GoodsWithdrawn}, {@link org.taawun.shop.SaleRecorded},
 * {@link org.taawun.shop.SaleReturned} and {@link org.taawun.shop.CashSessionClosed}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"catalog", "cooperative", "identity", "inventory", "shared"})
package org.taawun.shop;
