package org.babelbake.offline;

import org.babelbake.problem.FileFailure;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips files so that the same files give the same bytes: entries in path order (an offline copy's
 * are given sorted; an EPUB's folder is walked in order), one fixed timestamp (written as local
 * DOS time, so the machine's time zone does not matter), no extra fields, a fixed compression level (zlib's default: best compression cost three times the time
 * for a few per cent). The zip's comment says what the copy is, for those who list it unopened.
 * Entries carry no Unix mode (made-by MS-DOS, no external attributes), so unzip creates each
 * file as it creates any new file, readable by others under the reader's umask, and the zip does
 * not depend on the modes of the build machine's files.
 */
public final class ReproducibleZip {
    private ReproducibleZip() {
    }

    /**
     * Writes a zip of files deflated beforehand ({@link DeflatedFiles}), in the order given.
     *
     * @param entries each entry's name in the zip ({@code myositis-info-es/es/index.html}) and its bytes in {@code store}
     */
    public static void write(Map<String, DeflatedFiles.Entry> entries, DeflatedFiles store, String comment, BuildTime time, Path zip) {
        // commons-compress turns a Java time into the DOS date and time of the machine's zone: given
        // the build day at noon in that zone, every machine writes the same fields (a zone's clock
        // changes happen at night, so noon exists on every day).
        long noon = stamp(time).toLocalDate().atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try {
            Files.createDirectories(zip.getParent());
            try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
                out.setEncoding(StandardCharsets.UTF_8.name());
                out.setUseLanguageEncodingFlag(true);
                out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
                out.setUseZip64(Zip64Mode.AsNeeded);
                out.setComment(comment);
                for (Map.Entry<String, DeflatedFiles.Entry> file : entries.entrySet()) {
                    DeflatedFiles.Entry bytes = file.getValue();
                    ZipArchiveEntry entry = new ZipArchiveEntry(file.getKey());
                    entry.setMethod(ZipArchiveEntry.DEFLATED);
                    // Made by FAT (the default), no external attributes: no Unix mode, see the class comment.
                    entry.setTime(noon);
                    entry.setSize(bytes.size());
                    entry.setCompressedSize(bytes.length());
                    entry.setCrc(bytes.crc());
                    out.addRawArchiveEntry(entry, new ByteArrayInputStream(store.read(bytes)));
                }
            }
        } catch (IOException e) {
            throw FileFailure.of(zip, e);
        }
    }

    /**
     * Zips an EPUB's folder as the EPUB container requires: {@code mimetype} first, stored
     * uncompressed with no extra field (so that its bytes sit at a fixed offset), then every
     * other file in path order.
     */
    public static void writeEpub(Path folder, BuildTime time, Path epub) {
        LocalDateTime stamp = stamp(time);
        try {
            Path mimetype = folder.resolve("mimetype");
            byte[] type = Files.readAllBytes(mimetype);
            Files.createDirectories(epub.getParent());
            try (OutputStream raw = Files.newOutputStream(epub); ZipOutputStream out = new ZipOutputStream(raw)) {
                out.setLevel(Deflater.DEFAULT_COMPRESSION);
                ZipEntry first = new ZipEntry("mimetype");
                first.setMethod(ZipEntry.STORED);
                first.setSize(type.length);
                first.setCompressedSize(type.length);
                CRC32 crc = new CRC32();
                crc.update(type);
                first.setCrc(crc.getValue());
                first.setTimeLocal(stamp);
                out.putNextEntry(first);
                out.write(type);
                out.closeEntry();
                for (Path file : files(folder)) {
                    if (file.equals(mimetype)) continue;
                    ZipEntry entry = new ZipEntry(entryName(folder, file));
                    entry.setTimeLocal(stamp);
                    out.putNextEntry(entry);
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw FileFailure.of(epub, e);
        }
    }

    private static LocalDateTime stamp(BuildTime time) {
        LocalDateTime stamp = LocalDateTime.ofInstant(time.instant(), ZoneOffset.UTC);
        return stamp.getYear() < 1980 ? LocalDateTime.of(1980, 1, 1, 0, 0) : stamp; // the earliest DOS time
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .sorted((a, b) -> entryName(folder, a).compareTo(entryName(folder, b))).toList();
        }
    }

    private static String entryName(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
