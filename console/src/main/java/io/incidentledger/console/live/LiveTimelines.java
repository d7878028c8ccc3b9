package io.incidentledger.console.live;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.projections.timeline.IncidentTimeline;
import io.incidentledger.projections.timeline.IncidentTimelines;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Pushes an incident's timeline to open pages as server-sent events. It watches the timeline view, not this
 * instance's own traffic, so a message that arrived at another instance of the deployment shows up as well.
 */
@Component
class LiveTimelines implements SmartLifecycle {

    static final Duration EVERY = Duration.ofMillis(500);
    // a comment now and then finds pages that went away, whose connections would otherwise wait for their timeout
    private static final int HEARTBEAT_TICKS = 30;
    private static final Logger log = LoggerFactory.getLogger(LiveTimelines.class);

    private final IncidentTimelines timelines;
    private final ITemplateEngine templates;
    private final Map<SseEmitter, Watch> watches = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "console-live-timelines");
        thread.setDaemon(true);
        return thread;
    });

    LiveTimelines(IncidentTimelines timelines, ITemplateEngine templates) {
        this.timelines = timelines;
        this.templates = templates;
        ticker.scheduleWithFixedDelay(this::tick, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    SseEmitter watch(IncidentRef ref, long since) {
        var emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        watches.put(emitter, new Watch(ref, since));
        emitter.onCompletion(() -> watches.remove(emitter));
        emitter.onTimeout(emitter::complete);
        emitter.onError(failure -> watches.remove(emitter));
        try {
            // the first bytes open the stream at once, so the page can say it is live before anything is said
            emitter.send(SseEmitter.event().comment("live"));
        } catch (IOException gone) {
            watches.remove(emitter);
        }
        return emitter;
    }

    private volatile boolean running;
    private long ticks;

    private void tick() {
        boolean heartbeat = ++ticks % HEARTBEAT_TICKS == 0;
        watches.forEach((emitter, watch) -> {
            try {
                if (heartbeat) {
                    emitter.send(SseEmitter.event().comment("still here"));
                }
                Optional<IncidentTimeline> now = timelines.find(watch.ref);
                if (now.isPresent() && now.get().lastSequence() > watch.seen) {
                    watch.seen = now.get().lastSequence();
                    emitter.send(SseEmitter.event().name("timeline").id(Long.toString(watch.seen)).data(render(now.get())));
                }
            } catch (IOException | IllegalStateException gone) {
                watches.remove(emitter);
            } catch (RuntimeException notReady) {
                log.debug("Timeline of {} not readable just now", watch.ref, notReady);
            }
        });
    }

    private String render(IncidentTimeline timeline) {
        var context = new Context();
        context.setVariable("timeline", timeline);
        context.setVariable("times", io.incidentledger.console.pages.Times.INSTANCE);
        return templates.process("console/timeline", Set.of("entries"), context).replace("\n", " ");
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every open stream before the web server's graceful shutdown begins (a higher phase stops first): an open
     * stream is a request in flight, and would hold the shutdown for its whole grace period.
     */
    @Override
    public void stop() {
        running = false;
        watches.keySet().forEach(SseEmitter::complete);
        watches.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    @PreDestroy
    void close() {
        ticker.shutdownNow();
    }

    private static final class Watch {
        private final IncidentRef ref;
        private volatile long seen;

        Watch(IncidentRef ref, long seen) {
            this.ref = ref;
            this.seen = seen;
        }
    }
}
