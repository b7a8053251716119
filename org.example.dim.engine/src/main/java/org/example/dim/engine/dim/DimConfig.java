package org.example.dim.engine.dim;

import java.util.EnumSet;
import java.util.Set;
import org.example.dim.engine.falsesample.FalseSampleKind;

/**
 * Hyper-parameters of the Site-Net Deep InfoMax model (reference §2), the paper's by default.
 *
 * @param siteDim           site embedding width (64)
 * @param interactionDim    pair embedding width (64)
 * @param attentionHidden   hidden width of the attention and value networks (64)
 * @param localDim          local representation z (32)
 * @param globalDim         crystal representation G (64)
 * @param dotHidden         hidden width of the upscaling networks (64)
 * @param dotSpace          dimension of the dot-product spaces (128)
 * @param prePoolDim        second pre-pooling width (128)
 * @param localActivation   activation of the local block (the reference runs ReLU there, §2 box)
 * @param globalActivation  activation of the global block (Mish)
 * @param dimWeight         α, weight of the DIM terms (1)
 * @param klWeight          β, weight of the KL terms of the learnable noise (0.1)
 * @param learningRate      AdamW learning rate (1e-4)
 * @param weightDecay       decoupled weight decay (1e-4)
 * @param falseSamples      in-batch false-sample kinds; the other-crystal term is always used
 */
public record DimConfig(int siteDim, int interactionDim, int attentionHidden, int localDim, int globalDim,
        int dotHidden, int dotSpace, int prePoolDim, Activation localActivation, Activation globalActivation,
        double dimWeight, double klWeight, double learningRate, double weightDecay, Set<FalseSampleKind> falseSamples) {

    /** Activation functions the blocks can use. */
    public enum Activation { RELU, MISH }

    public DimConfig {
        falseSamples = Set.copyOf(falseSamples);
        for (int size : new int[] {siteDim, interactionDim, attentionHidden, localDim, globalDim, dotHidden, dotSpace,
            prePoolDim}) {
            if (size < 1) {
                throw new IllegalArgumentException("layer sizes must be positive");
            }
        }
    }

    public static DimConfig paperDefaults() {
        return new DimConfig(64, 64, 64, 32, 64, 64, 128, 128, Activation.RELU, Activation.MISH, 1.0, 0.1, 1e-4, 1e-4,
                EnumSet.allOf(FalseSampleKind.class));
    }

    public DimConfig withFalseSamples(Set<FalseSampleKind> kinds) {
        return new DimConfig(siteDim, interactionDim, attentionHidden, localDim, globalDim, dotHidden, dotSpace,
                prePoolDim, localActivation, globalActivation, dimWeight, klWeight, learningRate, weightDecay, kinds);
    }

    public DimConfig withLocalActivation(Activation activation) {
        return new DimConfig(siteDim, interactionDim, attentionHidden, localDim, globalDim, dotHidden, dotSpace,
                prePoolDim, activation, globalActivation, dimWeight, klWeight, learningRate, weightDecay, falseSamples);
    }

    public DimConfig withLearningRate(double lr) {
        return new DimConfig(siteDim, interactionDim, attentionHidden, localDim, globalDim, dotHidden, dotSpace,
                prePoolDim, localActivation, globalActivation, dimWeight, klWeight, lr, weightDecay, falseSamples);
    }
}
