package org.taawun;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Taawun: one platform for rural women's cooperatives and the programmes that support them. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class TaawunApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaawunApplication.class, args);
    }
}
