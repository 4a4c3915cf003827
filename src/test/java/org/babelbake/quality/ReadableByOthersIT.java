package org.babelbake.quality;

import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The built site as other users read it: a web server running as www-data, or anyone after
 * {@code cp -r} or {@code rsync -a}. Folders and files get the modes mkdir and cp would give
 * under the builder's umask, in the site, in the status report and inside the offline zips.
 */
class ReadableByOthersIT {
    private static final String PRIVATE_ASSET = "assets/site.css";
    /** Binary assets are copied byte for byte, text ones read: both paths must make new files. */
    private static final String PRIVATE_BINARY = "assets/private.png";
    @TempDir
    Path dir;

    @BeforeEach
    void openTheTestFolder() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX file modes here");
        // JUnit makes its folder 0700, which would hide everything below it from other users.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @ParameterizedTest(name = "umask {0}: folders {1}, files {2}")
    @CsvSource({"022, rwxr-xr-x, rw-r--r--", "027, rwxr-x---, rw-r-----"})
    void everyFolderAndFileFollowsTheUmaskEvenAPrivateAssetAndWhatTheZipsUnpack(String umask, String folderMode, String fileMode)
            throws Exception {
        TestSite site = build(umask);
        List<Path> published = new ArrayList<>(walk(site.out()));
        published.add(site.root().resolve("target/translation-status.json"));
        published.add(site.root().resolve("target/translation-status.html"));
        assertEquals(List.of(), wrongModes(site.root(), published, folderMode, fileMode));

        Optional<Path> unzip = tool("unzip");
        assumeTrue(unzip.isPresent(), "unzip is not installed (.ci/run installs it); the zips' entries were not checked");
        Path unzipped = Files.createDirectory(dir.resolve("unzipped"));
        for (Path zip : walk(site.out().resolve("downloads"))) {
            if (!zip.toString().endsWith(".zip")) continue;
            // Entries carry no mode of their own, so unzip gives them the reader's umask, here the same.
            run(List.of("sh", "-c", "umask \"$0\" && exec \"$1\" -q \"$2\" -d \"$3\"", umask, unzip.get().toString(), zip.toString(),
                    unzipped.resolve(zip.getFileName().toString()).toString()));
        }
        List<Path> unpacked = walk(unzipped).stream().filter(p -> !p.equals(unzipped)).toList();
        assertTrue(unpacked.stream().anyMatch(p -> p.endsWith(PRIVATE_ASSET)) && unpacked.stream().anyMatch(p -> p.endsWith(PRIVATE_BINARY)),
                "the zips hold the private assets");
        assertEquals(List.of(), wrongModes(unzipped, unpacked, folderMode, fileMode));
    }

    @Test
    void userNobodyCanReadEveryFileOfTheSiteAndOfTheUnpackedZips() throws Exception {
        Optional<Path> runuser = tool("runuser");
        Optional<Path> unzip = tool("unzip");
        assumeTrue(isRoot(), "only root can read as another user");
        assumeTrue(runuser.isPresent() && unzip.isPresent(), "runuser (util-linux) or unzip (.ci/run installs it) is missing");
        TestSite site = build("022");
        Path unzipped = dir.resolve("unzipped");
        Path allLanguages = walk(site.out().resolve("downloads")).stream()
                .filter(p -> p.getFileName().toString().endsWith("all-languages.zip")).findFirst().orElseThrow();
        run(List.of("sh", "-c", "umask 022 && exec \"$0\" -q \"$1\" -d \"$2\"", unzip.get().toString(),
                allLanguages.toString(), unzipped.toString()));
        for (Path tree : List.of(site.out(), unzipped)) {
            // find reports every folder it cannot enter; cat every file it cannot read.
            String output = run(List.of(runuser.get().toString(), "-u", "nobody", "--", "sh", "-c",
                    "find \"$0\" -type f -exec cat {} + > /dev/null", tree.toString()));
            assertEquals("", output);
        }
    }

