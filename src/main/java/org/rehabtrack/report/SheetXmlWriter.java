package org.rehabtrack.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The buffered UTF-8 writer of one sheet's XML, for the one thread that writes the sheet. SXSSF
 * writes a row's XML a few characters at a time, a dozen calls a cell; {@link
 * java.io.BufferedWriter} takes a lock on each call, which was a third of the time of writing a
 * million payments. This one takes none: it must not be shared between threads, and a sheet never
 * is.
 */
final class SheetXmlWriter extends Writer {

    private static final int BUFFER = 1 << 16;

    private final Writer out;
    private final char[] buffer = new char[BUFFER];
    private int used;

    SheetXmlWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int c) throws IOException {
        if (used == BUFFER) {
            drain();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length > BUFFER - used) {
            drain();
            if (length > BUFFER) {
                out.write(chars, offset, length);
                return;
            }
        }
        System.arraycopy(chars, offset, buffer, used, length);
        used += length;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (length > BUFFER - used) {
            drain();
            if (length > BUFFER) {
                out.write(text, offset, length);
                return;
            }
        }
        text.getChars(offset, offset + length, buffer, used);
        used += length;
    }

    /** Text gathered in a builder, copied straight into the buffer. */
    @Override
    public Writer append(CharSequence text) throws IOException {
        if (!(text instanceof StringBuilder builder)) {
            return super.append(text);
        }
        int length = builder.length();
        if (length > BUFFER - used) {
            drain();
            if (length > BUFFER) {
                out.append(builder);
                return this;
            }
        }
        builder.getChars(0, length, buffer, used);
        used += length;
        return this;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
