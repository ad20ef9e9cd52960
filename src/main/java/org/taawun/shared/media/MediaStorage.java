package org.taawun.shared.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;
import org.taawun.shared.TaawunProperties;

/**
 * Stores uploaded images once, re-encoded as JPEG (which drops EXIF and anything hidden in the file), under a name
 * made from the content's hash, so that they can be cached for ever. Served under {@code /media/}.
 */
@Component
public class MediaStorage {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final long MAX_AUDIO_BYTES = 5L * 1024 * 1024;
    static final int MIN_SIDE = 64;

    private final Path directory;
    private final MediaProperties limits;

    MediaStorage(TaawunProperties properties, MediaProperties limits) {
        this.directory = properties.mediaDir().toAbsolutePath().normalize();
        this.limits = limits;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the media directory " + directory, e);
        }
    }

    /** Re-encodes the image no larger than {@code maxSide} pixels on its longer side and returns its file name. */
    public String storeImage(String field, byte[] bytes, int maxSide) {
        return storeImage(field, bytes, new int[] {maxSide}).get(0);
    }

    /**
     * Re-encodes the image once per size (no larger than each {@code maxSides} pixels on its longer side), decoding it
     * only once, and returns the file names in the order of the sizes.
     */
    public List<String> storeImage(String field, byte[] bytes, int... maxSides) {
        return storeDrawn(decode(field, bytes), maxSides);
    }

    /** Stores an image drawn by the application itself (demo data) in each size, as {@link #storeImage} does. */
    public List<String> storeDrawn(BufferedImage image, int... maxSides) {
        List<String> names = new ArrayList<>(maxSides.length);
        for (int maxSide : maxSides) {
            byte[] jpeg = encodeJpeg(scale(image, maxSide));
            String name = sha256(jpeg).substring(0, 32) + ".jpg";
            write(name, jpeg);
            names.add(name);
        }
        return names;
    }

    /**
     * Stores a recorded voice (Ogg, WebM, MP3, M4A, AMR or WAV, as phones record them), checked by its first bytes,
     * and returns its file name.
     */
    public String storeAudio(String field, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MediaRefusedException(field, "shared.audio.empty");
        }
        if (bytes.length > MAX_AUDIO_BYTES) {
            throw new MediaRefusedException(field, "shared.audio.too-large", MAX_AUDIO_BYTES / (1024 * 1024));
        }
        String extension = AudioFormats.extensionOf(bytes)
                .orElseThrow(() -> new MediaRefusedException(field, "shared.audio.not-audio"));
        String name = sha256(bytes).substring(0, 32) + "." + extension;
        write(name, bytes);
        return name;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Decodes the image after checking, from its header alone, that its size is within {@link MediaProperties}: a
     * picture too large is refused before any pixel is decoded.
     */
    private BufferedImage decode(String field, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MediaRefusedException(field, "shared.image.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new MediaRefusedException(field, "shared.image.too-large", MAX_BYTES / (1024 * 1024));
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (input == null || !readers.hasNext()) {
                throw new MediaRefusedException(field, "shared.image.not-image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < MIN_SIDE || height < MIN_SIDE) {
                    throw new MediaRefusedException(field, "shared.image.too-small", MIN_SIDE);
                }
                if (width > limits.maxImageSide() || height > limits.maxImageSide()) {
                    throw new MediaRefusedException(field, "shared.image.too-large-pixels", limits.maxImageSide());
                }
                if ((long) width * height > limits.maxImagePixels()) {
                    throw new MediaRefusedException(
                            field, "shared.image.too-many-pixels", limits.maxImagePixels() / 1_000_000);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRefusedException refused) {
                throw refused;
            }
            throw new MediaRefusedException(field, "shared.image.not-image");
        }
    }

    private static BufferedImage scale(BufferedImage source, int maxSide) {
        double ratio = Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * ratio));
        int height = Math.max(1, (int) Math.round(source.getHeight() * ratio));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encodeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.82f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private void write(String name, byte[] bytes) {
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(name);
            if (Files.exists(target)) {
                return;
            }
            Path temporary = Files.createTempFile(directory, "upload", ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store media " + name, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
