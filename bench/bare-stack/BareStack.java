import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import freemarker.template.Configuration;
import freemarker.template.Template;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Babelbake's stack used plainly, for the benchmark: what the JVM, flexmark and Freemarker cost
 * for the work Hugo does there (each Markdown page through one minimal template into its own file),
 * with nothing of Babelbake's (no checks, cleaning, glossary, search, link check, offline copies,
 * EPUB, atomic publish; and none of its shortcuts around flexmark). It reads plain JBake's copy of
 * the corpus (the same pages, the same template), on every core, with JBake's Markdown flags
 * through flexmark's pegdown profile, as Babelbake's engine sets them.
 *
 * <pre>java -cp "target/lib/*:CLASSES" BareStack SRC DEST [REPEAT]</pre>
 *
 * With REPEAT, the whole build runs that many times in one JVM (into DEST/1, DEST/2, ...), each
 * timed: the last ones show the stack with its code compiled.
 */
public class BareStack {
    private static final String HEADER_END = "~~~~~~";

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: BareStack SRC DEST [REPEAT]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path destination = Path.of(args[1]);
        int repeat = args.length == 3 ? Integer.parseInt(args[2]) : 0;
        if (repeat == 0) {
            build(source, destination);
            return;
        }
        for (int i = 1; i <= repeat; i++) build(source, destination.resolve(Integer.toString(i)));
    }

    private static void build(Path source, Path destination) throws IOException {
        long start = System.nanoTime();
        int flags = PegdownExtensions.AUTOLINKS | PegdownExtensions.FENCED_CODE_BLOCKS | PegdownExtensions.TABLES
                | PegdownExtensions.SMARTS | PegdownExtensions.QUOTES;
        DataHolder options = PegdownOptionsAdapter.flexmarkOptions(flags);
        Parser parser = Parser.builder(options).build(); // both immutable: shared by the threads
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDirectoryForTemplateLoading(source.resolve("templates").toFile());
        freemarker.setDefaultEncoding("UTF-8");
        Template template = freemarker.getTemplate("page.ftl");
        Path content = source.resolve("content");
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(content)) {
            pages = walk.filter(p -> p.toString().endsWith(".md")).toList();
        }
        pages.parallelStream().forEach(page -> {
            try {
                String text = Files.readString(page, StandardCharsets.UTF_8);
                int end = text.indexOf(HEADER_END);
                Map<String, Object> fields = new HashMap<>();
                for (String line : text.substring(0, end).split("\n")) {
                    int eq = line.indexOf('=');
                    if (eq > 0) fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
                String body = text.substring(text.indexOf('\n', end) + 1);
                fields.put("body", renderer.render(parser.parse(body)));
                StringWriter html = new StringWriter(body.length() * 2);
                template.process(Map.of("content", fields), html);
                String name = content.relativize(page).toString().replaceFirst("\\.md$", ".html");
                Path out = destination.resolve(name);
                Files.createDirectories(out.getParent());
                Files.writeString(out, html.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException(page + ": " + e.getMessage(), e);
            }
        });
        Path css = source.resolve("assets/style.css");
        if (Files.exists(css)) Files.copy(css, destination.resolve("style.css"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.err.println("bare stack: " + pages.size() + " pages into " + destination + " in " + ms + " ms (in-JVM time)");
    }
}
