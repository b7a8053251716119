package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The device request against ND4J's backends, by the names {@link ComputeDevice#installed()} gives them. */
class ComputeDeviceTest {

    private static final String CPU = "ND4J Cpu (1 device(s))";

    private static final String CUDA = "ND4J JCublas (1 device(s))";

    @Test
    void theCpuBackendServesAutoAndCpuAndRefusesTheGpuSayingHowToGetIt() {
        assertEquals(CPU, ComputeDevice.AUTO.require(CPU));
        assertEquals(CPU, ComputeDevice.CPU.require(CPU));
        String message = assertThrows(IllegalStateException.class, () -> ComputeDevice.GPU.require(CPU)).getMessage();
        assertTrue(message.contains("GPU feature") && message.contains("CUDA 11.6"), message);
    }

    @Test
    void theCudaBackendServesAutoAndGpuAndRefusesTheCpuSayingHowToGetItInKnime() {
        assertEquals(CUDA, ComputeDevice.AUTO.require(CUDA));
        assertEquals(CUDA, ComputeDevice.GPU.require(CUDA));
        String message = assertThrows(IllegalStateException.class, () -> ComputeDevice.CPU.require(CUDA)).getMessage();
        assertTrue(message.contains("BACKEND_PRIORITY_CPU") && message.contains("uninstall the GPU feature"), message);
    }
}
