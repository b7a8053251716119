package org.example.dim.nodes.supercell;

import org.example.dim.engine.crystal.DisorderPolicy;
import org.example.dim.engine.sitenet.OversizePolicy;
import org.example.dim.engine.sitenet.SiteFeatures;
import org.example.dim.nodes.types.CrystalValue;
import org.example.dim.nodes.util.Choices;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Supercell Builder. */
final class SupercellBuilderNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    SupercellBuilderNodeDialog() {
        SupercellBuilderSettings s = new SupercellBuilderSettings();
        addDialogComponent(new DialogComponentColumnNameSelection(s.crystalColumn, "Crystal column", 0,
            CrystalValue.class));
        addDialogComponent(new DialogComponentNumber(s.size, "Supercell size N (most sites)", 10));
        addDialogComponent(new DialogComponentBoolean(s.primitive, "Reduce to the primitive cell first"));
        addDialogComponent(new DialogComponentNumber(s.tolerance, "Primitive-cell tolerance (Å)", 0.1));
        addDialogComponent(new DialogComponentStringSelection(s.oversize, "Primitive cell above N",
            Choices.names(OversizePolicy.class)));
        addDialogComponent(new DialogComponentStringSelection(s.disorder, "Disordered sites",
            Choices.names(DisorderPolicy.class)));
        addDialogComponent(new DialogComponentStringSelection(s.missingValues, "Element without a feature value",
            Choices.names(SiteFeatures.MissingValuePolicy.class)));
    }
}
