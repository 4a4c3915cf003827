import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.File;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Plain JBake 2.7.0, for the benchmark: bakes one JBake project folder with JBake's own Oven
 * (content store, Freemarker engine, renderer), as a JBake user would from Java.
 *
 * <pre>mvn -q -f bench/jbake-driver/pom.xml dependency:copy-dependencies -DoutputDirectory=/tmp/jbake-lib
 * java -cp "/tmp/jbake-lib/*:bench/jbake-driver" bench/jbake-driver/PlainJBake.java SRC DEST</pre>
 *
 * Logging: bench/jbake-driver/logback.xml (root at WARN) is on that classpath, so
 * JBake's per-file DEBUG/INFO lines are not printed. OrientDB (JBake's content store) logs through
 * java.util.logging instead; its console level is set to SEVERE here. Exit status 1 if JBake
 * reports errors.
 */
public class PlainJBake {
    /** Held so that the configured java.util.logging logger is not garbage-collected. */
    private static final Logger ROOT = Logger.getLogger("");

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: PlainJBake SRC DEST");
            System.exit(2);
        }
        System.setProperty("log.console.level", "SEVERE");
        System.setProperty("log.file.level", "SEVERE");
        ROOT.setLevel(Level.SEVERE);
        for (var handler : ROOT.getHandlers()) handler.setLevel(Level.SEVERE);
        File source = new File(args[0]);
        File destination = new File(args[1]);
        long start = System.nanoTime();
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source, destination, true);
        Oven oven = new Oven(config);
        oven.bake();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!oven.getErrors().isEmpty()) {
            oven.getErrors().forEach(e -> System.err.println("JBake error: " + e));
            System.exit(1);
        }
        System.err.println("plain JBake: baked " + source + " into " + destination + " in " + ms + " ms (in-JVM time)");
    }
}
