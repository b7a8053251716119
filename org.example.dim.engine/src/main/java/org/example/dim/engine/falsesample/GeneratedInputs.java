package org.example.dim.engine.falsesample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.example.dim.engine.crystal.CrystalRecord;
import org.example.dim.engine.crystal.DisorderedStructureException;
import org.example.dim.engine.crystal.Structure;
import org.example.dim.engine.sitenet.FeaturizedCrystal;
import org.example.dim.engine.sitenet.SiteNetFeaturizer;
import org.example.dim.engine.util.OrderedParallel;

/**
 * Generated samples as training inputs: featurised exactly as the crystals they were made from (the same
 * featuriser), so that the model sees them as it sees real crystals.
 */
public final class GeneratedInputs {

    private GeneratedInputs() {
    }

    /**
     * The sample featurised, or empty when it cannot be (e.g. an interstitial that pushes the primitive cell
     * past the supercell size): such a sample is left out, its source crystal still trains.
     */
    private static Optional<GeneratedInput> featurize(SiteNetFeaturizer featurizer, GeneratedSample sample) {
        return input(featurizer.featurize(sample.source(), sample.kind(), sample.structure()), sample.isTrueSample());
    }

    /** A generated structure read back (a row of the False Sampler's table), featurised the same way. */
    public static Optional<GeneratedInput> featurize(SiteNetFeaturizer featurizer, CrystalRecord sample,
            boolean trueSample) {
        return input(featurizer.featurize(sample), trueSample);
    }

    private static Optional<GeneratedInput> input(FeaturizedCrystal f, boolean trueSample) {
        return f.ok() ? Optional.of(new GeneratedInput(f.input(), trueSample)) : Optional.empty();
    }

    /**
     * Generates the samples of one structure, its disorder resolved by the featuriser's policy as its own
     * featurisation does, and featurises those that can be; none when the structure cannot be ordered.
     */
    public static List<GeneratedInput> generate(FalseSampleGenerator generator, SiteNetFeaturizer featurizer,
            String source, Structure structure, long seed) {
        Structure ordered;
        try {
            ordered = structure.toOrdered(featurizer.settings().disorder());
        } catch (DisorderedStructureException e) {
            return List.of();
        }
        List<GeneratedInput> out = new ArrayList<>();
        for (GeneratedSample s : generator.generate(source, ordered, seed)) {
            featurize(featurizer, s).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The samples of many structures as {@link #generate} makes them, structure {@code i} (from
     * {@code sources[i]}) with seed {@code seed + i}, on {@code threads} threads: each structure's list goes to
     * {@code each} in their order, the same for any number of threads.
     */
    public static void generateAll(FalseSampleGenerator generator, SiteNetFeaturizer featurizer, List<String> sources,
            List<Structure> structures, long seed, int threads, Consumer<List<GeneratedInput>> each) {
        OrderedParallel.map(IntStream.range(0, structures.size()).iterator(),
                i -> generate(generator, featurizer, sources.get(i), structures.get(i), seed + i), threads, 256, each);
    }
}
