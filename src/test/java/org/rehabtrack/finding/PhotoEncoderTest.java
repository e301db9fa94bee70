package org.rehabtrack.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.TestPhotos;

/**
 * The photo encoder on its own: what it keeps of a file (the picture, upright) and what it refuses.
 */
class PhotoEncoderTest {

    private final PhotoEncoder encoder = new PhotoEncoder(40, 2560, 320, 30, Duration.ofSeconds(5));

    @TempDir Path dir;

    private PhotoEncoder.Encoded encode(byte[] bytes) throws IOException {
        Path source = Files.write(dir.resolve("upload"), bytes);
        return encoder.encode(source, dir.resolve("photo"), dir.resolve("thumbnail"));
    }

    /** The JPEG markers before the picture's data (SOS), in order. */
    static List<Integer> markers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return markers;
    }

    /**
     * Fails unless {@code jpeg} carries no metadata at all: no APP1 to APP15, no comment, no GPS,
     * no maker.
     */
    static void assertNoMetadata(byte[] jpeg) throws Exception {
        assertEquals(0xFFD8, ((jpeg[0] & 0xFF) << 8) | (jpeg[1] & 0xFF));
        List<Integer> markers = markers(jpeg);
        assertTrue(markers.contains(0xDA), "a JPEG up to its picture data: " + markers);
        assertTrue(
                markers.stream().noneMatch(m -> m >= 0xE1 && m <= 0xEF || m == 0xFE),
                "no APP1-APP15 or COM segment: " + markers);
        String text = new String(jpeg, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("Exif"));
        assertFalse(text.contains(TestPhotos.MAKE));
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
        assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class));
        ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertTrue(exif == null || !exif.containsTag(ExifIFD0Directory.TAG_MAKE));
    }

    @Test
    void theFixtureCarriesWhatAPhoneWrites() throws Exception {
        byte[] phone = TestPhotos.jpegWithExif(64, 48, 6);
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(phone));
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        assertNotNull(gps, "the fixture has a GPS position");
        assertEquals(15.5, gps.getGeoLocation().getLatitude(), 1e-9);
        assertEquals(-88.0, gps.getGeoLocation().getLongitude(), 1e-9);
        ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertEquals(TestPhotos.MAKE, exif.getString(ExifIFD0Directory.TAG_MAKE));
        assertEquals(6, exif.getInt(ExifIFD0Directory.TAG_ORIENTATION));
        assertEquals(0xE1, markers(phone).get(0));
    }

    @Test
    void writesAPhonesJpegAnewWithoutMetadataAndUpright() throws Exception {
        PhotoEncoder.Encoded encoded = encode(TestPhotos.jpegWithExif(64, 48, 6));

        assertEquals(PhotoType.JPEG, encoded.type());
        assertEquals(48, encoded.width());
        assertEquals(64, encoded.height());
        byte[] photo = Files.readAllBytes(dir.resolve("photo"));
        assertNoMetadata(photo);
        assertNoMetadata(Files.readAllBytes(dir.resolve("thumbnail")));
        BufferedImage upright = TestPhotos.read(photo);
        assertEquals(48, upright.getWidth());
        assertEquals(64, upright.getHeight());
        // A quarter turn clockwise: the sensor's top-left corner is now the top-right one.
        assertTrue(isMark(upright.getRGB(48 - 4, 4)), "marked corner moved to the top right");
        assertFalse(isMark(upright.getRGB(4, 4)));
        assertFalse(isMark(upright.getRGB(4, 64 - 4)));
    }

    @Test
    void turnsEveryOrientationTheWayExifSays() {
        // A 3x2 picture, numbered by position, turned by each orientation: where pixel 0 (top-left)
        // ends.
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 6; i++) {
            image.setRGB(i % 3, i / 3, i);
        }
        int[][] expectedRows = {
            null,
            {0, 1, 2, 3, 4, 5}, // 1: as it is
            {2, 1, 0, 5, 4, 3}, // 2: mirrored
            {5, 4, 3, 2, 1, 0}, // 3: upside down
            {3, 4, 5, 0, 1, 2}, // 4: mirrored upside down
            {0, 3, 1, 4, 2, 5}, // 5: transposed
            {3, 0, 4, 1, 5, 2}, // 6: a quarter turn clockwise
            {5, 2, 4, 1, 3, 0}, // 7: transversed
            {2, 5, 1, 4, 0, 3}, // 8: a quarter turn anticlockwise
        };
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage turned = PhotoEncoder.orient(image, orientation);
            int width = orientation >= 5 ? 2 : 3;
            assertEquals(width, turned.getWidth(), "orientation " + orientation);
            for (int i = 0; i < 6; i++) {
                assertEquals(
                        expectedRows[orientation][i],
                        turned.getRGB(i % width, i / width) & 0xFFFFFF,
                        "orientation " + orientation + ", pixel " + i);
            }
        }
    }

    @Test
    void refusesJpegMagicFollowedByGarbageAs415() {
        byte[] bytes = new byte[20_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        Refusal refused = assertThrows(Refusal.class, () -> encode(bytes));
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, refused.reason());
    }

    @Test
    void refusesPngMagicWithoutAPicture() {
        byte[] png = TestPhotos.image("png");
        byte[] truncated = java.util.Arrays.copyOf(png, 40);
        assertEquals(
                Reason.UNSUPPORTED_MEDIA_TYPE,
                assertThrows(Refusal.class, () -> encode(truncated)).reason());
    }

    @Test
    void refusesAHugeDeclaredSizeQuicklyWithoutAllocatingIt() {
        byte[] png = TestPhotos.pngDeclaring(30_000, 30_000);
        assertTrue(png.length < 1_000, "the fixture itself is small");
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();

        Refusal refused = assertThrows(Refusal.class, () -> encode(png));

        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        assertEquals(Reason.TOO_LARGE, refused.reason());
        assertTrue(allocated < 20_000_000, "allocated " + allocated + " bytes, not 900 M pixels");
        assertTrue(millis < 2_000, "took " + millis + " ms");
        assertFalse(Files.exists(dir.resolve("photo")) && sizeOf(dir.resolve("photo")) > 0);
    }

    @Test
    void takesFortyMegapixelsButNotOneMore() throws IOException {
        // Declared sizes only: just over the limit is refused, and the limit itself is not refused
        // for its size.
        Refusal over =
                assertThrows(Refusal.class, () -> encode(TestPhotos.pngDeclaring(8000, 5001)));
        assertEquals(Reason.TOO_LARGE, over.reason());
        Refusal atLimit =
                assertThrows(Refusal.class, () -> encode(TestPhotos.pngDeclaring(8000, 5000)));
        assertEquals(
                Reason.UNSUPPORTED_MEDIA_TYPE,
                atLimit.reason(),
                "decoded, and then found to have no such pixels");
    }

    @Test
    void scalesAPhonePhotoDownToTheLongestSideAndMakesASmallThumbnail() throws IOException {
        PhotoEncoder.Encoded encoded = encode(TestPhotos.image("jpg", 4032, 3024));

        assertEquals(2560, encoded.width());
        assertEquals(1920, encoded.height());
        BufferedImage photo = TestPhotos.read(Files.readAllBytes(dir.resolve("photo")));
        assertEquals(2560, photo.getWidth());
        assertEquals(1920, photo.getHeight());
        byte[] thumbnail = Files.readAllBytes(dir.resolve("thumbnail"));
        BufferedImage small = TestPhotos.read(thumbnail);
        assertEquals(320, small.getWidth());
        assertEquals(240, small.getHeight());
        assertEquals(320, encoded.thumbnailWidth());
        assertEquals(240, encoded.thumbnailHeight());
        assertTrue(thumbnail.length < 40_000, "thumbnail of " + thumbnail.length + " bytes");
    }

    @Test
    void keepsASmallPhotoAtItsSizeAndAPngAsPng() throws Exception {
        PhotoEncoder.Encoded encoded = encode(TestPhotos.image("png"));
        assertEquals(PhotoType.PNG, encoded.type());
        assertEquals(32, encoded.width());
        assertEquals(24, encoded.height());
        byte[] png = Files.readAllBytes(dir.resolve("photo"));
        assertEquals(List.of("IHDR", "IDAT", "IEND"), pngChunks(png).stream().distinct().toList());
        assertEquals(0xC0FFEE, TestPhotos.read(png).getRGB(3, 4) & 0xFFFFFF);
    }

    /** The chunk types of a PNG, in order. */
    static List<String> pngChunks(byte[] png) {
        List<String> chunks = new ArrayList<>();
        int i = 8;
        while (i + 8 <= png.length) {
            int length = java.nio.ByteBuffer.wrap(png, i, 4).getInt();
            chunks.add(new String(png, i + 4, 4, StandardCharsets.US_ASCII));
            i += 12 + length;
        }
        return chunks;
    }

    private static boolean isMark(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > 200 && g < 60 && b < 60;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
