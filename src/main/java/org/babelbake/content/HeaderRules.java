package org.babelbake.content;

import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a header may say: which keys exist, and the form of their values. Every problem names
 * the line and what to write instead.
 */
final class HeaderRules {
    private static final Set<String> KEYS = Set.of("type", "status", "title", "description", "date", "updated", "reviewed",
            "reviewer", "reviewer.affiliation", "keyword", "tags", "page.kind",
            "translation.source", "translation.status", "translation.date", "translation.by");
    private static final Pattern REFERENCE_KEY = Pattern.compile("ref\\.[1-9][0-9]{0,2}\\.(authors|title|editors|journal|year|location|doi)");
    /** {@code link.NAME=https://...}: an address the article's Markdown cites as {@code [text][NAME]}. */
    static final Pattern LINK_KEY = Pattern.compile("link\\.([a-z0-9][a-z0-9-]*)");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{" + SourceVersion.LENGTH + "}");
    private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}/\\S+");
    /** The types whose date readers see elsewhere: an article's updated= in its index.md. */
    private static final Set<String> UNDATED = Set.of("article", "section", "references", "term");
    /** schema.org types a page may say it is, beside the plain {@code WebPage}. */
    static final Set<String> PAGE_KINDS = Set.of("about", "contact");
    private static final Set<String> STATUSES = Set.of("published", "draft");
    private static final Set<String> TRANSLATION_STATUSES = Set.of("draft", "human", "reviewed");

    private HeaderRules() {
    }

    static void check(String file, Map<String, HeaderValue> headers, Problems problems) {
        headers.forEach((key, value) -> checkOne(file, key, value, problems));
        HeaderValue type = headers.get("type");
        HeaderValue date = headers.get("date");
        // JBake's date= would be silently ignored on the parts of an article: say which header readers see.
        if (date != null && type != null && type.value().equals(ContentType.PAGE.header())) {
            problems.add(file, date.line(), "date= is not used on type=page (readers never see it); a page shows its last "
                    + "update as updated=YYYY-MM-DD: write that and remove date= (news posts are type=post, which need date=)");
        } else if (date != null && type != null && UNDATED.contains(type.value())) {
            problems.add(file, date.line(), "date= is not used on type=" + type.value() + " (readers never see it); "
                    + "write the last update as updated=YYYY-MM or updated=YYYY-MM-DD in the article's index.md and remove date=");
        }
        HeaderValue tags = headers.get("tags");
        if (tags != null && type != null && !type.value().equals(ContentType.POST.header())) {
            problems.add(file, tags.line(), "tags= is only shown on news posts (type=post); remove it from this type="
                    + type.value() + " file");
        }
        if (type == null) {
            problems.add(file, 1, "header has no type; add a line type=" + ContentType.names().replace(", ", "|"));
        } else if (ContentType.of(type.value()).isPresent() && ContentType.of(type.value()).get() != ContentType.REFERENCES
                && !headers.containsKey("title")) {
            problems.add(file, 1, "header has no title; add a line title=... before ~~~~~~");
        }
        if (headers.containsKey("page.kind") && (type == null || !type.value().equals(ContentType.PAGE.header()))) {
            problems.add(file, headers.get("page.kind").line(), "page.kind is for type=page only; remove the line");
        }
        if (!headers.containsKey("status")) {
            problems.add(file, 1, "header has no status; add a line status=published (or status=draft to leave it out)");
        }
    }

    private static void checkOne(String file, String key, HeaderValue header, Problems problems) {
        String value = header.value();
        int line = header.line();
        if (key.equals("author")) {
            problems.add(file, line, "author= is not used: an article names the medical expert who checked it with "
                    + "reviewer=Name, degrees (and reviewer.affiliation=), a translation its translator with translation.by=; "
                    + "use one of those or remove the line");
            return;
        }
        if (!KEYS.contains(key) && !REFERENCE_KEY.matcher(key).matches() && !LINK_KEY.matcher(key).matches()) {
            problems.add(file, line, "unknown header \"" + key + "\"; check its spelling (known: type, status, title, "
                    + "description, date, tags, page.kind, updated, reviewed, reviewer, reviewer.affiliation, keyword, translation.source, "
                    + "translation.status, translation.date, translation.by, ref.N.authors|title|editors|journal|year|location|doi, "
                    + "link.NAME)");
            return;
        }
        if (value.isEmpty()) {
            problems.add(file, line, "header \"" + key + "\" is empty; give it a value or remove the line");
            return;
        }
        switch (key) {
            case "type" -> {
                if (ContentType.of(value).isEmpty()) {
                    problems.add(file, line, "type \"" + value + "\" is unknown; use one of " + ContentType.names());
                }
            }
            case "page.kind" -> {
                if (!PAGE_KINDS.contains(value)) problems.add(file, line, "page.kind \"" + value + "\" is unknown; use about or contact, or remove the line for a plain page");
            }
            case "status" -> {
                if (!STATUSES.contains(value)) problems.add(file, line, "status \"" + value + "\" is unknown; use published or draft");
            }
            case "date", "translation.date" -> checkDate(file, line, key, value, problems);
            case "updated", "reviewed" -> checkMonthOrDate(file, line, key, value, problems);
            case "keyword" -> {
                if (!value.matches("[1-9][0-9]{0,2}")) {
                    problems.add(file, line, "keyword \"" + value + "\" is not a position; write keyword=1 for the first key word");
                }
            }
            case "translation.source" -> {
                if (!HASH.matcher(value).matches()) {
                    problems.add(file, line, "translation.source \"" + value + "\" is not a source version ("
                            + SourceVersion.LENGTH + " hex digits); run `java -jar target/babelbake.jar stamp " + file
                            + "` to write it, or delete the line until the translation is done");
                }
            }
            case "translation.status" -> {
                if (!TRANSLATION_STATUSES.contains(value)) {
                    problems.add(file, line, "translation.status \"" + value + "\" is unknown; use draft, human or reviewed");
                }
            }
            default -> {
                if (LINK_KEY.matcher(key).matches()) checkAddress(file, line, key, value, problems);
                if (key.endsWith(".doi") && !DOI.matcher(value).matches()) {
                    problems.add(file, line, "DOI \"" + value + "\" is not a DOI; write it without https://doi.org/, e.g. 10.1056/NEJMra1402225");
                }
                if (key.endsWith(".year") && !value.matches("[0-9]{4}")) {
                    problems.add(file, line, "year \"" + value + "\" is not a year; write four digits, e.g. 2018");
                }
            }
        }
    }

    private static void checkAddress(String file, int line, String key, String value, Problems problems) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) return;
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(file, line, key + " \"" + value + "\" is not a web address; write the full address, e.g. https://www.example.org/page");
    }

    private static void checkDate(String file, int line, String key, String value, Problems problems) {
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(file, line, key + " \"" + value + "\" is not a date; write YYYY-MM-DD"));
        }
    }

    private static void checkMonthOrDate(String file, int line, String key, String value, Problems problems) {
        try {
            if (value.length() == 7) YearMonth.parse(value);
            else LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(file, line, key + " \"" + value + "\" is not a date; write YYYY-MM or YYYY-MM-DD"));
        }
    }

    /** The first day of the month for YYYY-MM, the day itself for YYYY-MM-DD. */
    static LocalDate monthOrDate(String value) {
        return value.length() == 7 ? YearMonth.parse(value).atDay(1) : LocalDate.parse(value);
    }
}
