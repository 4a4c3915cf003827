package org.babelbake.offline;

import org.babelbake.problem.FileFailure;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    private final Path file;
    private final FileChannel channel;
    private long end;

    /**
     * One deflated file: where its bytes are, and what a zip entry's headers say of it.
     *
     * @param size the file's own size, before deflating
     */
    public record Entry(long offset, int length, long crc, long size) {
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
        byte[] deflated = deflate(data);
        CRC32 crc = new CRC32();
        crc.update(data);
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
        return new Entry(offset, deflated.length, crc.getValue(), data.length);
    }

    /** The deflated bytes of an entry, as a zip stores them. */
    public byte[] read(Entry entry) {
        ByteBuffer buffer = ByteBuffer.allocate(entry.length());
        try {
            long at = entry.offset();
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, at);
                if (read < 0) throw new IOException("unexpected end of " + file);
                at += read;
            }
        } catch (IOException e) {
            throw FileFailure.of(file, e);
        }
        return buffer.array();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = DEFLATERS.get();
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 3));
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
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
