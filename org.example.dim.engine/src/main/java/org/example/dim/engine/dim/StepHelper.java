package org.example.dim.engine.dim;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.nd4j.linalg.api.memory.MemoryWorkspace;

/**
 * The model's second thread. During a step ({@link #beginStep} to {@link #endStep}) its own step workspace
 * stays open, so every array a task makes there lives until the step ends, whichever task made it: tasks
 * can hand results to the model's main thread (shared forward tasks do) and to later tasks. Its ND4J ops
 * run single-threaded, as the main thread's.
 *
 * <p>Only on ND4J's CPU backend. On a GPU each thread has its own stream, and an array handed to another
 * thread may be read before its stream has written it (ND4J's arrays are not synchronised across threads),
 * so there, and with the host kernels off ({@link HostArrays#OPS_ONLY}), the helper's tasks run on the
 * calling thread: at once when given, and a submitted task when its result is awaited.
 */
final class StepHelper implements Executor {

    /** A submitted task that runs on the thread that awaits it. */
    private static final class Deferred<T> extends FutureTask<T> {
        Deferred(Callable<T> task) {
            super(task);
        }
    }

    private final ExecutorService thread = HostArrays.CPU ? Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dim-step-helper");
        t.setDaemon(true);
        return t;
    }) : null;
    private final StepMemory memory;
    private MemoryWorkspace open; // only ever touched on the helper thread
    private boolean closed;

    StepHelper(StepMemory memory) {
        this.memory = memory;
    }

    /** Whether tasks run on a thread of their own (else on the caller's). */
    boolean hasOwnThread() {
        return thread != null;
    }

    /** Opens the helper's step workspace (before any task of the step). */
    void beginStep() {
        if (thread != null) {
            thread.execute(() -> {
                open = memory.open();
                OpThreads.useOne();
            });
        }
    }

    /** Waits for every task given so far, then closes the helper's step workspace. */
    void endStep() {
        if (thread != null) {
            await(thread.submit(() -> {
                if (open != null) {
                    open.close();
                    open = null;
                }
                return null;
            }));
        }
    }

    @Override
    public void execute(Runnable task) {
        if (thread != null) {
            thread.execute(task);
        } else {
            task.run();
        }
    }

    <T> Future<T> submit(Callable<T> task) {
        return thread != null ? thread.submit(task) : new Deferred<>(task);
    }

    boolean isClosed() {
        return closed;
    }

    /** Frees the helper's workspace on its thread and stops the thread. */
    void close() {
        closed = true;
        if (thread != null) {
            await(thread.submit(() -> {
                memory.destroy();
                return null;
            }));
            thread.shutdown();
        }
    }

    /**
     * A task's result, its failure rethrown as it was (unchecked) or wrapped. Waits through interrupts (and
     * interrupts again afterwards): a task may be writing into the caller's arrays, so the caller must not
     * leave, and close its workspace, before the task ends; tasks take milliseconds.
     */
    static <T> T await(Future<T> f) {
        if (f instanceof Deferred<T> task) {
            task.run();
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
