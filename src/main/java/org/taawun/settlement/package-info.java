/**
 * Settlement: the double-entry ledger of what each cooperative is owed by each shop and by the platform. It books the
 * shop's {@link org.taawun.shop.SaleRecorded} and {@link org.taawun.shop.SaleReturned} and the marketplace's
 * {@link org.taawun.ordering.OrderPartStatusChanged} exactly once each, records payouts, and keeps the platform's
 * commission rates. It never reads another module's tables.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "cooperative", "shared", "shop", "ordering"})
package org.taawun.settlement;
