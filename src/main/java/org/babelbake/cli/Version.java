package org.babelbake.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Babelbake's version, written into the jar by the build. */
public final class Version implements CommandLine.IVersionProvider {
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/babelbake-version.properties")) {
            if (in == null) return "dev";
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[]{"Babelbake " + current()};
    }
}
