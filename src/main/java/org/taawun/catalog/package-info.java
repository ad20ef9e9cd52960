/**
 * The catalogue: products of each cooperative, their variants (the sellable items), photos, categories, labels, the
 * publication rule for food, and search. Other modules read it through {@link org.taawun.catalog.Catalog}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"cooperative", "identity", "inventory", "shared"})
package org.taawun.catalog;
