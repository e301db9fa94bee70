package org.rehabtrack.system;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small real images for tests of photo uploads. */
public final class TestPhotos {

    private TestPhotos() {}

    /** A 32x24 image in a format ImageIO writes: "jpg" or "png". */
    public static byte[] image(String format) {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xC0FFEE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG saved under target/, as a phone's camera would hand it to a file input. */
    public static Path jpegFile(String name) {
        try {
            Path file = Path.of("target", "test-photos", name).toAbsolutePath();
            Files.createDirectories(file.getParent());
            return Files.write(file, image("jpg"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
