package org.taawun.shared.media;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of uploaded images, checked from the file's header before any pixel is decoded: a small file can claim a
 * huge picture (a decompression bomb), and a decoded pixel takes 4 bytes of memory (40 megapixels: 160 MB).
 *
 * @param maxImageSide the longest side accepted, in pixels
 * @param maxImagePixels the most pixels accepted (width times height)
 */
@ConfigurationProperties("taawun.media")
@Validated
public record MediaProperties(
        @DefaultValue("8000") @Min(64) @Max(20_000) int maxImageSide,

        @DefaultValue("40000000") @Min(4096) @Max(200_000_000)
        long maxImagePixels) {}
