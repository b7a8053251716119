package org.example.dim.engine.dim;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * The hyper-parameters {@link #withArchitecture} changes, by the names model files record them under: every
     * size, both activations and the two loss weights.
     */
    public static final List<String> ARCHITECTURE = List.of("site_dim", "interaction_dim", "attention_hidden",
            "local_dim", "global_dim", "dot_hidden", "dot_space", "pre_pool_dim", "local_activation",
            "global_activation", "dim_weight", "kl_weight");

    public DimConfig {
        falseSamples = Set.copyOf(falseSamples);
        for (int size : new int[] {siteDim, interactionDim, attentionHidden, localDim, globalDim, dotHidden, dotSpace,
            prePoolDim}) {
            if (size < 1) {
                throw new IllegalArgumentException("layer sizes must be positive");
            }
        }
        if (!(dimWeight >= 0) || !(klWeight >= 0) || Double.isInfinite(dimWeight) || Double.isInfinite(klWeight)) {
            throw new IllegalArgumentException("loss weights must be finite and not negative");
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

    /**
     * This configuration with some of the {@link #ARCHITECTURE} hyper-parameters changed, given as
     * {@code name=value} pairs separated by commas, e.g. {@code local_dim=16,local_activation=mish,kl_weight=0.05};
     * blank changes nothing.
     *
     * @throws IllegalArgumentException naming the pair that is not understood
     */
    public DimConfig withArchitecture(String pairs) {
        if (pairs == null || pairs.isBlank()) {
            return this;
        }
        Map<String, Object> m = toMap();
        for (String pair : pairs.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            if (eq < 0 || !ARCHITECTURE.contains(name)) {
                throw new IllegalArgumentException("'" + pair.strip() + "' is not name=value with a name among "
                        + String.join(", ", ARCHITECTURE));
            }
            String value = pair.substring(eq + 1).strip();
            Object old = m.get(name);
            try {
                m.put(name, old instanceof Integer ? Integer.valueOf(value) : old instanceof Double
                        ? Double.valueOf(value) : Activation.valueOf(value.toUpperCase(Locale.ROOT)).name());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + pair.strip() + "': " + name + " takes " + (old instanceof Integer
                        ? "a whole number" : old instanceof Double ? "a number" : "relu or mish"), e);
            }
        }
        return new DimConfig((int) m.get("site_dim"), (int) m.get("interaction_dim"), (int) m.get("attention_hidden"),
                (int) m.get("local_dim"), (int) m.get("global_dim"), (int) m.get("dot_hidden"),
                (int) m.get("dot_space"), (int) m.get("pre_pool_dim"),
                Activation.valueOf((String) m.get("local_activation")),
                Activation.valueOf((String) m.get("global_activation")), (double) m.get("dim_weight"),
                (double) m.get("kl_weight"), learningRate, weightDecay, falseSamples);
    }

    /** Every hyper-parameter by the name model files record it under. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site_dim", siteDim);
        m.put("interaction_dim", interactionDim);
        m.put("attention_hidden", attentionHidden);
        m.put("local_dim", localDim);
        m.put("global_dim", globalDim);
        m.put("dot_hidden", dotHidden);
        m.put("dot_space", dotSpace);
        m.put("pre_pool_dim", prePoolDim);
        m.put("local_activation", localActivation.name());
        m.put("global_activation", globalActivation.name());
        m.put("dim_weight", dimWeight);
        m.put("kl_weight", klWeight);
        m.put("learning_rate", learningRate);
        m.put("weight_decay", weightDecay);
        m.put("false_samples", falseSamples.stream().map(Enum::name).sorted().toList());
        return m;
    }

    public DimConfig withLearningRate(double lr) {
        return new DimConfig(siteDim, interactionDim, attentionHidden, localDim, globalDim, dotHidden, dotSpace,
                prePoolDim, localActivation, globalActivation, dimWeight, klWeight, lr, weightDecay, falseSamples);
    }
}
