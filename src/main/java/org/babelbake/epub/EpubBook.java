package org.babelbake.epub;

import org.babelbake.locale.SiteLocale;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What an EPUB says about itself: its package metadata and its title page, all in its language.
 *
 * @param title      the book's title (the site's name in the book's language)
 * @param publisher  who publishes it (the site's name in the book's language)
 * @param identifier a stable {@code urn:uuid:}, the same for every build of the same site and language
 * @param modified   the build time, so that two builds of the same sources give the same bytes
 * @param about      the title page's sentence: the site, the language, the day the book was made
 * @param online     the title page's words before the site's address, and the address, when it has one
 * @param disclaimer the site's medical disclaimer, which the title page repeats as the site's pages do
 * @param contents   the heading of the table of contents
 */
public record EpubBook(SiteLocale locale, String title, String publisher, String identifier, Instant modified,
                       String about, Optional<Online> online, String disclaimer, String contents) {
    public EpubBook {
        Objects.requireNonNull(locale, "locale");
        if (!identifier.startsWith("urn:uuid:")) throw new IllegalArgumentException("not a urn:uuid: " + identifier);
        modified = modified.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Where the site is online, with the words that introduce its address. */
    public record Online(String label, String url) {
    }

    /**
     * A name-based (version 3) UUID of the site and the language: a reading system that sees a
     * newer build of the same book knows it as the same book.
     *
     * @param site what names the site: its address when it has one, else its slug
     */
    public static String identifier(String site, SiteLocale locale) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("babelbake:" + site + "/" + locale.tag()).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code dc:date}: the day the book was made. */
    public String date() {
        return LocalDate.ofInstant(modified, ZoneOffset.UTC).toString();
    }

    /** {@code dcterms:modified}, in the form EPUB requires: {@code CCYY-MM-DDThh:mm:ssZ}. */
    public String modifiedStamp() {
        return DateTimeFormatter.ISO_INSTANT.format(modified);
    }
}
