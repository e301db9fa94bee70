package org.rehabtrack.finding;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageInputStream;
import org.rehabtrack.system.PhotoConfig;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;

/**
 * Writes every photo anew from its pixels: nothing of the file the camera wrote survives but the
 * picture. The declared size is read from the header first, and a photo of more than {@code
 * max-megapixels} is refused before a pixel is decoded; the picture is then decoded (at most {@code
 * decode-megapixels} at once over all uploads), scaled down to {@code max-side}, turned upright by
 * its EXIF orientation and written as a plain JPEG or PNG, without EXIF, GPS, maker notes, XMP, ICC
 * profile or comment; and a small JPEG of {@code thumbnail-side} is written beside it. A file
 * ImageIO cannot decode as the JPEG or PNG its first bytes announce is refused.
 */
@ApplicationScoped
public class PhotoEncoder {

    /** JPEG quality of stored photos and of thumbnails. */
    private static final float PHOTO_QUALITY = 0.85f;

    private static final float THUMBNAIL_QUALITY = 0.75f;

    private final long maxPixels;
    private final int maxSide;
    private final int thumbnailSide;
    private final int decodeBudget;
    private final Duration decodeWait;
    private final Semaphore decoding;

    @Inject
    PhotoEncoder(PhotoConfig config) {
        this(
                config.maxMegapixels(),
                config.maxSide(),
                config.thumbnailSide(),
                config.decodeMegapixels(),
                config.decodeWait());
    }

    PhotoEncoder(
            int maxMegapixels,
            int maxSide,
            int thumbnailSide,
            int decodeMegapixels,
            Duration decodeWait) {
        this.maxPixels = maxMegapixels * 1_000_000L;
        this.maxSide = maxSide;
        this.thumbnailSide = thumbnailSide;
        this.decodeBudget = Math.max(1, decodeMegapixels);
        this.decodeWait = decodeWait;
        this.decoding = new Semaphore(decodeBudget, true);
        ImageIO.setUseCache(false);
    }

    /**
     * What was written: the format (as recognised), and the sizes of the photo and of its
     * thumbnail.
     */
    public record Encoded(
            PhotoType type, int width, int height, int thumbnailWidth, int thumbnailHeight) {}

    /**
     * Reads {@code source}, writes the clean photo to {@code photo} and its thumbnail (always a
     * JPEG) to {@code thumbnail}. Answers 415 for a file that is not a decodable JPEG or PNG, 413
     * for one of more pixels than allowed, 503 when the service has had no room to decode it.
     */
    public Encoded encode(Path source, Path photo, Path thumbnail) {
        PhotoType type = PhotoType.recognise(head(source)).orElseThrow(PhotoEncoder::notAnImage);
        BufferedImage decoded = decode(source, type);
        int orientation = orientation(source, type);
        BufferedImage upright =
                orient(scaleWithin(decoded, maxSide, type == PhotoType.PNG), orientation);
        decoded = null; // the decoded picture may be large: let it go before writing
        write(upright, type, photo, PHOTO_QUALITY);
        BufferedImage small = scaleWithin(upright, thumbnailSide, false);
        write(small, PhotoType.JPEG, thumbnail, THUMBNAIL_QUALITY);
        return new Encoded(
                type, upright.getWidth(), upright.getHeight(), small.getWidth(), small.getHeight());
    }

