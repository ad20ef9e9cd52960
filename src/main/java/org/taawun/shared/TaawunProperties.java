package org.taawun.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings common to the whole application.
 *
 * @param dataDir where the embedded database and uploaded media live
 * @param baseUrl the public address used in links sent by e-mail or SMS
 */
@ConfigurationProperties("taawun")
public record TaawunProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") String baseUrl) {

    public Path mediaDir() {
        return dataDir.resolve("media");
    }
}
