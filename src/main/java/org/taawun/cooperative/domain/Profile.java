package org.taawun.cooperative.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The storefront profile a manager edits: the address of her page and her story in up to three languages. */
public record Profile(
        @NotBlank(message = "{shared.validation.required}")
        @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{1,58}[a-z0-9])", message = "{cooperative.error.slug}")
        String slug,

        @Size(max = 4000, message = "{shared.validation.too-long}")
        String storyAr,

        @Size(max = 4000, message = "{shared.validation.too-long}")
        String storyFr,

        @Size(max = 4000, message = "{shared.validation.too-long}")
        String storyEn) {

    public static Profile of(RegistryEntry c) {
        return new Profile(c.slug(), c.storyAr(), c.storyFr(), c.storyEn());
    }
}