    /**
     * Decodes the picture, checking its declared size first, subsampled on read when far larger
     * than needed.
     */
    private BufferedImage decode(Path source, PhotoType type) {
        try (ImageInputStream in = new FileImageInputStream(source.toFile())) {
            ImageReader reader = reader(type);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw notAnImage();
                }
                if ((long) width * height > maxPixels) {
                    throw Refusal.refused(
                            Reason.TOO_LARGE,
                            "photo.tooManyPixels",
                            width,
                            height,
                            maxPixels / 1_000_000);
                }
                // Reading every second (third...) pixel keeps the decoded picture within twice the
                // stored side.
                int step = Math.max(1, (int) Math.ceil(Math.max(width, height) / (2.0 * maxSide)));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                long pixels = (long) ceilDiv(width, step) * ceilDiv(height, step);
                int permits =
                        (int) Math.min(decodeBudget, Math.max(1, ceilDiv(pixels, 1_000_000L)));
                acquire(permits);
                try {
                    return reader.read(0, param);
                } finally {
                    decoding.release(permits);
                }
            } finally {
                reader.dispose();
            }
        } catch (Refusal e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // IIOException for a broken stream, and the runtime exceptions ImageIO throws on
            // hostile data.
            throw notAnImage();
        }
    }

    private void acquire(int permits) {
        try {
            if (!decoding.tryAcquire(permits, decodeWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw Refusal.unavailable(Reason.BUSY, Duration.ofSeconds(5), "photo.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refusal.unavailable(Reason.BUSY, Duration.ofSeconds(5), "photo.busy");
        }
    }

    private static ImageReader reader(PhotoType type) {
        Iterator<ImageReader> readers =
                ImageIO.getImageReadersByFormatName(type == PhotoType.PNG ? "png" : "jpeg");
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type);
        }
        return readers.next();
    }

    /**
     * The EXIF orientation (1 to 8), 1 when there is none or it cannot be read. ImageIO's readers
     * do not expose EXIF; metadata-extractor reads it, from JPEG's APP1 segments (at most 64 KB
     * each) and from a PNG's eXIf chunk, found here by walking the chunk headers so that no length
     * a file declares is ever allocated.
     */
    static int orientation(Path source, PhotoType type) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source))) {
            Metadata metadata;
            if (type == PhotoType.JPEG) {
                metadata = JpegMetadataReader.readMetadata(in, List.of(new ExifReader()));
            } else {
                metadata = new Metadata();
                byte[] exif = pngExif(new DataInputStream(in));
                if (exif != null) {
                    new ExifReader().extract(new ByteArrayReader(exif), metadata, 0);
                }
            }
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return 1;
            }
            int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation >= 1 && orientation <= 8 ? orientation : 1;
        } catch (JpegProcessingException | MetadataException | IOException | RuntimeException e) {
            return 1; // broken metadata does not make a broken picture: it is dropped with the rest
        }
    }

    /**
     * The content of a PNG's eXIf chunk if it has one of at most 64 KB before its pixels, else
     * null.
     */
    private static byte[] pngExif(DataInputStream in) throws IOException {
        in.skipNBytes(PhotoType.SIGNATURE_LENGTH);
        while (true) {
            long length = in.readInt() & 0xFFFFFFFFL;
            String chunk = new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII);
            if (chunk.equals("IDAT") || chunk.equals("IEND")) {
                return null;
            }
            if (chunk.equals("eXIf") && length <= 65_536) {
                return in.readNBytes((int) length);
            }
            in.skipNBytes(length + 4); // the data and its CRC
        }
    }

    /**
     * The picture within {@code side} on its longest side, never enlarged, as plain RGB (ARGB when
     * {@code alpha}, for PNG): halving steps with bilinear interpolation, then a last step to size.
     */
    static BufferedImage scaleWithin(BufferedImage source, int side, boolean alpha) {
        int width = source.getWidth();
        int height = source.getHeight();
        int longest = Math.max(width, height);
        int targetWidth = width;
        int targetHeight = height;
        if (longest > side) {
            double factor = (double) side / longest;
            targetWidth = Math.max(1, (int) Math.round(width * factor));
            targetHeight = Math.max(1, (int) Math.round(height * factor));
        }
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        do {
            width = Math.max(targetWidth, width / 2);
            height = Math.max(targetHeight, height / 2);
            BufferedImage next = new BufferedImage(width, height, type);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(
                        RenderingHints.KEY_INTERPOLATION,
                        RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(
                        RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setRenderingHint(
                        RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                // A transparent PNG becomes a JPEG on white, not on black.
                g.drawImage(current, 0, 0, width, height, alpha ? null : Color.WHITE, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (width != targetWidth || height != targetHeight);
        return current;
    }

    /** The picture turned as EXIF orientation {@code orientation} says the camera held it. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5;
        BufferedImage turned = new BufferedImage(swaps ? h : w, swaps ? w : h, image.getType());
        int[] from = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) turned.getRaster().getDataBuffer()).getData();
        int toWidth = turned.getWidth();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (orientation) {
                    case 2 -> {
                        tx = w - 1 - x;
                        ty = y;
                    } // mirrored
                    case 3 -> {
                        tx = w - 1 - x;
                        ty = h - 1 - y;
                    } // upside down
                    case 4 -> {
                        tx = x;
                        ty = h - 1 - y;
                    } // mirrored upside down
                    case 5 -> {
                        tx = y;
                        ty = x;
                    } // transposed
                    case 6 -> {
                        tx = h - 1 - y;
                        ty = x;
                    } // turned a quarter clockwise
                    case 7 -> {
                        tx = h - 1 - y;
                        ty = w - 1 - x;
                    } // transversed
                    default -> {
                        tx = y;
                        ty = w - 1 - x;
                    } // 8: a quarter anticlockwise
                }
                to[ty * toWidth + tx] = from[y * w + x];
            }
        }
        return turned;
    }

    private static void write(BufferedImage image, PhotoType type, Path target, float quality) {
        ImageWriter writer =
                ImageIO.getImageWritersByFormatName(type == PhotoType.PNG ? "png" : "jpeg").next();
        try (FileImageOutputStream out = new FileImageOutputStream(target.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (type == PhotoType.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a photo to " + target, e);
        } finally {
            writer.dispose();
        }
    }

    private static byte[] head(Path source) {
        try (InputStream in = Files.newInputStream(source)) {
            return in.readNBytes(PhotoType.SIGNATURE_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Refusal notAnImage() {
        return Refusal.refused(Reason.UNSUPPORTED_MEDIA_TYPE, "photo.notAnImage");
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
