package io.incidentledger.localservers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One JVM shutdown hook that closes the application contexts before the servers they use. JVM hooks run in
 * parallel and in no set order, so a separate hook for the servers could pull PostgreSQL away from Axon
 * processors that are still writing.
 */
final class ShutdownCoordinator {

    private static final Logger log = LoggerFactory.getLogger(ShutdownCoordinator.class);
    private static final Set<ConfigurableApplicationContext> contexts = new LinkedHashSet<>();
    private static boolean hookInstalled;

    private ShutdownCoordinator() {
    }

    static synchronized void installHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownCoordinator::shutdown, "ledger-local-servers-stop"));
            hookInstalled = true;
        }
    }

    static synchronized void track(ConfigurableApplicationContext context) {
        contexts.add(context);
    }

    static synchronized void untrack(ConfigurableApplicationContext context) {
        contexts.remove(context);
    }

    static synchronized boolean isTracked(ConfigurableApplicationContext context) {
        return contexts.contains(context);
    }

    private static void shutdown() {
        try {
            closeContexts();
        } finally {
            LocalServers.stopAll();
        }
    }

    private static void closeContexts() {
        List<ConfigurableApplicationContext> newestFirst;
        synchronized (ShutdownCoordinator.class) {
            newestFirst = new ArrayList<>(contexts);
        }
        Collections.reverse(newestFirst);
        for (ConfigurableApplicationContext context : newestFirst) {
            try {
                // close() also waits for a close already under way in another hook (e.g. the test framework's)
                context.close();
            } catch (Throwable e) {
                log.warn("Closing {} failed; stopping the servers anyway", context.getDisplayName(), e);
            }
        }
    }
}
