package org.taawun.shared.media;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves stored media: names are content hashes, so they never change and may be cached for a year. */
@Configuration(proxyBeanMethods = false)
class MediaWebConfiguration implements WebMvcConfigurer {

    private final MediaStorage storage;

    MediaWebConfiguration(MediaStorage storage) {
        this.storage = storage;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/media/**")
                .addResourceLocations(storage.directory().toUri().toString().replaceAll("/?$", "/"))
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }
}
