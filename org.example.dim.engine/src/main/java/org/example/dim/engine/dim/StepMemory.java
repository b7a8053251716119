package org.example.dim.engine.dim;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A named ND4J workspace that holds every array of one step and is reused step after step, so that
 * native memory stays flat and nothing waits for the garbage collector (a step left to the GC leaves
 * hundreds of MB behind). Workspaces belong to a thread: each thread opens and destroys its own.
 */
final class StepMemory {

    private static final WorkspaceConfiguration CONFIG = WorkspaceConfiguration.builder()
            .policyAllocation(AllocationPolicy.OVERALLOCATE).overallocationLimit(0.2)
            .policyLearning(LearningPolicy.FIRST_LOOP).policySpill(SpillPolicy.EXTERNAL).build();

    private final String name;

    StepMemory(Object owner) {
        this.name = "dim-step-" + Integer.toHexString(System.identityHashCode(owner));
    }

    /** Opens the calling thread's workspace; arrays made until it is closed live in it. */
    MemoryWorkspace open() {
        return Nd4j.getWorkspaceManager().getAndActivateWorkspace(CONFIG, name);
    }

    /** Frees the calling thread's workspace, if it has one. */
    void destroy() {
        if (Nd4j.getWorkspaceManager().checkIfWorkspaceExists(name)) {
            Nd4j.getWorkspaceManager().destroyWorkspace(Nd4j.getWorkspaceManager().getWorkspaceForCurrentThread(name));
        }
    }
}
