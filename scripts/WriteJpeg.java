import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes a real JPEG for the check scripts, one the service decodes as it decodes every photo:
 *
 *   java scripts/WriteJpeg.java FILE [PADDING_BYTES]
 *
 * A small picture, padded after its start with comment segments (which every decoder skips) to
 * about PADDING_BYTES more, so that an upload of it can take its time in flight.
 */
public class WriteJpeg {

    public static void main(String[] args) throws IOException {
        long padding = args.length > 1 ? Long.parseLong(args[1]) : 0;
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                picture.setRGB(x, y, x < 32 ? 0x3366cc : 0xcc6633);
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpg", jpeg);
        byte[] bytes = jpeg.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, 2); // SOI
        while (padding > 0) {
            int length = (int) Math.min(65_533, Math.max(1, padding));
            out.write(0xFF);
            out.write(0xFE); // COM
            out.write((length + 2) >> 8);
            out.write((length + 2) & 0xFF);
            out.write(new byte[length]);
            padding -= length + 4;
        }
        out.write(bytes, 2, bytes.length - 2);
        Files.write(Path.of(args[0]), out.toByteArray());
    }
}
