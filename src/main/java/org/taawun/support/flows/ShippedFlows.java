package org.taawun.support.flows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.taawun.support.conversation.Flow;

/**
 * Loads the flows shipped in {@code support/flows/*.json} when the table holds none (a new installation). A shipped
 * flow that breaks a rule stops the start: it must be fixed before release, never run half-broken. Later versions
 * are the administrators' (import or edit); a restart never overwrites them.
 */
@Component
@Order(41)
class ShippedFlows implements ApplicationRunner {

    static final String LOCATION = "classpath:support/flows/*.json";
    static final String SAVED_BY = "taawun";

    private final FlowStore store;

    ShippedFlows(FlowStore store) {
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!store.isEmpty()) {
            return;
        }
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            Flow flow = read(resource);
            FlowStore.Saved saved = store.save(flow, SAVED_BY);
            if (!saved.ok()) {
                throw new IllegalStateException(
                        "Shipped flow " + resource.getFilename() + " breaks the rules: " + saved.problems());
            }
        }
    }

    static Flow read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return FlowJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
