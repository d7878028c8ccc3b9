package io.incidentledger.localservers;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points Spring's datasource, Kafka and Elasticsearch clients at the configured servers. Where local servers are
 * switched on ({@link LocalServerSettings#enabledIn}) it starts one for whatever is not configured; anywhere else a
 * missing URL stops the start with {@link ServerUrlsMissingException}, so that production never quietly keeps its
 * only source of truth inside a container.
 */
public class LocalServersEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY_SOURCE_NAME = "ledgerServers";

    /** Right after application.yml and profiles are loaded, so their ledger.* keys are visible. */
    public static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER + 1;

    private final Log log;

    public LocalServersEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(LocalServersEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        LocalServerSettings settings = LocalServerSettings.from(environment);
        if (!LocalServerSettings.enabledIn(environment)) {
            ServerUrlsMissingException.throwIfAnyMissing(settings);
        }
        ServerEndpoints endpoints = LocalServers.start(settings, log::info);
        if (settings.needsAnyServer()) {
            // our hook closes the context itself, before the servers stop
            application.setRegisterShutdownHook(false);
            application.addListeners(new ApplicationContextTracker());
        }
        environment.getPropertySources().remove(PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(
                new MapPropertySource(PROPERTY_SOURCE_NAME, endpoints.toSpringProperties()));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
