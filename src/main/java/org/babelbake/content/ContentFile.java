package org.babelbake.content;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.source.SourceText;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Markdown file of the site, its headers checked: {@code content/<tag>/<relPath>}.
 *
 * @param name     path relative to the site root, for messages
 * @param path     the file on disk
 * @param locale   the language tag of the folder it is in
 * @param relPath  path inside the locale folder; the same in every locale for the same page
 * @param siteRoot   the project folder the file was read from
 * @param headers    header values with their lines
 * @param bodyLine   line on which the body starts
 * @param checksum   the file's checksum as read ({@link SourceText#checksum}), to notice a file that
 *                   changed while it was being built
 * @param version    the version translations are stamped with ({@link SourceVersion}); null in a
 *                   translation, which is stamped with its source's
 * @param namedLinks the body's {@code [text][name]} links whose name the file does not define itself
 * @param blankBody  the body is empty or blank lines only: it renders to nothing, so it need not be
 *                   read again to find that out (most articles' {@code index.md} has no introduction)
 */
public record ContentFile(String name, Path path, Path siteRoot, String locale, String relPath,
                          Map<String, HeaderValue> headers, int bodyLine, long checksum, String version,
                          List<NamedLink> namedLinks, boolean blankBody) {

    public ContentFile {
        headers = Map.copyOf(headers);
        namedLinks = List.copyOf(namedLinks);
    }

    /** @throws IllegalStateException for a translation: only a source file has a version */
    @Override
    public String version() {
        if (version == null) throw new IllegalStateException(name + " is a translation: only source files have a version");
        return version;
    }

    /**
     * The Markdown after the header separator, read again from disk: a build holds headers and
     * hashes of every file but the text only of the articles it is rendering, so that memory does
     * not grow with the site. The text must still be the one that was hashed.
     *
     * @throws BuildFailedException when the file changed since it was read
     */
    public String body() {
        SourceText text = SourceText.read(siteRoot, path);
        if (text.checksum() != checksum) {
            throw new BuildFailedException(List.of(new Problem(name, 0,
                    "changed while the site was being built; save your edits and build again")));
        }
        return ContentFileReader.bodyOf(text.text());
    }

    /**
     * The hash of the body ({@link SourceHash}): translations stamped before versions covered
     * every part carry it. Made from the body read again, only where an old stamp is compared.
     */
    public String sourceHash() {
        return SourceHash.of(body());
    }

    public Optional<String> header(String key) {
        return Optional.ofNullable(headers.get(key)).map(HeaderValue::value);
    }

    /** A date header: YYYY-MM-DD, or YYYY-MM as the first day of that month (headers were checked on reading). */
    public Optional<java.time.LocalDate> date(String key) {
        return header(key).map(HeaderRules::monthOrDate);
    }

    public String required(String key) {
        return header(key).orElseThrow(() -> new IllegalStateException(name + ": header " + key + " was checked but is missing"));
    }

    /** The line of a header, or 1 when it is absent (the problem is then the file's header). */
    public int lineOf(String key) {
        HeaderValue value = headers.get(key);
        return value == null ? 1 : value.line();
    }

    public ContentType type() {
        return ContentType.of(required("type")).orElseThrow();
    }

    /** The file name without folder and extension, e.g. {@code 10-what-is}. */
    public String stem() {
        String file = relPath.substring(relPath.lastIndexOf('/') + 1);
        return file.endsWith(".md") ? file.substring(0, file.length() - 3) : file;
    }

    /** The folder inside the locale, e.g. {@code imnm} or {@code imnm/glossary}. */
    public String folder() {
        int slash = relPath.lastIndexOf('/');
        return slash < 0 ? "" : relPath.substring(0, slash);
    }
}
