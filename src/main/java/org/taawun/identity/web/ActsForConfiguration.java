package org.taawun.identity.web;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.taawun.identity.AccessGuard;

/** Registers the {@link org.taawun.identity.ActsFor} check for every handler. */
@Configuration(proxyBeanMethods = false)
class ActsForConfiguration implements WebMvcConfigurer {

    private final AccessGuard guard;
    private final BeanFactory beans;

    ActsForConfiguration(AccessGuard guard, BeanFactory beans) {
        this.guard = guard;
        this.beans = beans;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ActsForInterceptor(guard, beans));
    }
}
