package org.babelbake.exchange;

import org.babelbake.problem.Problems;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * XLIFF 2.0 (core): one {@code <file>} per project file, one {@code <unit>} per unit named by its
 * id, notes for its kind, comment, location and older source text. Babelbake's own data (version,
 * the version translated from, status, translator) are attributes in its namespace, which the
 * core schema allows and tools carry along. States: draft and outdated translations are
 * {@code initial}, human {@code translated}, reviewed {@code reviewed}; {@code final} reads as reviewed.
 */
final class XliffFile {
    static final String XLIFF = "urn:oasis:names:tc:xliff:document:2.0";
    static final String BABELBAKE = "urn:babelbake:xliff";

    private XliffFile() {
    }

    static String write(Exchange exchange) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<xliff xmlns=\"").append(XLIFF).append("\" xmlns:bb=\"").append(BABELBAKE)
                .append("\" version=\"2.0\" srcLang=\"").append(attr(exchange.sourceTag())).append("\" trgLang=\"")
                .append(attr(exchange.tag())).append("\">\n");
        Map<String, List<Unit>> byFile = new LinkedHashMap<>();
        for (Unit unit : exchange.units()) byFile.computeIfAbsent(unit.isMessage() ? "" : unit.contentPath(), k -> new ArrayList<>()).add(unit);
        int fileNumber = 0;
        int unitNumber = 0;
        for (Map.Entry<String, List<Unit>> file : byFile.entrySet()) {
            String path = file.getKey();
            String original = path.isEmpty() ? "translations/" + exchange.sourceTag() + ".properties"
                    : "content/" + exchange.sourceTag() + "/" + path;
            out.append(" <file id=\"f").append(++fileNumber).append("\" original=\"").append(attr(original)).append('"');
            Optional.ofNullable(exchange.translators().get(path)).ifPresent(by -> out.append(" bb:translator=\"").append(attr(by)).append('"'));
            out.append(">\n");
            for (Unit unit : file.getValue()) {
                out.append("  <unit id=\"u").append(++unitNumber).append("\" name=\"").append(attr(unit.id()))
                        .append("\" bb:version=\"").append(unit.version()).append('"');
                unit.translatedFrom().ifPresent(from -> out.append(" bb:from=\"").append(from).append('"'));
                unit.status().ifPresent(status -> out.append(" bb:status=\"").append(attr(status)).append('"'));
                out.append(">\n   <notes>\n");
                note(out, "kind", unit.kind());
                unit.note().ifPresent(note -> note(out, "comment", note));
                note(out, "location", unit.location());
                unit.previousSource().ifPresent(previous -> note(out, "previous-source", previous));
                out.append("   </notes>\n   <segment state=\"").append(state(unit)).append("\">\n")
                        .append("    <source xml:space=\"preserve\">").append(text(unit.source())).append("</source>\n");
                if (!unit.target().isEmpty()) {
                    out.append("    <target xml:space=\"preserve\">").append(text(unit.target())).append("</target>\n");
                }
                out.append("   </segment>\n  </unit>\n");
            }
            out.append(" </file>\n");
        }
        return out.append("</xliff>\n").toString();
    }

    private static String state(Unit unit) {
        if (unit.target().isEmpty() || unit.outdated()) return "initial";
        return switch (unit.status().orElse(unit.isMessage() ? "human" : "draft")) {
            case "reviewed" -> "reviewed";
            case "human" -> "translated";
            default -> "initial";
        };
    }

    static Imported read(String name, String text, Problems problems) {
        Reader reader = new Reader(name);
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new InputSource(new StringReader(text)), reader);
        } catch (SAXParseException e) {
            problems.add(name, Math.max(0, e.getLineNumber()), "is not well-formed XML (" + e.getMessage()
                    + "); save it from your tool again, or fix the markup near this line");
        } catch (SAXException | ParserConfigurationException | IOException e) {
            problems.add(name, 0, "cannot be read as XLIFF: " + e.getMessage());
        }
        reader.problems.forEach(problems::add);
        if (reader.targetLanguage == null && problems.isEmpty()) {
            problems.add(name, 1, "the <xliff> element has no trgLang; add trgLang=\"pt-BR\" (the translation's language)");
        }
        return new Imported(name, Exchange.bcp47(Optional.ofNullable(reader.targetLanguage).orElse("und")),
                reader.translators, reader.entries);
    }

    private static void note(StringBuilder out, String category, String text) {
        out.append("    <note category=\"").append(category).append("\">").append(text(text)).append("</note>\n");
    }

    private static String text(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;");
    }

    private static String attr(String text) {
        return text(text).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }

    /** Collects units while the parser walks the document, with the line of each target. */
    private static final class Reader extends DefaultHandler {
        final String name;
        final List<Imported.Entry> entries = new ArrayList<>();
        final Map<String, String> translators = new LinkedHashMap<>();
        final List<org.babelbake.problem.Problem> problems = new ArrayList<>();
        Locator locator;
        String targetLanguage;
        String translator;
        Map<String, String> unit;
        String state;
        StringBuilder textOf;
        String noteCategory;
        String source;
        String target;
        String previous;
        int unitLine;
        int targetLine;

        Reader(String name) {
            this.name = name;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            if (!XLIFF.equals(uri)) return;
            switch (local) {
                case "xliff" -> targetLanguage = attributes.getValue("trgLang");
                case "file" -> translator = attributes.getValue(BABELBAKE, "translator");
                case "unit" -> {
                    unit = new LinkedHashMap<>();
                    unit.put("name", attributes.getValue("name"));
                    unit.put("version", attributes.getValue(BABELBAKE, "version"));
                    unit.put("from", attributes.getValue(BABELBAKE, "from"));
                    unit.put("status", attributes.getValue(BABELBAKE, "status"));
                    state = "initial";
                    source = null;
                    target = null;
                    previous = null;
                    unitLine = locator.getLineNumber();
                }
                case "segment" -> state = Optional.ofNullable(attributes.getValue("state")).orElse("initial");
                case "source", "target", "note" -> {
                    textOf = new StringBuilder();
                    noteCategory = attributes.getValue("category");
                    if (local.equals("target")) targetLine = locator.getLineNumber();
                }
                default -> {
                    // inline codes and modules: their text, if any, is kept by characters()
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (textOf != null) textOf.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (!XLIFF.equals(uri)) return;
            switch (local) {
                case "source" -> source = take();
                case "target" -> target = take();
                case "note" -> {
                    String note = take();
                    if ("previous-source".equals(noteCategory)) previous = note;
                }
                case "unit" -> finishUnit();
                default -> {
                }
            }
        }

        private String take() {
            String text = textOf == null ? "" : textOf.toString();
            textOf = null;
            return text;
        }

        private void finishUnit() {
            String id = unit.get("name");
            String version = unit.get("version");
            if (id == null || version == null || !version.matches("[0-9a-f]{12}")) {
                problems.add(new org.babelbake.problem.Problem(name, unitLine, "unit has lost its name or bb:version attribute; "
                        + "export again, or copy the attributes back from the exported file"));
                return;
            }
            Optional<String> from = Optional.ofNullable(unit.get("from"));
            Optional<String> exported = Optional.ofNullable(unit.get("status"));
            boolean current = !state.equals("initial") || from.equals(Optional.of(version));
            Optional<String> status = switch (state) {
                case "final", "reviewed" -> Optional.of("reviewed");
                case "translated" -> Optional.of("human");
                default -> exported.or(() -> Optional.of("draft"));
            };
            if (!id.contains(Unit.CONTENT_SEPARATOR)) status = Optional.empty();
            if (!id.contains(Unit.CONTENT_SEPARATOR) && state.equals("initial") && target != null && from.isEmpty()) current = true;
            Unit read = new Unit(id, "", Optional.empty(), "", Optional.ofNullable(source).orElse(""),
                    Optional.ofNullable(target).orElse(""), version, from, status, Optional.ofNullable(previous));
            if (translator != null && !read.isMessage()) translators.put(read.contentPath(), translator);
            entries.add(new Imported.Entry(read, current, status, target != null ? targetLine : unitLine, 0));
        }
    }
}
