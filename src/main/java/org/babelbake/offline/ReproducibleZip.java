package org.babelbake.offline;

import org.babelbake.problem.FileFailure;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Zips files so that the same files give the same bytes: entries in path order, one fixed
 * timestamp (written as local DOS time, so the machine's time zone does not matter), no extra
 * fields, every file deflated beforehand at one level ({@link DeflatedFiles}). The zip's comment
 * says what the copy is, for those who list it unopened.
 * Entries carry no Unix mode (made-by MS-DOS, no external attributes), so unzip creates each
 * file as it creates any new file, readable by others under the reader's umask, and the zip does
 * not depend on the modes of the build machine's files.
 */
public final class ReproducibleZip {
    private static final int BUFFER = 1 << 16;

    private ReproducibleZip() {
    }

    /**
     * Writes a zip of files deflated beforehand ({@link DeflatedFiles}), in the order given.
     *
     * @param entries each entry's name in the zip ({@code myositis-info-es/es/index.html}) and its bytes in {@code store}
     */
    public static void write(Map<String, DeflatedFiles.Entry> entries, DeflatedFiles store, String comment, BuildTime time, Path zip) {
        long noon = noon(time);
        try {
            Files.createDirectories(zip.getParent());
            try (ZipArchiveOutputStream out = open(zip)) {
                out.setComment(comment);
                for (Map.Entry<String, DeflatedFiles.Entry> file : entries.entrySet()) {
                    addDeflated(out, file.getKey(), file.getValue(), store, noon);
                }
            }
        } catch (IOException e) {
            throw FileFailure.of(zip, e);
        }
    }

    /**
     * Writes an EPUB as its container requires: {@code mimetype} first, stored uncompressed with
     * no extra field (so that its bytes sit at a fixed offset), then the book's files, deflated
     * beforehand, in path order.
     *
     * @param entries each file's path in the book ({@code EPUB/c1.xhtml}) and its bytes in {@code store}
     */
    public static void writeEpub(String mimetype, Map<String, DeflatedFiles.Entry> entries, DeflatedFiles store,
                                 BuildTime time, Path epub) {
        long noon = noon(time);
        byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
        try {
            Files.createDirectories(epub.getParent());
            try (ZipArchiveOutputStream out = open(epub)) {
                ZipArchiveEntry first = new ZipArchiveEntry("mimetype");
                first.setMethod(ZipArchiveEntry.STORED);
                first.setTime(noon);
                first.setSize(type.length);
                first.setCompressedSize(type.length);
                CRC32 crc = new CRC32();
                crc.update(type);
                first.setCrc(crc.getValue());
                out.addRawArchiveEntry(first, new ByteArrayInputStream(type));
                for (Map.Entry<String, DeflatedFiles.Entry> file : new TreeMap<>(entries).entrySet()) {
                    addDeflated(out, file.getKey(), file.getValue(), store, noon);
                }
            }
        } catch (IOException e) {
            throw FileFailure.of(epub, e);
        }
    }

    /**
     * A zip file with fixed settings: UTF-8 names flagged as such, no extra fields, Zip64 only for a
     * zip that needs it. Written through a buffer as a stream: every entry's sizes and CRC are known
     * before it is written, so nothing needs seeking back, and a file channel would take each header
     * and each entry's bytes as system calls of their own (31,000 at 2,100 pages).
     */
    private static ZipArchiveOutputStream open(Path zip) throws IOException {
        ZipArchiveOutputStream out = new ZipArchiveOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), BUFFER));
        out.setEncoding(StandardCharsets.UTF_8.name());
        out.setUseLanguageEncodingFlag(true);
        out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
        out.setUseZip64(Zip64Mode.AsNeeded);
        return out;
    }

    private static void addDeflated(ZipArchiveOutputStream out, String name, DeflatedFiles.Entry bytes, DeflatedFiles store,
                                    long noon) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipArchiveEntry.DEFLATED);
        // Made by FAT (the default), no external attributes: no Unix mode, see the class comment.
        entry.setTime(noon);
        entry.setSize(bytes.size());
        entry.setCompressedSize(bytes.length());
        entry.setCrc(bytes.crc());
        out.addRawArchiveEntry(entry, new ByteArrayInputStream(store.read(bytes)));
    }

    /**
     * The entries' time. commons-compress turns a Java time into the DOS date and time of the
     * machine's zone: given the build day at noon in that zone, every machine writes the same
     * fields (a zone's clock changes happen at night, so noon exists on every day).
     */
    private static long noon(BuildTime time) {
        return stamp(time).toLocalDate().atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    private static LocalDateTime stamp(BuildTime time) {
        LocalDateTime stamp = LocalDateTime.ofInstant(time.instant(), ZoneOffset.UTC);
        return stamp.getYear() < 1980 ? LocalDateTime.of(1980, 1, 1, 0, 0) : stamp; // the earliest DOS time
    }
}
