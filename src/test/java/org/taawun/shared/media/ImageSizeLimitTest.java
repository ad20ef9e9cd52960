package org.taawun.shared.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taawun.shared.TaawunProperties;

/**
 * An image's size is read from its header and refused before decoding: a file of a few bytes that claims a huge
 * picture (a decompression bomb) is refused with the reason, never decoded.
 */
class ImageSizeLimitTest {

    @TempDir
    Path dir;

    private MediaStorage storage() {
        return new MediaStorage(new TaawunProperties(dir, "http://localhost"), new MediaProperties(8000, 40_000_000));
    }

    /** A PNG of only a header (signature and IHDR) claiming width x height pixels: no pixel data at all. */
    static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width)
                .putInt(height)
                .put((byte) 8) // bit depth
                .put((byte) 6) // RGBA
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        out.write(ByteBuffer.allocate(4).putInt(13).array());
        out.write(ihdr.array());
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    @Test
    void aSideLongerThanTheLimitIsRefusedFromTheHeader() throws IOException {
        assertThatThrownBy(() -> storage().storeImage("photo", pngHeader(8001, 600), 800))
                .isInstanceOfSatisfying(MediaRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("shared.image.too-large-pixels");
                    assertThat(e.args()).containsExactly(8000);
                });
    }

    @Test
    void tooManyPixelsAreRefusedFromTheHeaderEvenWithinTheSideLimit() throws IOException {
        // 7,000 x 7,000 = 49 megapixels (196 MB once decoded) in a file of 33 bytes
        assertThatThrownBy(() -> storage().storeImage("photo", pngHeader(7000, 7000), 800))
                .isInstanceOfSatisfying(MediaRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("shared.image.too-many-pixels");
                    assertThat(e.args()).containsExactly(40L);
                });
        try (var files = Files.list(dir.resolve("media"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anOrdinaryPhotoIsStillStored() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "png", png);
        String name = storage().storeImage("photo", png.toByteArray(), 320);
        assertThat(dir.resolve("media").resolve(name)).exists();
    }
}
