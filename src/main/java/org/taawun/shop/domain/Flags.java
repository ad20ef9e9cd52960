package org.taawun.shop.domain;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A sale's flag: the reasons for the manager to look, in a fixed order, comma-separated (null when none). */
final class Flags {

    private Flags() {}

    static String of(String... reasons) {
        String flag = Stream.of(reasons).filter(Objects::nonNull).collect(Collectors.joining(","));
        return flag.isEmpty() ? null : flag;
    }
}
