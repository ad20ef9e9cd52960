/**
 * Ordering: one cart across cooperatives, checkout with cash on delivery or at pickup, orders split into one part
 * per cooperative, each with its own number, status and history, and the managers' workflow over their parts.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"catalog", "cooperative", "identity", "inventory", "notification", "shared", "shop"})
package org.taawun.ordering;
