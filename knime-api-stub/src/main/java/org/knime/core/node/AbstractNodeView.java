package org.knime.core.node;

/** Stand-in: a view of a model, told when the model changed. */
public abstract class AbstractNodeView<T extends AbstractNodeView.ViewableModel> {

    private final T viewableModel;

    protected AbstractNodeView(final T viewableModel) {
        this.viewableModel = viewableModel;
    }

    protected final T getViewableModel() {
        return viewableModel;
    }

    protected abstract void modelChanged();

    /** Stand-in: what a view can show. */
    public static interface ViewableModel {
    }
}
