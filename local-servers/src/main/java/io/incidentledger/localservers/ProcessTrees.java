package io.incidentledger.localservers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Ends a process and everything it spawned: Elasticsearch's launcher forks the real server JVM. */
final class ProcessTrees {

    private ProcessTrees() {
    }

    static void destroy(ProcessHandle root, Duration gracePeriod) {
        // collected first: once the parent dies its children are re-parented and no longer found
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(0, root);
        tree.forEach(ProcessHandle::destroy);
        if (!awaitExit(tree, gracePeriod)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, Duration.ofSeconds(10));
        }
    }

    static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream()
                .map(ProcessHandle::onExit)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
