package org.taawun.shared.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Fixed ids of the demo records, so that each module loads its own demo data and the pieces fit together. */
public final class DemoIds {

    public static final UUID COOP_ARGAN = id("cooperative:tiwizi-argan");
    public static final UUID COOP_KHOURIBGA = id("cooperative:nour-khouribga");
    public static final UUID COOP_TUNISIA = id("cooperative:sejnane-women");
    public static final UUID COOP_PENDING = id("cooperative:zahra-couscous");
    public static final UUID SHOP_KHOURIBGA = id("shop:unfm-market-khouribga");

    private DemoIds() {}

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("taawun-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
