package org.taawun.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * With {@code taawun.exit-when-ready=true}, the application stops as soon as it is ready: once started and its demo
 * data loaded. The build's class data sharing training run uses it, so that the archive also holds the classes that
 * loading the demo data needs (the beans are created when first used).
 */
@Component
@ConditionalOnBooleanProperty("taawun.exit-when-ready")
class ExitWhenReady implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ExitWhenReady.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        LOG.info("Ready; exiting as asked (taawun.exit-when-ready)");
        System.exit(SpringApplication.exit(event.getApplicationContext()));
    }
}
