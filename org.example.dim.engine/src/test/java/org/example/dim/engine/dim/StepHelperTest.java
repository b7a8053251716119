package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The model's second thread: used only where arrays live in host memory (ND4J's CPU backend); elsewhere, and in
 * the engine's ops-only test run, its tasks run on the caller's thread. Run in both test executions.
 */
class StepHelperTest {

    @Test
    void tasksRunOnTheHelperThreadOnlyOnTheCpuBackend() {
        StepHelper helper = new StepHelper(new StepMemory(this));
        try {
            helper.beginStep();
            String[] executed = new String[1];
            helper.execute(() -> executed[0] = Thread.currentThread().getName());
            String submitted = StepHelper.await(helper.submit(() -> Thread.currentThread().getName()));
            helper.endStep();
            String expected = HostArrays.CPU ? "dim-step-helper" : Thread.currentThread().getName();
            assertEquals(HostArrays.CPU, helper.hasOwnThread());
            assertEquals(expected, executed[0]);
            assertEquals(expected, submitted);
        } finally {
            helper.close();
        }
    }

    @Test
    void aSubmittedTaskMayWaitForWhatTheCallerDoesAfterSubmittingIt() {
        // The global branch waits for the local representations the caller makes after submitting it: on the
        // caller's thread the task must therefore run when awaited, not when submitted.
        StepHelper helper = new StepHelper(new StepMemory(this));
        try {
            helper.beginStep();
            CompletableFuture<Integer> later = new CompletableFuture<>();
            Future<Integer> task = helper.submit(() -> later.join() + 1);
            later.complete(41);
            assertEquals(42, StepHelper.await(task));
            helper.endStep();
        } finally {
            helper.close();
        }
    }
}
