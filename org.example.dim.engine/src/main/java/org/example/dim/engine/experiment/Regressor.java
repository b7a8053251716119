package org.example.dim.engine.experiment;

/** A downstream regression model, fitted on standardised inputs (statistics of the training rows only). */
public interface Regressor {

    /** A fitted model. */
    interface Fitted {
        double[] predict(double[][] x);
    }

    /** @param seed for models with random initialisation; ignored by the others */
    Fitted fit(double[][] x, double[] y, long seed);

    String name();

    /** The models by name: {@code linear}, {@code ridge}, {@code mlp}. */
    static Regressor named(String name) {
        return switch (name) {
            case "linear" -> new LeastSquares(0);
            case "ridge" -> new LeastSquares(1.0);
            case "mlp" -> new MlpRegressor();
            default -> throw new IllegalArgumentException("unknown model '" + name + "': linear, ridge or mlp");
        };
    }
}
