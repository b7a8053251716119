package org.example.dim.engine.dim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.example.dim.engine.dataset.SiteNetBatch;
import org.example.dim.engine.dim.DimConfig.Activation;
import org.example.dim.engine.falsesample.InBatchFalseSampler;
import org.example.dim.engine.sitenet.SiteNetInput;
import org.junit.jupiter.api.Test;

/** Hyper-parameters changed by name, as the command line and the DIM Trainer node give them. */
class DimConfigTest {

    private static final DimConfig PAPER = DimConfig.paperDefaults();

    @Test
    void namedPairsChangeOnlyWhatTheyName() {
        DimConfig c = PAPER.withArchitecture(" local_dim=16, LOCAL_ACTIVATION=Mish,kl_weight=0.05 ,dot_space=64,");
        assertEquals(16, c.localDim());
        assertEquals(Activation.MISH, c.localActivation());
        assertEquals(0.05, c.klWeight());
        assertEquals(64, c.dotSpace());
        // everything else as the paper's
        assertEquals(new DimConfig(PAPER.siteDim(), PAPER.interactionDim(), PAPER.attentionHidden(), 16,
                PAPER.globalDim(), PAPER.dotHidden(), 64, PAPER.prePoolDim(), Activation.MISH,
                PAPER.globalActivation(), PAPER.dimWeight(), 0.05, PAPER.learningRate(), PAPER.weightDecay(),
                PAPER.falseSamples()), c);
    }

    @Test
    void blankChangesNothing() {
        assertSame(PAPER, PAPER.withArchitecture(""));
        assertSame(PAPER, PAPER.withArchitecture(null));
        assertSame(PAPER, PAPER.withArchitecture("  "));
    }

    @Test
    void everyNameIsAKeyOfTheModelFilesRecord() {
        assertTrue(PAPER.toMap().keySet().containsAll(DimConfig.ARCHITECTURE));
        // and each can be set: a size to 7, an activation to MISH, a weight to 0.5
        for (String name : DimConfig.ARCHITECTURE) {
            Object old = PAPER.toMap().get(name);
            String value = old instanceof Integer ? "7" : old instanceof Double ? "0.5" : "mish";
            Object now = PAPER.withArchitecture(name + "=" + value).toMap().get(name);
            assertEquals(old instanceof Integer ? (Object) 7 : old instanceof Double ? (Object) 0.5 : "MISH", now, name);
        }
    }

    @Test
    void whatIsNotUnderstoodIsRefusedNamingThePair() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> PAPER.withArchitecture("local_dim=16,learning_rate=0.1"));
        assertTrue(unknown.getMessage().contains("'learning_rate=0.1'") && unknown.getMessage().contains("site_dim"),
                unknown.getMessage());
        IllegalArgumentException noValue = assertThrows(IllegalArgumentException.class,
                () -> PAPER.withArchitecture("local_dim"));
        assertTrue(noValue.getMessage().contains("'local_dim' is not name=value"), noValue.getMessage());
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> PAPER.withArchitecture("global_dim=6.5"));
        assertTrue(size.getMessage().contains("whole number"), size.getMessage());
        IllegalArgumentException activation = assertThrows(IllegalArgumentException.class,
                () -> PAPER.withArchitecture("global_activation=tanh"));
        assertTrue(activation.getMessage().contains("relu or mish"), activation.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PAPER.withArchitecture("local_dim=0"));
        assertThrows(IllegalArgumentException.class, () -> PAPER.withArchitecture("kl_weight=-1"));
    }

    @Test
    void aModelOfAChangedArchitectureTrainsAndEmbedsAtItsWidths() {
        DimConfig small = PAPER.withArchitecture("local_dim=8,global_dim=12,local_activation=mish,site_dim=16");
        List<SiteNetInput> crystals = RealCrystals.first(30);
        try (Nd4jDimModel model = new Nd4jDimModel(small, 3)) {
            SiteNetBatch batch = SiteNetBatch.pack(crystals);
            Random random = new Random(3);
            Losses losses = model.trainStep(batch, new InBatchFalseSampler(small.falseSamples()).sample(batch, random),
                    random);
            assertTrue(Double.isFinite(losses.localDim()) && Double.isFinite(losses.globalDim()), losses.toString());
            CrystalSource source = CrystalSource.of(crystals);
            assertEquals(12, new DimEmbedder(model, 1200).embed(source, false, TrainingProgress.NONE)[0].length);
            assertEquals(8, new DimEmbedder(model, 1200).embed(source, true, TrainingProgress.NONE)[0].length);
        }
    }
}
