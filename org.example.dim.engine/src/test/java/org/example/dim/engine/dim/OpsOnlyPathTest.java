package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Run by the engine's "ops-only" test execution, which repeats the model's tests on the path of every backend
 * but ND4J's CPU one (CUDA): this checks that the switch took effect, so that those runs are not the host path again.
 */
@EnabledIfSystemProperty(named = HostArrays.OPS_ONLY, matches = "true")
class OpsOnlyPathTest {

    @Test
    void theHostKernelsAreOff() {
        assertFalse(HostArrays.CPU);
        assertFalse(HostArrays.plain(Nd4j.ones(DataType.FLOAT, 4, 4)), "no array is read as host memory");
        assertFalse(ActivationNorm.onHost(DimConfig.Activation.RELU));
    }
}
