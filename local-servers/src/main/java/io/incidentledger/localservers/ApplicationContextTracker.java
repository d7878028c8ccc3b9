package io.incidentledger.localservers;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Hands each application context to the shutdown hook, and takes it back once it closed on its own. */
final class ApplicationContextTracker implements ApplicationListener<ApplicationEvent> {

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationPreparedEvent prepared) {
            ShutdownCoordinator.track(prepared.getApplicationContext());
        } else if (event instanceof ContextClosedEvent closed
                && closed.getApplicationContext() instanceof ConfigurableApplicationContext context) {
            ShutdownCoordinator.untrack(context);
        }
    }
}
