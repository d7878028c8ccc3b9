package io.incidentledger.console.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The WebJar versions the pages link to, written into the jar by the console's pom (one version, one place). */
final class Assets {

    static final String ECHARTS = load().getProperty("echarts");

    private Assets() {
    }

    private static Properties load() {
        try (InputStream in = Assets.class.getResourceAsStream("/io/incidentledger/console/assets.properties")) {
            var properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
