package org.example.dim.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The downstream models against scikit-learn 1.2 (Debian python3-sklearn) and known functions. */
class RegressorTest {

    private static final double[][] X = {{1.764, 0.4, 0.979}, {2.241, 1.868, -0.977}, {0.95, -0.151, -0.103},
        {0.411, 0.144, 1.454}, {0.761, 0.122, 0.444}, {0.334, 1.494, -0.205}, {0.313, -0.854, -2.553},
        {0.654, 0.864, -0.742}, {2.27, -1.454, 0.046}, {-0.187, 1.533, 1.469}, {0.155, 0.378, -0.888},
        {-1.981, -0.348, 0.156}};
    private static final double[] Y = {2.759, -0.443, 1.937, 1.325, 1.315, -2.432, 1.03, -0.623, 6.585, -2.356, -0.793,
        -1.82};
    private static final double[][] QUERY = {{0.1, 0.2, 0.3}, {-1, 0.5, 2}};

    @Test
    void leastSquaresMatchesScikitLearnsLinearRegression() {
        double[] p = Regressor.named("linear").fit(X, Y, 0).predict(QUERY);
        assertArrayEquals(new double[] {0.17758230061291141, -1.203528241694851}, p, 1e-9);
    }

    @Test
    void ridgeMatchesScikitLearnsRidgeOnStandardisedInputs() {
        double[] p = Regressor.named("ridge").fit(X, Y, 0).predict(QUERY);
        assertArrayEquals(new double[] {0.195465416952521, -1.1201064480497713}, p, 1e-9);
    }

    @Test
    void fewerRowsThanFeaturesGiveTheMinimumNormSolutionAsLstsq() {
        double[] p = Regressor.named("linear").fit(Arrays.copyOf(X, 3), Arrays.copyOf(Y, 3), 0).predict(QUERY);
        assertArrayEquals(new double[] {2.3754939938480044, 4.41706793288745}, p, 1e-9);
    }

    @Test
    void theNetworkLearnsANonlinearFunctionThatALineCannot() {
        Random r = new Random(1);
        double[][] x = new double[600][2];
        double[] y = new double[600];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = 4 * r.nextDouble() - 2;
            x[i][1] = 4 * r.nextDouble() - 2;
            y[i] = Math.sin(2 * x[i][0]) + x[i][1] * x[i][1];
        }
        double[][] train = Arrays.copyOf(x, 500);
        double[] trainY = Arrays.copyOf(y, 500);
        double[][] test = Arrays.copyOfRange(x, 500, 600);
        double[] testY = Arrays.copyOfRange(y, 500, 600);
        double mlp = Metrics.mae(Regressor.named("mlp").fit(train, trainY, 3).predict(test), testY);
        double line = Metrics.mae(Regressor.named("linear").fit(train, trainY, 3).predict(test), testY);
        System.out.printf("sin(2a) + b²: MLP test MAE %.3f, linear %.3f%n", mlp, line);
        assertTrue(mlp < 0.3 * line, "MLP " + mlp + " vs linear " + line);
        assertArrayEquals(Regressor.named("mlp").fit(train, trainY, 3).predict(test),
                Regressor.named("mlp").fit(train, trainY, 3).predict(test), "seeded");
    }

    @Test
    void anUnknownModelIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Regressor.named("forest"));
        assertEquals("unknown model 'forest': linear, ridge or mlp", e.getMessage());
    }
}
