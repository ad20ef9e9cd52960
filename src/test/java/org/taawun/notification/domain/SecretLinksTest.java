package org.taawun.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Links keep the page they open and lose the secret they carry. */
class SecretLinksTest {

    private static final String SECRET = "k3Jx9_aQ-0pLmZt7YwE2rVbN8cUhG5sDfI1oR4eTy6A";

    @Test
    void resetInvitationAndVerificationTokensAreHidden() {
        assertThat(SecretLinks.redact(
                        "Open https://taawun.example/password/reset?token=" + SECRET + " within an hour."))
                .isEqualTo("Open https://taawun.example/password/reset?token=*** within an hour.");
        assertThat(SecretLinks.redact("http://localhost:8080/invitation?token=short&lang=fr"))
                .isEqualTo("http://localhost:8080/invitation?token=***&lang=fr");
        assertThat(SecretLinks.redact("https://t.example/verify?lang=ar&code=" + SECRET))
                .isEqualTo("https://t.example/verify?lang=ar&code=***");
    }

    @Test
    void longRandomPathSegmentsAreHiddenButIdsAndHostsAreKept() {
        assertThat(SecretLinks.redact("Suivi : http://localhost:8080/orders/track/Zq1xN0b9Yk2LmPq3Rs4Tu5Vw6Xy7Z8a9."))
                .isEqualTo("Suivi : http://localhost:8080/orders/track/***.");
        String manage =
                "https://taawun-cooperatives-platform.example/manage/orders/3f2b6c1e-9a4d-4e2b-8c7f-1a2b3c4d5e6f";
        assertThat(SecretLinks.redact(manage)).isEqualTo(manage);
    }

    @Test
    void textWithoutLinksIsUnchanged() {
        String text = "Commande TIWIZI-000123 : 45.00 MAD, 2 articles. abcdefghijklmnopqrstuvwxyz0123456789";
        assertThat(SecretLinks.redact(text)).isEqualTo(text);
        assertThat(SecretLinks.redact(null)).isNull();
    }
}
