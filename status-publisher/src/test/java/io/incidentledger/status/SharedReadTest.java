package io.incidentledger.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedReadTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CountDownLatch firstReadStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirstRead = new CountDownLatch(1);
    private final AtomicInteger reads = new AtomicInteger();
    private volatile boolean firstReadFails;
    private final SharedRead<Integer> read = new SharedRead<>(() -> {
        int number = reads.incrementAndGet();
        if (number == 1) {
            firstReadStarted.countDown();
            hold(releaseFirstRead);
            if (firstReadFails) {
                throw new IllegalStateException("view not ready");
            }
        }
        return number;
    });

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void aCallerAloneReadsAgainOnEveryCall() {
        releaseFirstRead.countDown();

        assertThat(List.of(read.get(), read.get(), read.get())).containsExactly(1, 2, 3);
    }

    @Test
    void callersArrivingDuringAReadShareOneNewerReadNotTheOneInFlight() throws Exception {
        var first = call();
        firstReadStarted.await(10, TimeUnit.SECONDS);
        var later = List.of(call(), call(), call());
        await().atMost(Duration.ofSeconds(10)).until(() -> read.arrivals() == 4);

        releaseFirstRead.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        for (var caller : later) {
            assertThat(caller.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        }
        assertThat(reads).hasValue(2);
    }

    @Test
    void aFailedReadIsNotHandedToTheCallersWaitingForIt() throws Exception {
        firstReadFails = true;
        var first = call();
        firstReadStarted.await(10, TimeUnit.SECONDS);
        var waiting = call();
        await().atMost(Duration.ofSeconds(10)).until(() -> read.arrivals() == 2);

        releaseFirstRead.countDown();

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("view not ready");
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(2);
    }

    private CompletableFuture<Integer> call() {
        return CompletableFuture.supplyAsync(read::get, callers);
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
