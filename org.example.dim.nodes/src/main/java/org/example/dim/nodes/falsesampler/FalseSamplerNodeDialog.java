package org.example.dim.nodes.falsesampler;

import org.example.dim.nodes.types.CrystalValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** Dialog of the False Sampler. */
final class FalseSamplerNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    FalseSamplerNodeDialog() {
        FalseSamplerSettings s = new FalseSamplerSettings();
        addDialogComponent(new DialogComponentColumnNameSelection(s.crystalColumn, "Crystal column", 0,
            CrystalValue.class));
        addDialogComponent(new DialogComponentString(s.kinds,
            "Kinds (vacancy, similar, dissimilar, interstitial, thermal)"));
        addDialogComponent(new DialogComponentNumber(s.perKind, "Samples per kind and crystal", 1));
        addDialogComponent(new DialogComponentNumber(s.thermalSigma, "Thermal displacement σ (Å)", 0.01));
        addDialogComponent(new DialogComponentNumber(s.interstitialTrials, "Interstitial trial points", 50));
        addDialogComponent(new DialogComponentNumber(s.seed, "Seed", 1));
        addDialogComponent(new DialogComponentString(s.inBatchKinds, "In-batch false-sample kinds (for the DIM Trainer)"));
    }
}
