package org.babelbake.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A test site's {@code target/translation-status.json}, parsed as tools parse it. */
public final class StatusFile {
    private StatusFile() {
    }

    public static JsonNode read(TestSite site) {
        try {
            return new ObjectMapper().readTree(site.root().resolve("target/translation-status.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state of one page of a locale, or "absent". */
    public static String pageStatus(TestSite site, String locale, String path) {
        for (JsonNode page : read(site).get("locales").get(locale).get("pages")) {
            if (page.get("path").asText().equals(path)) return page.get("status").asText();
        }
        return "absent";
    }
}
