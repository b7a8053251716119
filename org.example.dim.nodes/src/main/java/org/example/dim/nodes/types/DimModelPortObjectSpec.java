package org.example.dim.nodes.types;

import java.util.Map;
import org.example.dim.engine.dim.DimConfig;
import org.example.dim.engine.dim.DimModelFile;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/**
 * What is known of a DIM model before it is trained: the widths of its representations (so that the Embedder can
 * name its columns at configure time) and a one-line description of the architecture and training settings.
 */
public final class DimModelPortObjectSpec extends AbstractSimplePortObjectSpec {

    private static final String GLOBAL_DIM = "global_dim";
    private static final String LOCAL_DIM = "local_dim";
    private static final String DESCRIPTION = "description";
    private static final String PREDICTS = "predicts";

    private int globalDim;

    private int localDim;

    private String description = "";

    private String predicts = "";

    /** For the framework, which loads the fields afterwards. */
    public DimModelPortObjectSpec() {
    }

    public DimModelPortObjectSpec(final int globalDim, final int localDim, final String description) {
        this(globalDim, localDim, description, "");
    }

    /** @param predicts the label a fine-tuned model predicts; empty for a self-supervised model */
    public DimModelPortObjectSpec(final int globalDim, final int localDim, final String description,
        final String predicts) {
        this.globalDim = globalDim;
        this.localDim = localDim;
        this.description = description;
        this.predicts = predicts;
    }

    /** The spec of a model of this architecture; {@code training} says briefly how it was (or will be) trained. */
    public static DimModelPortObjectSpec of(final DimConfig config, final String training) {
        return new DimModelPortObjectSpec(config.globalDim(), config.localDim(), "G = " + config.globalDim()
            + ", false samples " + config.falseSamples() + ", " + training);
    }

    /** The spec of a model read from a file: its architecture, and what the file records of its training. */
    public static DimModelPortObjectSpec of(final DimModelFile.Contents contents) {
        Map<String, Object> t = contents.training() == null ? Map.of() : contents.training();
        DimModelPortObjectSpec s = of(contents.config(), t.getOrDefault("epochs_run", "?") + " epochs, seed "
            + t.getOrDefault("seed", "?") + " (read from a file)");
        return new DimModelPortObjectSpec(s.globalDim, s.localDim, s.description,
            contents.fineTunedLabel().orElse(""));
    }

    public int getGlobalDim() {
        return globalDim;
    }

    public int getLocalDim() {
        return localDim;
    }

    public String getDescription() {
        return description;
    }

    /** The label a fine-tuned model predicts; empty when it was trained without labels. */
    public String getPredictedLabel() {
        return predicts;
    }

    @Override
    protected void save(final ModelContentWO model) {
        model.addInt(GLOBAL_DIM, globalDim);
        model.addInt(LOCAL_DIM, localDim);
        model.addString(DESCRIPTION, description);
        model.addString(PREDICTS, predicts);
    }

    @Override
    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        globalDim = model.getInt(GLOBAL_DIM);
        localDim = model.getInt(LOCAL_DIM);
        description = model.getString(DESCRIPTION);
        predicts = model.containsKey(PREDICTS) ? model.getString(PREDICTS) : "";
        if (globalDim < 1 || localDim < 1) {
            throw new InvalidSettingsException("DIM model spec is damaged: widths " + globalDim + " and " + localDim);
        }
    }

    /** Registered in plugin.xml. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<DimModelPortObjectSpec> {
    }
}
