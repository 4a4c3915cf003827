package org.babelbake.exchange;

import org.babelbake.cli.BabelbakeCommand;
import org.babelbake.testing.CommandRun;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** export and import on the real default project: PO and XLIFF round trips, as a platform or CAT tool would use them. */
class ExchangeTest {
    private static final List<String> LOCALES = List.of("ar", "de", "es", "fr", "ru", "zh-Hans");

    @TempDir
    Path dir;
    @TempDir
    Path exports;

    private static int run(String... args) {
        return BabelbakeCommand.commandLine().execute(args);
    }

    /** Runs a command and returns what it printed on standard error. */
    private static String runErr(int expectedExit, String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(expectedExit, run.exit(), run.err());
        return run.err();
    }

    private Path export(TestSite site, String tag, String format) {
        Path out = exports.resolve(Exchange.gettextName(tag) + (format.equals("po") ? ".po" : ".xlf"));
        assertEquals(0, run("export", tag, "--format", format, "--out", out.toString(), "--source", site.root().toString()));
        return out;
    }

    @Test
    void importingUnchangedExportsChangesNoByteOfTheProject() {
        TestSite site = TestSite.copyOfProject(dir);
        Map<String, String> before = TestSite.fingerprint(site.root());
        for (String tag : LOCALES) {
            for (String format : List.of("po", "xliff")) {
                Path file = export(site, tag, format);
                assertEquals(0, run("import", file.toString(), "--source", site.root().toString()), file.toString());
            }
        }
        assertEquals(before, TestSite.fingerprint(site.root()));
    }

    @Test
    void poExportsPassMsgfmtCheck() throws Exception {
        assumeTrue(msgfmtInstalled(), "msgfmt (GNU gettext) is not installed here; CI installs it with .ci/run");
        TestSite site = TestSite.copyOfProject(dir);
        site.replace("content/en/imnm/20-symptoms.md", "The hallmark feature", "The main feature");
        site.replace("translations/en.properties", "nav.skip=Skip to main content", "nav.skip=Skip to the article");
        assertEquals(0, run("add-locale", "pt-BR", "--source", site.root().toString()));
        for (String tag : List.of("ar", "es", "zh-Hans", "pt-BR")) {
            Path po = export(site, tag, "po");
            Process msgfmt = new ProcessBuilder("msgfmt", "--check", "-o", "/dev/null", po.toString()).redirectErrorStream(true).start();
            String output = new String(msgfmt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(msgfmt.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, msgfmt.exitValue(), output);
            assertEquals("", output, "no warnings either");
        }
        String es = Files.readString(exports.resolve("es.po"));
        assertTrue(es.contains("#, fuzzy\n#| msgid \"Skip to main content\"\nmsgctxt \"nav.skip\"\nmsgid \"Skip to the article\"\n"
                + "msgstr \"Saltar al contenido principal\"\n"), "an outdated UI string is fuzzy, with the English it translates");
        assertTrue(es.contains("#: content/en/imnm/20-symptoms.md:5\n#, fuzzy\nmsgctxt \"imnm/20-symptoms.md#block.1\"\n"
                + "msgid \"The main feature"), "an outdated section's blocks are fuzzy, with where the English is");
        assertTrue(Files.readString(exports.resolve("pt_BR.po")).contains("\"Language: pt_BR\\n\""));
    }

    @Test
    void xliffExportsAreXliff2AndValidAgainstTheCoreSchema() throws Exception {
        TestSite site = TestSite.copyOfProject(dir);
        site.replace("content/en/imnm/20-symptoms.md", "The hallmark feature", "The main feature");
        URL xsd = getClass().getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        assertNotNull(xsd, "the OASIS XLIFF 2.0 core schema comes with okapi-lib-xliff2 (test scope)");
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        for (String tag : List.of("ar", "es", "zh-Hans")) {
            Path xlf = export(site, tag, "xliff");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(xlf.toFile());
            assertEquals("urn:oasis:names:tc:xliff:document:2.0", doc.getDocumentElement().getNamespaceURI());
            assertEquals("2.0", doc.getDocumentElement().getAttribute("version"));
            assertEquals(tag, doc.getDocumentElement().getAttribute("trgLang"));
            long poUnits = Files.readString(export(site, tag, "po")).lines().filter(l -> l.startsWith("msgctxt ")).count();
            assertEquals(poUnits, doc.getElementsByTagNameNS(XliffFile.XLIFF, "unit").getLength(), "the same units as the PO file");
            try {
                schema.newValidator().validate(new StreamSource(xlf.toFile()));
            } catch (SAXException e) {
                throw new AssertionError(xlf + " is not valid XLIFF 2.0: " + e.getMessage(), e);
            }
        }
        String es = Files.readString(exports.resolve("es.xlf"));
        assertTrue(es.contains(" name=\"imnm/20-symptoms.md#title\""), es);
        Matcher outdated = Pattern.compile("name=\"imnm/20-symptoms.md#block.1\" bb:version=\"([0-9a-f]{12})\" bb:from=\"([0-9a-f]{12})\" "
                + "bb:status=\"draft\">[\\s\\S]*?<segment state=\"initial\">").matcher(es);
        assertTrue(outdated.find(), "an outdated draft is initial, with the version it was made from");
        assertFalse(outdated.group(1).equals(outdated.group(2)));
    }

    @Test
    void aPlatformsTranslationComesBackAsContentAndUiStrings() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        assertEquals(0, run("add-locale", "pt-BR", "--source", site.root().toString()));
        Path po = export(site, "pt_BR", "po");
        String text = Files.readString(po);
        text = translate(text, "imnm/glossary/myopathy.md#title", "miopatia");
        text = translate(text, "imnm/glossary/myopathy.md#block.1", "uma doença muscular");
        text = translate(text, "nav.skip", "Pular para o conteúdo");
        text = text.replace("\"Last-Translator: \\n\"", "\"Last-Translator: Ana Souza <ana@example.org>\\n\"");
        Files.writeString(po, text);
        assertEquals(0, run("import", po.toString(), "--source", site.root().toString()));

        String term = site.read("content/pt-BR/imnm/glossary/myopathy.md");
        String version = versionOf(text, "imnm/glossary/myopathy.md#title");
        assertTrue(term.matches("type=term\nstatus=published\ntitle=miopatia\nkeyword=3\ntranslation.status=draft\n"
                + "translation.source=" + version + "\ntranslation.date=\\d{4}-\\d\\d-\\d\\d\ntranslation.by=Ana Souza\n~~~~~~\numa doença muscular\n"), term);
        assertTrue(site.read("translations/pt-BR.properties").contains("# en: Skip to main content\nnav.skip=Pular para o conteúdo\n"));
        site.build();
        Element dt = site.page("pt-BR/imnm/glossary.html").selectFirst("dt:contains(miopatia)");
        assertNotNull(dt, "the imported term is on the glossary page");
        assertEquals("Pular para o conteúdo", site.page("pt-BR/imnm/index.html").selectFirst("a.skip-link").text());
        assertEquals(0, run("status", "--source", site.root().toString()));
        assertTrue(Files.readString(site.root().resolve("target/translation-status.json")).replaceAll("\\s", "")
                .contains("{\"path\":\"imnm/glossary/myopathy.md\",\"status\":\"translated\"}"));
    }

