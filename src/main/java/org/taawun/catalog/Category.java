package org.taawun.catalog;

/** Product categories; food ones need a valid sanitary authorisation of the cooperative to be published. */
public enum Category {
    OLIVE_OIL(true),
    ARGAN_OIL(true),
    AMLOU(true),
    HONEY(true),
    COUSCOUS(true),
    JUICE(true),
    DATES(true),
    SPICES(true),
    COSMETICS(false),
    CARPETS(false),
    TEXTILES(false),
    POTTERY(false),
    OTHER(false);

    private final boolean food;

    Category(boolean food) {
        this.food = food;
    }

    public boolean isFood() {
        return food;
    }
}
