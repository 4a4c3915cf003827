package org.babelbake.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code java -jar target/babelbake.jar ...} as a separate process, with its console (both streams) read line by line. */
final class BabelbakeProcess implements AutoCloseable {
    private static final long WAIT_SECONDS = 300;
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
    private final Thread reader;

    private BabelbakeProcess(Process process) {
        this.process = process;
        reader = new Thread(() -> new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                .lines().forEach(line -> {
                    lines.add(line);
                    unread.add(line);
                }), "babelbake-console");
        reader.setDaemon(true);
        reader.start();
    }

    static BabelbakeProcess start(String... args) throws IOException {
        return new BabelbakeProcess(new ProcessBuilder(command(args)).redirectErrorStream(true).start());
    }

    /** Started with this umask (e.g. {@code 022}), which Java cannot set: through {@code sh}, which then becomes java. */
    static BabelbakeProcess startWithUmask(String umask, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask \"$0\" && exec \"$@\"", umask));
        command.addAll(command(args));
        return new BabelbakeProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("babelbake.jar")));
        command.addAll(List.of(args));
        return command;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Every line printed so far. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits for the next line that contains {@code text}, skipping others; fails if none comes. */
    String awaitLine(String text) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < until) {
            String line = unread.poll(1, TimeUnit.SECONDS);
            if (line != null && line.contains(text)) return line;
            if (line == null && !process.isAlive() && unread.isEmpty()) break;
        }
        throw new AssertionError("never printed \"" + text + "\"; printed: " + lines);
    }

    /** The exit code, once the process has ended (the console read to its end). */
    int exitCode() throws InterruptedException {
        assertTrue(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "still running after " + WAIT_SECONDS + " s: " + lines);
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
