package org.knime.core.node.port;

import javax.swing.JComponent;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/** Stand-in: a spec saved as model content (key/value settings). */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    public AbstractSimplePortObjectSpec() {
    }

    protected abstract void save(final ModelContentWO model);

    protected abstract void load(final ModelContentRO model) throws InvalidSettingsException;

    /** Stand-in: the serializer subclasses only name. */
    public static abstract class AbstractSimplePortObjectSpecSerializer<T extends AbstractSimplePortObjectSpec>
        extends PortObjectSpecSerializer<T> {
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }
}
