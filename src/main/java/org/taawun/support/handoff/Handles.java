package org.taawun.support.handoff;

import java.security.SecureRandom;
import java.util.List;

/**
 * Random handles ("Cedar-417") under which counsellors see a conversation. A handle is drawn at random, never derived
 * from anything about the person or her conversation, so that it tells nothing.
 */
final class Handles {

    private static final List<String> WORDS = List.of(
            "Amber", "Argan", "Basil", "Cedar", "Coral", "Cumin", "Dune", "Fern", "Fig", "Iris", "Ivy", "Jade",
            "Jasmine", "Lily", "Lotus", "Maple", "Mint", "Olive", "Orchid", "Palm", "Pearl", "Poppy", "Rose", "Saffron",
            "Sage", "Sand", "Sky", "Thyme", "Violet", "Willow");

    private static final SecureRandom RANDOM = new SecureRandom();

    private Handles() {}

    static String next() {
        return WORDS.get(RANDOM.nextInt(WORDS.size())) + "-" + (100 + RANDOM.nextInt(900));
    }
}
