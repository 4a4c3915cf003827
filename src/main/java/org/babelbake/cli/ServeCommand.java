package org.babelbake.cli;

import org.babelbake.preview.PreviewServer;
import org.babelbake.preview.SourceWatcher;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.site.PreviewSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code babelbake serve}: builds, serves on 127.0.0.1, rebuilds and reloads on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site on http://127.0.0.1:PORT/ and rebuild and reload the open page on every change.")
final class ServeCommand implements Callable<Integer> {
    /** The time of day in the user's zone, to tell which update is served. */
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    @Mixin
    SiteFolder source;

    @Option(names = "--out", description = "The output folder (default: <source>/target/site).")
    Path out;

    @Option(names = "--port", defaultValue = "8820",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one, printed at start).")
    int port;

    @Override
    public Integer call() throws Exception {
        Path output = out != null ? out : source.resolve("target/site");
        PreviewSite site = new PreviewSite(source.path(), output, Version.current(), BusyOutput.waitSaying(source.path()));
        try (PreviewServer server = new PreviewServer(output, port); SourceWatcher watcher = new SourceWatcher(source.path())) {
            rebuild(site, output, server, Set.of());
            server.start();
            System.out.println("Preview: http://127.0.0.1:" + server.port() + "/  (Ctrl+C to stop)");
            watcher.run(changed -> rebuild(site, output, server, changed));
        }
        return 0;
    }

    private static void rebuild(PreviewSite site, Path output, PreviewServer server, Set<Path> changed) {
        try {
            PreviewSite.Update update = site.update(changed);
            server.reload();
            if (!update.full()) site.writeStatus();
            if (update.full()) {
                System.out.printf(Locale.ROOT, "Rebuilt %d pages in %d ms%n", update.pages(), update.took().toMillis());
            } else {
                System.out.printf(Locale.ROOT, "Updated %d pages for %s in %d ms%n", update.pages(), update.changed(), update.took().toMillis());
            }
        } catch (BuildFailedException e) {
            e.problems().forEach(System.err::println);
            String served = notServed("the change failed its checks", site, output);
            System.err.println(served);
            server.problems(served + "\n\n" + e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        } catch (RuntimeException e) {
            String served = notServed("the build crashed: " + FailureReport.describe(e), site, output);
            System.err.println(served);
            server.problems(served);
        }
    }

    /** Says that nothing was written, and what the preview serves instead. */
    private static String notServed(String why, PreviewSite site, Path output) {
        String serving = site.lastPublished().map(u -> (u.full() ? "the full build" : "the update for " + u.changed())
                        + " of " + CLOCK.format(u.published()))
                .orElse(Files.isRegularFile(output.resolve("index.html"))
                        ? "the site that was in " + output + " before serve started" : "nothing: there is no site yet");
        return "Not updated: " + why + ", and nothing was written. Still serving " + serving + ".";
    }
}
