package org.taawun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.taawun.catalog.search.ProductSearch;
import org.taawun.identity.domain.LoginThrottle;
import org.taawun.notification.domain.OutboxDispatcher;

/** Beans are created when first used, except those with scheduled tasks: the outbox is sent without a first request. */
@TaawunTest
class LazyStartupTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void everyBeanWithScheduledTasksIsCreatedAtStart() {
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        List<String> scheduled = new ArrayList<>();
        for (String name : beans.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(name, false);
            if (type != null && hasScheduledTasks(type)) {
                scheduled.add(name);
                assertThat(beans.containsSingleton(name)).as(name).isTrue();
            }
        }
        assertThat(scheduled)
                .contains(beanName(beans, OutboxDispatcher.class), beanName(beans, LoginThrottle.class))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(context.getEnvironment().getProperty("spring.main.lazy-initialization"))
                .isEqualTo("true");
        LazyInitializationExcludeFilter eager =
                context.getBean("scheduledBeanLazyInitializationExcludeFilter", LazyInitializationExcludeFilter.class);
        assertThat(eager.isExcluded("outboxDispatcher", null, OutboxDispatcher.class))
                .isTrue();
        assertThat(eager.isExcluded("productSearch", null, ProductSearch.class)).isFalse();
    }

    static boolean hasScheduledTasks(Class<?> type) {
        return !MethodIntrospector.selectMethods(type, (MethodIntrospector.MetadataLookup<Scheduled>)
                        method -> AnnotatedElementUtils.findMergedAnnotation(method, Scheduled.class))
                .isEmpty();
    }

    private static String beanName(ConfigurableListableBeanFactory beans, Class<?> type) {
        return beans.getBeanNamesForType(type, true, false)[0];
    }
}
