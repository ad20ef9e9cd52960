package org.taawun.support.conversation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.taawun.TaawunTest;

/**
 * The whole application with a counsellors' queue that the test controls ({@link RecordingHandoffs}), and the
 * application events recorded; all the engine's tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TaawunTest
@RecordApplicationEvents
@Import(EngineTest.Handoffs.class)
@interface EngineTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Handoffs {

        @Bean
        @Primary
        RecordingHandoffs recordingHandoffs() {
            return new RecordingHandoffs();
        }
    }
}
