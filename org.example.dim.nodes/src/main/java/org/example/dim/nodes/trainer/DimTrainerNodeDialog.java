package org.example.dim.nodes.trainer;

import org.example.dim.engine.dim.ComputeDevice;
import org.example.dim.nodes.types.SupercellValue;
import org.example.dim.nodes.util.Choices;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the DIM Trainer. */
final class DimTrainerNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    DimTrainerNodeDialog() {
        DimTrainerSettings s = new DimTrainerSettings();
        addDialogComponent(new DialogComponentColumnNameSelection(s.supercellColumn, "Supercell column", 0,
            SupercellValue.class));
        addDialogComponent(new DialogComponentNumber(s.epochs, "Epochs", 1));
        addDialogComponent(new DialogComponentNumber(s.seed, "Seed", 1));
        addDialogComponent(new DialogComponentStringSelection(s.device, "Device", Choices.names(ComputeDevice.class)));
        createNewTab("Advanced");
        addDialogComponent(new DialogComponentString(s.falseSamples,
            "False-sample kinds (other, polymorph, composition, permutation)"));
        addDialogComponent(new DialogComponentNumber(s.batchSites, "Most sites per batch", 100));
        addDialogComponent(new DialogComponentNumber(s.validationFraction, "Validation share", 0.01));
        addDialogComponent(new DialogComponentNumber(s.patience, "Early-stopping patience (0: off)", 1));
        addDialogComponent(new DialogComponentNumber(s.learningRate, "Learning rate", 1e-5));
        addDialogComponent(new DialogComponentString(s.labelColumn,
            "Label column for supervised fine-tuning (empty: self-supervised DIM)"));
        addDialogComponent(new DialogComponentString(s.architecture,
            "Model changes, name=value, comma-separated (empty: the paper's model)"));
    }
}
