package org.babelbake.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {
    private static final String HOSTILE = "a</script><script>alert(1)</script><!-- & \u2028\u2029 \"quoted\" \\ ünïcödé 中文";

    @Test
    void jsonForAScriptBlockHasNoCharacterThatCouldEndIt() throws Exception {
        String json = Json.forScript(Map.of("name", HOSTILE));
        for (String forbidden : List.of("<", ">", "&", "\u2028", "\u2029")) {
            assertFalse(json.contains(forbidden), forbidden + " escaped in " + json);
        }
        assertTrue(json.contains("\\u003C/script\\u003E"), json);
        assertTrue(json.contains("\\u2028\\u2029"), json);
        assertEquals(HOSTILE, new ObjectMapper().readTree(json).get("name").asText(), "the value reads back unchanged");
        assertTrue(json.contains("ünïcödé 中文"), "other characters stay readable: " + json);
    }

    @Test
    void jsonForAScriptIsTheSameBytesStreamedAsWrittenToAString() throws Exception {
        // Characters outside the Basic Multilingual Plane and mixed scripts go through both encoders.
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", HOSTILE + " \uD83D\uDE00 𝔘 ١٢٣ مرحبا Привет <b>&amp;</b>");
        value.put("rows", List.of(List.of(1, "x\u0000y\u001F", "\t\n"), List.of()));
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        Json.forScript(value, streamed);
        streamed.write('!'); // the stream is left open for what follows the JSON
        assertEquals(Json.forScript(value) + "!", streamed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void prettyJsonKeepsTheMapOrderAndEndsLinesWithLf() throws Exception {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("zeta", List.of());
        ordered.put("alpha", Map.of());
        ordered.put("mid", List.of("x", "y"));
        String json = Json.pretty(ordered);
        assertEquals("{\n  \"zeta\": [],\n  \"alpha\": {},\n  \"mid\": [\n    \"x\",\n    \"y\"\n  ]\n}\n", json);
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(iterable(new ObjectMapper().readTree(json).fieldNames())));
    }

    @Test
    void anObjectKeepsItsOrderAndLeavesOutNullValues() {
        Map<String, Object> object = Json.object("zeta", 1, "gone", null, "alpha", List.of(true, 2L, "x"), "empty", List.of());
        assertEquals("{\"zeta\":1,\"alpha\":[true,2,\"x\"],\"empty\":[]}", Json.forScript(object));
    }

    private record Node(String name, List<Node> children) implements JsonValue {
        @Override
        public Object json() {
            return Json.object("@type", "Node", "name", name, "children", children);
        }
    }

    @Test
    void aJsonValueIsWrittenAsThePlainValueItGivesAtAnyDepth() {
        Node tree = new Node("root", List.of(new Node("leaf", List.of()), new Node(null, List.of())));
        assertEquals("{\"@type\":\"Node\",\"name\":\"root\",\"children\":[{\"@type\":\"Node\",\"name\":\"leaf\","
                + "\"children\":[]},{\"@type\":\"Node\",\"children\":[]}]}", Json.forScript(tree));
    }

    @Test
    void aValueWithNoJsonFormIsRefusedByItsType() {
        IllegalArgumentException value = assertThrows(IllegalArgumentException.class, () -> Json.forScript(List.of(new StringBuilder("x"))));
        assertTrue(value.getMessage().contains("java.lang.StringBuilder"), value.getMessage());
        IllegalArgumentException key = assertThrows(IllegalArgumentException.class, () -> Json.pretty(Map.of(1, "one")));
        assertTrue(key.getMessage().contains("map key 1"), key.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.object("name"));
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> items = new java.util.ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }
}
