package org.rehabtrack.system;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Real images for tests of photo uploads, all made in code: small ones, a phone's JPEG with EXIF
 * (GPS, maker, orientation) spliced in by hand, and a PNG that declares a huge size.
 */
public final class TestPhotos {

    /**
     * The marker painted in the top-left corner of {@link #jpegWithExif}'s picture, as the sensor
     * saw it.
     */
    public static final Color MARK = Color.RED;

    /** The maker written in {@link #jpegWithExif}'s EXIF. */
    public static final String MAKE = "RehabCam";

    private TestPhotos() {}

    /** A 32x24 image in a format ImageIO writes: "jpg" or "png". */
    public static byte[] image(String format) {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xC0FFEE);
        return write(image, format);
    }

    /**
     * A {@code width} x {@code height} image in a format ImageIO writes, a smooth gradient with a
     * grid.
     */
    public static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(
                new java.awt.GradientPaint(
                        0, 0, new Color(40, 90, 160), width, height, new Color(230, 200, 120)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        for (int x = 0; x < width; x += 200) {
            g.drawLine(x, 0, x, height);
        }
        for (int y = 0; y < height; y += 200) {
            g.drawLine(0, y, width, y);
        }
        g.dispose();
        return write(image, format);
    }

    /**
     * A JPEG of {@code width} x {@code height} as a phone writes it: an APP1 Exif segment right
     * after SOI with the maker {@value #MAKE}, EXIF orientation {@code orientation} and a GPS
     * position (15.5° N, 88.0° W). The picture is white with a {@link #MARK} block in its top-left
     * corner.
     */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(MARK);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        byte[] jpeg = write(image, "jpg");
        byte[] app1 = exifSegment(orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.writeBytes(app1);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /**
     * An APP1 segment: "Exif\0\0" and a big-endian TIFF with IFD0 (Make, Orientation, GPS pointer)
     * and a GPS IFD.
     */
    static byte[] exifSegment(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(162); // big-endian, as "MM" says
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: three entries, sorted by tag
        tiff.putShort((short) 3);
        entry(tiff, 0x010F, 2, 9, 50); // Make, ASCII, at 50
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1) // Orientation, SHORT, inline
                .putShort((short) orientation)
                .putShort((short) 0);
        entry(tiff, 0x8825, 4, 1, 60); // GPS IFD pointer
        tiff.putInt(0); // no next IFD; now at 50
        tiff.put((MAKE + "\0").getBytes(StandardCharsets.US_ASCII))
                .put((byte) 0); // 9 bytes and a pad: 60
        // GPS IFD at 60: four entries
        tiff.putShort((short) 4);
        tiff.putShort((short) 1)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        entry(tiff, 2, 5, 3, 114); // GPSLatitude, 3 RATIONAL at 114
        tiff.putShort((short) 3)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'W')
                .put((byte) 0)
                .putShort((short) 0);
        entry(tiff, 4, 5, 3, 138); // GPSLongitude at 138
        tiff.putInt(0); // now at 114
        tiff.putInt(15).putInt(1).putInt(30).putInt(1).putInt(0).putInt(1);
        tiff.putInt(88).putInt(1).putInt(0).putInt(1).putInt(0).putInt(1);
        byte[] body = tiff.array();
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        int length = 2 + 6 + body.length;
        segment.write(0xFF);
        segment.write(0xE1);
        segment.write(length >> 8);
        segment.write(length & 0xFF);
        segment.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        segment.writeBytes(body);
        return segment.toByteArray();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    /**
     * A PNG that declares {@code width} x {@code height} pixels in its IHDR (with a correct CRC)
     * but carries the pixels of a 1x1 image: cheap to make, and only a decoder that believes the
     * header would allocate the picture.
     */
    public static byte[] pngDeclaring(int width, int height) {
        byte[] png = write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png");
        ByteBuffer bytes = ByteBuffer.wrap(png);
        // signature (8), IHDR length (4), "IHDR" (4), then width and height, then 5 bytes, then the
        // CRC
        bytes.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        bytes.putInt(29, (int) crc.getValue());
        return png;
    }

    /**
     * A real JPEG of exactly {@code size} bytes: the 32x24 image with comment segments after SOI
     * making up the rest.
     */
    public static byte[] jpegOfExactly(int size) {
        byte[] jpeg = image("jpg");
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.write(jpeg, 0, 2);
        int rest = size - jpeg.length;
        while (rest > 0) {
            int segment = Math.min(rest, 2 + 65535);
            if (rest - segment > 0 && rest - segment < 4) {
                segment -= 4;
            }
            out.write(0xFF);
            out.write(0xFE);
            out.write((segment - 2) >> 8);
            out.write((segment - 2) & 0xFF);
            out.writeBytes(new byte[segment - 4]);
            rest -= segment;
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The image in {@code bytes}, decoded by ImageIO; fails when it is not one. */
    public static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new AssertionError("Not an image ImageIO reads");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
