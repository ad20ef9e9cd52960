package org.taawun.support.messenger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The signature check of webhook bodies, and that it compares in constant time. */
class WebhookSignatureTest {

    static final byte[] BODY = "{\"object\":\"page\"}".getBytes(StandardCharsets.UTF_8);

    final WebhookSignature signature = new WebhookSignature(properties("s3cret"));

    @Test
    void acceptsTheHmacOfTheBodyWithTheAppSecret() {
        assertThat(signature.isValid(BODY, MessengerSpringTest.sign("s3cret", BODY)))
                .isTrue();
        assertThat(signature.isValid(
                        BODY,
                        MessengerSpringTest.sign("s3cret", BODY).toUpperCase().replace("SHA256=", "sha256=")))
                .isTrue();
    }

    @Test
    void refusesMissingMalformedWrongOrForeignSignatures() {
        String good = MessengerSpringTest.sign("s3cret", BODY);
        assertThat(signature.isValid(BODY, null)).isFalse();
        assertThat(signature.isValid(BODY, "")).isFalse();
        assertThat(signature.isValid(BODY, good.substring("sha256=".length()))).isFalse();
        assertThat(signature.isValid(BODY, "sha256=not-hex")).isFalse();
        assertThat(signature.isValid(BODY, "sha256=")).isFalse();
        assertThat(signature.isValid(BODY, good.substring(0, good.length() - 2)))
                .isFalse();
        assertThat(signature.isValid(BODY, MessengerSpringTest.sign("other", BODY)))
                .isFalse();
        assertThat(signature.isValid("{}".getBytes(StandardCharsets.UTF_8), good))
                .isFalse();
        assertThat(new WebhookSignature(properties(" ")).isValid(BODY, MessengerSpringTest.sign(" ", BODY)))
                .isFalse();
    }

    @Test
    void comparesInConstantTime() {
        JavaClasses checked = new ClassFileImporter().importClasses(WebhookSignature.class);
        classes()
                .should()
                .callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class)
                .check(checked);
        noClasses()
                .should()
                .callMethod(Arrays.class, "equals", byte[].class, byte[].class)
                .orShould()
                .callMethod(String.class, "equals", Object.class)
                .orShould()
                .callMethod(String.class, "equalsIgnoreCase", String.class)
                .check(checked);
    }

    static MessengerProperties properties(String secret) {
        return new MessengerProperties(
                "verify",
                secret,
                "token",
                "http://localhost",
                null,
                DataSize.ofKilobytes(256),
                1,
                java.time.Duration.ofHours(24),
                java.time.Duration.ofMinutes(30),
                java.time.Duration.ofHours(24),
                java.time.Duration.ofSeconds(2),
                java.time.Duration.ofSeconds(5),
                java.time.Duration.ofMinutes(10),
                8,
                java.time.Duration.ofMinutes(5));
    }
}
