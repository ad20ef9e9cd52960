/**
 * Physical shops selling cooperatives' goods on consignment: their registry and pickup points, settings (currency,
 * cashiers, discount limit, commission rates in force over time), consignment deposits and withdrawals with their
 * receipts and barcode labels. Other modules read it through {@link org.taawun.shop.Shops} and
 * {@link org.taawun.shop.CommissionRates} and hear of {@link org.taawun.shop.DepositReceived} and
 * {@link org.taawun.shop.GoodsWithdrawn}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"catalog", "cooperative", "identity", "inventory", "shared"})
package org.taawun.shop;
