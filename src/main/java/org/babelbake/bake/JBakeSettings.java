package org.babelbake.bake;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.nio.file.Path;

/** JBake's configuration for a site project: its defaults overlaid with the project's {@code jbake.properties}. */
public final class JBakeSettings {
    private JBakeSettings() {
    }

    public static JBakeConfiguration load(Path siteRoot, Path out) {
        return new JBakeConfigurationFactory().createDefaultJbakeConfiguration(siteRoot.toFile(), out.toFile(), false);
    }
}
