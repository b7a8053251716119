package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tasks shared between the caller and a helper thread: each runs once, the caller never waits for a busy helper. */
class SharedTasksTest {

    private final ExecutorService helper = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        helper.shutdownNow();
    }

    @Test
    void everyTaskRunsExactlyOnceOnEitherThread() {
        AtomicIntegerArray runs = new AtomicIntegerArray(200);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < runs.length(); i++) {
            int at = i;
            tasks.add(() -> {
                threads.add(Thread.currentThread());
                runs.incrementAndGet(at);
                sleepQuietly(1);
            });
        }
        SharedTasks.run(tasks, helper);
        for (int i = 0; i < runs.length(); i++) {
            assertEquals(1, runs.get(i), "task " + i);
        }
        assertEquals(2, threads.size(), "both threads took tasks");
    }

    @Test
    void aBusyHelperLeavesEveryTaskToTheCaller() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        helper.execute(() -> awaitQuietly(release)); // the helper is busy with other work
        AtomicInteger onCaller = new AtomicInteger();
        Thread caller = Thread.currentThread();
        List<Runnable> tasks = List.of(() -> count(caller, onCaller), () -> count(caller, onCaller),
                () -> count(caller, onCaller));
        SharedTasks.run(tasks, helper); // returns although the helper has not started
        assertEquals(3, onCaller.get());
        release.countDown();
    }

    @Test
    void theCallerWaitsForATaskTheHelperStartedAndRethrowsItsFailure() {
        CountDownLatch helperStarted = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("boom");
        List<Runnable> tasks = List.of(() -> {
            awaitQuietly(helperStarted); // the caller takes this one and holds on until the helper has the other
            finished.incrementAndGet();
        }, () -> {
            helperStarted.countDown();
            sleepQuietly(200);
            finished.incrementAndGet();
            throw failure;
        });
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> SharedTasks.run(tasks, helper));
        assertSame(failure, thrown);
        assertEquals(2, finished.get(), "both tasks had ended when run returned");
    }

    @Test
    void aDirectExecutorRunsEverythingInline() {
        List<Integer> order = new ArrayList<>();
        SharedTasks.run(List.of(() -> order.add(1), () -> order.add(2)), Runnable::run);
        assertEquals(List.of(1, 2), order);
    }

    private static void count(Thread caller, AtomicInteger onCaller) {
        assertTrue(Thread.currentThread() == caller);
        onCaller.incrementAndGet();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
