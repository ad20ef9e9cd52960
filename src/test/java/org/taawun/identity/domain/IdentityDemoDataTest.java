package org.taawun.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class IdentityDemoDataTest {

    @Test
    void theStoredHashIsThatOfTheDemoPassword() {
        String hash = IdentityDemoData.PASSWORD_HASH;
        assertThat(hash).startsWith("{argon2}");
        Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        assertThat(argon2.matches(IdentityDemoData.PASSWORD, hash.substring("{argon2}".length())))
                .isTrue();
        assertThat(argon2.matches("taawun-demo2", hash.substring("{argon2}".length())))
                .isFalse();
    }
}
