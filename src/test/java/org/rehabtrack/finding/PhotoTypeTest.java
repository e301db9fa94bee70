package org.rehabtrack.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhotoTypeTest {

    static final byte[] JPEG_HEAD = {
        (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'
    };
    static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @Test
    void recognisesJpegAndPngByTheirFirstBytes() {
        assertEquals(Optional.of(PhotoType.JPEG), PhotoType.recognise(JPEG_HEAD));
        assertEquals(Optional.of(PhotoType.PNG), PhotoType.recognise(PNG_HEAD));
    }

    @Test
    void refusesAnythingElse() {
        assertTrue(PhotoType.recognise("GIF89a..".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(PhotoType.recognise("just text".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(PhotoType.recognise(new byte[] {(byte) 0xFF, (byte) 0xD8}).isEmpty());
        assertTrue(PhotoType.recognise(new byte[0]).isEmpty());
    }
}
