package org.babelbake.translation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** translation-status.json parses back with Jackson and has the shape tools rely on, in a fixed order. */
class StatusReportTest {
    private static TranslationStatus status() {
        Map<String, PageState> pages = new HashMap<>();
        for (int i = 9; i >= 1; i--) pages.put("imnm/" + i + "0-part.md", i % 2 == 0 ? PageState.OUTDATED : PageState.TRANSLATED);
        pages.put("imnm/glossary/zeta.md", PageState.MISSING);
        pages.put("imnm/glossary/alpha.md", PageState.UNSTAMPED);
        Map<String, String> invalid = new HashMap<>();
        invalid.put("z.key", "translations/ru.properties:9: \"broken\" </script>");
        invalid.put("a.key", "translations/ru.properties:2: broken too");
        Map<String, LocaleStatus> locales = new LinkedHashMap<>();
        locales.put("ru", new LocaleStatus("ru", pages, List.of("site.name"), invalid, List.of("old.key"), List.of("nav.skip"), Map.of(), List.of()));
        locales.put("ar", new LocaleStatus("ar", Map.of("imnm/10-part.md", PageState.MISSING), List.of(), Map.of(), List.of()));
        return new TranslationStatus("en", locales);
    }

    @Test
    void statusJsonHasTheContractShapeInAFixedOrder() throws Exception {
        String text = StatusReport.json(status());
        JsonNode json = new ObjectMapper().readTree(text);
        assertEquals(List.of("sourceLocale", "locales"), fields(json));
        assertEquals("en", json.get("sourceLocale").asText());
        assertEquals(List.of("ru", "ar"), fields(json.get("locales")), "the site's locale order");
        JsonNode ru = json.get("locales").get("ru");
        assertEquals(List.of("pages", "messages"), fields(ru));
        List<String> paths = new ArrayList<>();
        ru.get("pages").forEach(page -> {
            assertEquals(List.of("path", "status"), fields(page));
            paths.add(page.get("path").asText());
        });
        assertEquals(paths.stream().sorted().toList(), paths, "pages sorted by path");
        assertEquals("outdated", ru.get("pages").get(1).get("status").asText());
        assertEquals("unstamped", ru.get("pages").get(9).get("status").asText(), "not yet stamped has its own state");
        assertEquals("missing", ru.get("pages").get(10).get("status").asText());
        JsonNode messages = ru.get("messages");
        assertEquals(List.of("missing", "invalid", "unused", "outdated"), fields(messages));
        assertEquals("nav.skip", messages.get("outdated").get(0).asText());
        assertEquals("site.name", messages.get("missing").get(0).asText());
        assertEquals("old.key", messages.get("unused").get(0).asText());
        assertEquals(List.of("key", "error"), fields(messages.get("invalid").get(0)));
        assertEquals("a.key", messages.get("invalid").get(0).get("key").asText());
        assertEquals("translations/ru.properties:9: \"broken\" </script>", messages.get("invalid").get(1).get("error").asText());
        assertTrue(json.get("locales").get("ar").get("messages").get("invalid").isArray());
        assertTrue(text.endsWith("}\n"));
        assertFalse(text.contains("\r"), "LF line ends whatever the system's line separator");
    }

    @Test
    void htmlListsPagesByPathAndInvalidStringsByKey() {
        String html = StatusReport.html(status());
        assertTrue(html.indexOf("broken too") < html.indexOf("&quot;broken&quot; &lt;/script&gt;"), html);
        assertTrue(html.indexOf("imnm/10-part.md") < html.indexOf("imnm/90-part.md"), html);
        assertTrue(html.indexOf("imnm/90-part.md") < html.indexOf("imnm/glossary/zeta.md"), html);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