    @Test
    void oneBadUnitAndNoFileChanges() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        Path po = export(site, "es", "po");
        String text = Files.readString(po);
        text = translate(text, "imnm/glossary/myopathy.md#block.1", "una enfermedad de los músculos");
        text = translate(text, "glossary.intro", "Las palabras de l'{article}', explicadas.");
        Files.writeString(po, text);
        Map<String, String> before = TestSite.fingerprint(site.root());
        String err = runErr(1, "import", po.toString(), "--source", site.root().toString());
        int line = lineOf(text, "msgstr \"Las palabras de l'{article}'");
        assertEquals(po + ":" + line + ": message \"glossary.intro\" shows '{article}' as text: the apostrophes quote it, so "
                + "{article} is not replaced; write an apostrophe as ’ (or as '' for a plain one), e.g. l’{article}\n", err);
        assertEquals(before, TestSite.fingerprint(site.root()), "the good unit was not written either");
    }

    @Test
    void importErrorsPointIntoThePoFile() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        Path po = export(site, "es", "po");
        String text = translate(Files.readString(po), "glossary.count", "{count, plural, one {# término} many {# de términos} other {# términos}");
        Files.writeString(po, text);
        int line = lineOf(text, "msgstr \"{count, plural, one {# término}");
        assertEquals(po + ":" + line + ": message \"glossary.count\" is not valid ICU MessageFormat: the { at line " + line
                + ", column 9 is never closed; add } at the end, line " + line + ", column 80; write a literal apostrophe as ’ or ''\n",
                runErr(1, "import", po.toString(), "--source", site.root().toString()));

        Files.writeString(po, text.replace("msgstr \"{count, plural, one {# término}", "msgstr \"{count, plural, \"one {# término}"));
        assertEquals(po + ":" + line + ": a quote inside the text ends it early; write it as \\\" or use ” instead\n",
                runErr(1, "import", po.toString(), "--source", site.root().toString()));
    }

    @Test
    void xliffErrorsNameTheFileAndLine() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        assertEquals(0, run("add-locale", "pt-BR", "--source", site.root().toString()));
        Path xlf = export(site, "pt-BR", "xliff");
        String text = Files.readString(xlf);
        // a new page whose text is translated but whose title is not
        text = text.replaceFirst("(name=\"imnm/glossary/myopathy.md#block.1\"[\\s\\S]*?</source>)", "$1\n    <target>uma doença muscular</target>");
        Files.writeString(xlf, text);
        int line = lineContaining(text, "name=\"imnm/glossary/myopathy.md#title\"");
        assertEquals(xlf + ":" + line + ": imnm/glossary/myopathy.md is new in pt-BR and needs its title translated too\n",
                runErr(1, "import", xlf.toString(), "--source", site.root().toString()));

        Files.writeString(xlf, text.replace("<target>uma doença muscular</target>", "<target>uma doença <b>muscular</target>"));
        String err = runErr(1, "import", xlf.toString(), "--source", site.root().toString());
        assertTrue(err.startsWith(xlf + ":" + lineOf(text, "    <target>uma doença muscular</target>") + ": is not well-formed XML"), err);
        assertFalse(Files.exists(site.root().resolve("content/pt-BR")));
    }

    @Test
    void outdatedUnitsTravelAsFuzzyAndConfirmingThemRestamps() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        site.replace("content/en/imnm/20-symptoms.md", "The hallmark feature", "The main feature");
        Path po = export(site, "es", "po");
        Map<String, String> before = TestSite.fingerprint(site.root());
        assertEquals(0, run("import", po.toString(), "--source", site.root().toString()));
        assertEquals(before, TestSite.fingerprint(site.root()), "still fuzzy: still outdated, nothing to write");

        String confirmed = Files.readString(po).replaceAll("#, fuzzy\n(msgctxt \"imnm/20-symptoms.md#)", "$1")
                .replace("rasgo característico", "rasgo principal");
        Files.writeString(po, confirmed);
        assertEquals(0, run("import", po.toString(), "--source", site.root().toString()));
        String section = site.read("content/es/imnm/20-symptoms.md");
        assertTrue(section.contains("translation.source=" + versionOf(confirmed, "imnm/20-symptoms.md#title") + "\n"), section);
        assertTrue(section.contains("El rasgo principal de las personas"), section);
        assertTrue(section.contains("translation.status=draft\n"), "the exported status is kept");
    }

    @Test
    void xliffStatesBecomeTranslationStatus() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        Path xlf = export(site, "es", "xliff");
        String text = Files.readString(xlf);
        String unit = "name=\"imnm/glossary/myopathy.md#";
        StringBuilder reviewed = new StringBuilder();
        for (String part : text.split("(?=<unit )")) {
            reviewed.append(part.contains(unit) ? part.replace("<segment state=\"initial\">", "<segment state=\"final\">") : part);
        }
        Files.writeString(xlf, reviewed.toString());
        Map<String, String> before = TestSite.fingerprint(site.root());
        assertEquals(0, run("import", xlf.toString(), "--source", site.root().toString()));
        String term = site.read("content/es/imnm/glossary/myopathy.md");
        assertTrue(term.contains("translation.status=reviewed\n"), term);
        assertTrue(term.contains("\ntranslation.by=Babelbake team (draft translation)\n"), "the file's translator field");
        Map<String, String> after = TestSite.fingerprint(site.root());
        assertEquals(List.of("content/es/imnm/glossary/myopathy.md"),
                after.keySet().stream().filter(f -> !after.get(f).equals(before.get(f))).toList(), "only that file changed");
    }

    private static String translate(String po, String context, String translation) {
        String marker = "msgctxt \"" + context + "\"\n";
        int at = po.indexOf(marker);
        assertTrue(at >= 0, context);
        int msgstr = po.indexOf("msgstr ", at);
        int end = po.indexOf("\n\n", msgstr);
        if (end < 0) end = po.length() - 1;
        return po.substring(0, msgstr) + "msgstr \"" + translation.replace("\"", "\\\"") + "\"" + po.substring(end);
    }

    private static String versionOf(String po, String context) {
        Matcher m = Pattern.compile("babelbake version=([0-9a-f]{12})[^\n]*\n[^\n]*\n(?:#[^\n]*\n)*msgctxt \"" + Pattern.quote(context) + "\"").matcher(po);
        assertTrue(m.find(), context);
        return m.group(1);
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(start)) return i + 1;
        throw new AssertionError(start + " not found");
    }

    private static int lineContaining(String text, String part) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(part)) return i + 1;
        throw new AssertionError(part + " not found");
    }

    private static boolean msgfmtInstalled() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "msgfmt"))) return true;
        }
        return false;
    }
}