    @Test
    void nginxRunningAsWwwDataServesEveryFile() throws Exception {
        Optional<Path> nginxTool = tool("nginx");
        assumeTrue(isRoot(), "only root can start nginx with workers as www-data");
        assumeTrue(nginxTool.isPresent(), "nginx is not installed (.ci/run installs it)");
        TestSite site = build("022");
        Path nginx = Files.createDirectory(dir.resolve("nginx"));
        Path socket = nginx.resolve("http.sock");
        Files.writeString(nginx.resolve("nginx.conf"), String.format(Locale.ROOT, """
                user www-data;
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 16; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    server {
                        listen unix:%2$s;
                        root %3$s;
                    }
                }
                """, nginx, socket, site.out()), StandardCharsets.UTF_8);
        // A Unix socket, not a port: no port to find free, and nothing reachable from outside.
        Process server = new ProcessBuilder(nginxTool.get().toString(), "-p", nginx.toString(), "-c", nginx.resolve("nginx.conf").toString(),
                "-e", nginx.resolve("error.log").toString()).redirectErrorStream(true)
                .redirectOutput(nginx.resolve("console.log").toFile()).start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(socket)) {
                assertTrue(server.isAlive() && System.nanoTime() < until, "nginx did not start: " + log(nginx));
                Thread.sleep(20);
            }
            List<String> refused = new ArrayList<>();
            List<Path> files = walk(site.out()).stream().filter(Files::isRegularFile).toList();
            for (Path file : files) {
                String path = "/" + site.out().relativize(file).toString().replace(File.separatorChar, '/');
                byte[] response = get(socket, path);
                String status = new String(response, 0, Math.min(response.length, 12), StandardCharsets.US_ASCII);
                if (!status.equals("HTTP/1.1 200")) refused.add(path + ": " + status);
                else assertArrayEquals(Files.readAllBytes(file), body(response), path);
            }
            assertEquals(List.of(), refused, "nginx as www-data refused these; its log: " + log(nginx));
            assertTrue(files.stream().anyMatch(f -> f.endsWith(PRIVATE_ASSET)) && files.stream().anyMatch(f -> f.endsWith(PRIVATE_BINARY)));
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The project with only en and es, and private assets (0600), built by the jar under {@code umask}. */
    private TestSite build(String umask) throws Exception {
        TestSite site = TestSite.copyOfProject(dir.resolve("project")).keepLocales("en", "es");
        // The project folder is the user's business; the build decides only what it creates.
        Files.setPosixFilePermissions(site.root(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(site.root().resolve(PRIVATE_ASSET), PosixFilePermissions.fromString("rw-------"));
        Files.write(site.root().resolve(PRIVATE_BINARY), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        Files.setPosixFilePermissions(site.root().resolve(PRIVATE_BINARY), PosixFilePermissions.fromString("rw-------"));
        try (BabelbakeProcess build = BabelbakeProcess.startWithUmask(umask, "build", "--source", site.root().toString())) {
            assertEquals(0, build.exitCode(), String.join("\n", build.lines()));
        }
        return site;
    }

    private static List<String> wrongModes(Path root, List<Path> paths, String folderMode, String fileMode) throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path path : paths) {
            String expected = Files.isDirectory(path) ? folderMode : fileMode;
            String actual = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
            if (!actual.equals(expected)) wrong.add(root.relativize(path) + " is " + actual + ", not " + expected);
        }
        return wrong;
    }

    private static byte[] get(Path socket, String path) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(("GET " + path + " HTTP/1.0\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
            try (InputStream in = Channels.newInputStream(channel)) {
                return in.readAllBytes();
            }
        }
    }

    private static byte[] body(byte[] response) {
        for (int i = 0; i + 3 < response.length; i++) {
            if (response[i] == '\r' && response[i + 1] == '\n' && response[i + 2] == '\r' && response[i + 3] == '\n') {
                return Arrays.copyOfRange(response, i + 4, response.length);
            }
        }
        throw new AssertionError("no end of headers in the response");
    }

    /** Runs a command, which must succeed; returns what it printed. */
    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command + " did not end");
        assertEquals(0, process.exitValue(), command + " failed: " + output);
        return output;
    }

    private static String log(Path nginx) throws IOException {
        Path log = nginx.resolve("error.log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** A program on the PATH, or in the system folders a user's PATH may lack. */
    private static Optional<Path> tool(String name) {
        return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)),
                        Stream.of("/usr/sbin", "/sbin", "/usr/bin"))
                .filter(folder -> !folder.isEmpty()).map(folder -> Path.of(folder, name)).filter(Files::isExecutable).findFirst();
    }

    private static List<Path> walk(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.sorted().toList();
        }
    }
}
