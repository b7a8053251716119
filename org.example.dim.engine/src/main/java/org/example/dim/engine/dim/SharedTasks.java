package org.example.dim.engine.dim;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Independent tasks shared between the calling thread and a helper thread, each task taken by whichever
 * thread is free first. A fixed split made the caller wait whenever the helper was still busy with other
 * work (the model's second thread runs the global branch first): 130 ms of a 440 ms step. Here the caller
 * waits only for tasks the helper has actually started.
 */
final class SharedTasks {

    private SharedTasks() {
    }

    /** Runs every task once, on this thread or on {@code helper}; rethrows the first failure. */
    static void run(List<Runnable> tasks, Executor helper) {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(tasks.size());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                try {
                    tasks.get(i).run();
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        };
        if (tasks.size() > 1) {
            helper.execute(drain);
        }
        drain.run();
        awaitUninterruptibly(done); // the helper's tasks write into the caller's arrays: never leave before them
        Throwable f = failure.get();
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error err) {
            throw err;
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
