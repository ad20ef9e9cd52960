/**
 * Inventory: stock of each sellable variant per location, reservations by orders and every movement. Changes are
 * single conditional SQL updates, so no unit is sold twice, whatever the concurrency or the number of nodes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.taawun.inventory;
