package org.babelbake.offline;

import org.babelbake.problem.FileFailure;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Files deflated once, as a zip entry stores them, kept on disk until the zips are written: every
 * zip that holds a file copies these bytes instead of compressing the file again, and memory holds
 * only where each one is (a large site's copies do not fit in memory).
 */
public final class DeflatedFiles implements Closeable {
    /**
     * zlib's level 4, the fastest level that still defers each match to look for a longer one:
     * on this site's own text the downloads are 0.9% bigger than at level 5 (about 1.1% than at
     * the default, 6), deflating is 13% faster than level 5 on its pages and 20% on its search
     * scripts, and a 20,000-page build takes 7% less CPU. Levels 1 to 3 skip that deferral: their
     * pages are 5 to 8% bigger than level 5's.
     */
    private static final int LEVEL = 4;
    /**
     * One deflater per thread, reset after each file: zlib sets up a quarter-megabyte state for a
     * new one, which costs more than deflating a small page. Reset leaves the same state as new;
     * a thread's deflater is freed by its cleaner when the thread is gone.
     */
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(LEVEL, true)); // raw, as in a zip entry
    /**
     * How much of a shared middle's start each file's head deflates again, and how much of its
     * end each tail may refer back to: a part deflated on its own loses the text before it,
     * and these few kilobytes give most of it back.
     */
    private static final int WINDOW = 4 * 1024;
    private static final byte[] NO_DICTIONARY = new byte[0];
    private final Path file;
    private final FileChannel channel;
    private long end;

    /** Where some deflated bytes are in the store. */
    public record Span(long offset, int length) {
    }

    /**
     * One deflated file: where its bytes are (one span, or a head, a shared middle and a tail
     * joined), and what a zip entry's headers say of it.
     *
     * @param size the file's own size, before deflating
     */
    public record Entry(List<Span> spans, long crc, long size) {
        public Entry {
            spans = List.copyOf(spans);
        }

        /** The deflated size. */
        public int length() {
            int length = 0;
            for (Span span : spans) length += span.length();
            return length;
        }
    }

    /**
     * The middle part that several files share, deflated once ({@link #middle}) to be joined into
     * each of them ({@link #add(byte[], Middle, byte[])}).
     */
    public static final class Middle {
        private final byte[] data;
        private final int lead; // the bytes each head deflates again, so that the middle can refer back to them
        private final Span rest;

        private Middle(byte[] data, int lead, Span rest) {
            this.data = data;
            this.lead = lead;
            this.rest = rest;
        }
    }

    public DeflatedFiles(Path file) {
        this.file = file;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw FileFailure.of(file, e);
        }
    }

    /** Deflates a file's bytes (in the caller's thread) and keeps them. */
    public Entry add(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return new Entry(List.of(keep(deflate(data, 0, data.length, NO_DICTIONARY, 0, 0, true))), crc.getValue(), data.length);
    }

    /**
     * Deflates the middle that several files share, once. Deflate allows it: each part but the
     * last ends with a full flush (byte-aligned, referring to nothing after it), so the parts of
     * a file join into one valid stream. The middle starts after its first {@link #WINDOW} bytes,
     * which each head deflates again, so that it may refer back to them as in a file deflated whole.
     */
    public Middle middle(byte[] data) {
        int lead = Math.min(WINDOW, data.length);
        return new Middle(data, lead, keep(deflate(data, lead, data.length, data, 0, lead, false)));
    }

    /**
     * Deflates a file made of {@code head}, the shared {@code middle} and {@code tail}: only the two
     * ends are deflated here, the tail referring back to the middle's last {@link #WINDOW} bytes.
     */
    public Entry add(byte[] head, Middle middle, byte[] tail) {
        byte[] start = new byte[head.length + middle.lead];
        System.arraycopy(head, 0, start, 0, head.length);
        System.arraycopy(middle.data, 0, start, head.length, middle.lead);
        Span first = keep(deflate(start, 0, start.length, NO_DICTIONARY, 0, 0, false));
        Span last = keep(deflate(tail, 0, tail.length, middle.data, Math.max(0, middle.data.length - WINDOW), middle.data.length, true));
        CRC32 crc = new CRC32();
        crc.update(head);
        crc.update(middle.data);
        crc.update(tail);
        return new Entry(List.of(first, middle.rest, last), crc.getValue(), (long) head.length + middle.data.length + tail.length);
    }

    /** The deflated bytes of an entry, as a zip stores them. */
    public byte[] read(Entry entry) {
        ByteBuffer buffer = ByteBuffer.allocate(entry.length());
        try {
            for (Span span : entry.spans()) {
                long at = span.offset();
                int limit = buffer.position() + span.length();
                buffer.limit(limit);
                while (buffer.hasRemaining()) {
                    int read = channel.read(buffer, at);
                    if (read < 0) throw new IOException("unexpected end of " + file);
                    at += read;
                }
            }
        } catch (IOException e) {
            throw FileFailure.of(file, e);
        }
        return buffer.array();
    }

    private Span keep(byte[] deflated) {
        long offset;
        synchronized (this) {
            offset = end;
            end += deflated.length;
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(deflated);
            long at = offset;
            while (buffer.hasRemaining()) at += channel.write(buffer, at);
        } catch (IOException e) {
            throw FileFailure.of(file, e);
        }
        return new Span(offset, deflated.length);
    }

    /**
     * Deflates {@code data[from, to)} as one part of a stream: finished if it is the last part,
     * else ended with a full flush; {@code dictionary[dictionaryFrom, dictionaryTo)} is what
     * precedes the part in every file it goes into (at most {@link #WINDOW} bytes).
     */
    private static byte[] deflate(byte[] data, int from, int to, byte[] dictionary, int dictionaryFrom, int dictionaryTo,
                                  boolean last) {
        Deflater deflater = DEFLATERS.get();
        try {
            if (dictionaryTo > dictionaryFrom) deflater.setDictionary(dictionary, dictionaryFrom, dictionaryTo - dictionaryFrom);
            deflater.setInput(data, from, to - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, (to - from) / 3));
            byte[] buffer = new byte[16 * 1024];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
            } else {
                int written;
                do {
                    written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                    out.write(buffer, 0, written);
                } while (written == buffer.length);
            }
            return out.toByteArray();
        } finally {
            deflater.reset();
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw FileFailure.of(file, e);
        }
    }
}
