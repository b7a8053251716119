package org.example.dim.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.example.dim.nodes.util.SettingsGroup;
import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.defaultnodesettings.SettingsModel;

/** Every node's settings survive save, validate and load, and bad values are refused naming the setting. */
class SettingsRoundTripTest {

    @Test
    void everyNodeRoundTripsItsSettings() throws Exception {
        for (String factory : NodeHarness.factoryClasses()) {
            SettingsGroup group = NodeHarness.settings(NodeHarness.factory(factory).createNodeModel());
            NodeSettings saved = new NodeSettings("model");
            group.saveTo(saved);
            List<String> keys = new ArrayList<>();
            for (SettingsModel m : group.models()) {
                keys.add(configName(m));
            }
            for (String key : keys) { // a value other than the default, so that loading must take it
                Object v = value(saved, key);
                if (v instanceof Integer i) {
                    saved.addInt(key, i + 1);
                } else if (v instanceof Double d) {
                    saved.addDouble(key, d / 2);
                } else if (v instanceof Boolean b) {
                    saved.addBoolean(key, !b);
                }
            }
            group.validate(saved);
            SettingsGroup other = NodeHarness.settings(NodeHarness.factory(factory).createNodeModel());
            other.loadFrom(saved);
            NodeSettings again = new NodeSettings("model");
            other.saveTo(again);
            for (String key : keys) {
                assertEquals(value(saved, key), value(again, key), factory + " setting " + key);
            }
        }
    }

    /** The value under a key, whatever its type. */
    private static Object value(final NodeSettings s, final String key) {
        try {
            return s.getInt(key);
        } catch (InvalidSettingsException notInt) {
            try {
                return s.getDouble(key);
            } catch (InvalidSettingsException notDouble) {
                try {
                    return s.getBoolean(key);
                } catch (InvalidSettingsException notBoolean) {
                    try {
                        return s.getString(key);
                    } catch (InvalidSettingsException e) {
                        throw new AssertionError("no value under " + key, e);
                    }
                }
            }
        }
    }

    static String configName(final SettingsModel m) throws ReflectiveOperationException {
        var method = SettingsModel.class.getDeclaredMethod("getConfigName");
        method.setAccessible(true);
        return (String)method.invoke(m);
    }

    @Test
    void aMissingSettingIsRefused() throws Exception {
        SettingsGroup group = NodeHarness.settings(NodeHarness.factory(NodeHarness.factoryClasses().get(1))
            .createNodeModel());
        assertThrows(InvalidSettingsException.class, () -> group.validate(new NodeSettings("empty")));
    }

    @Test
    void anUnknownChoiceIsRefusedNamingTheSetting() throws Exception {
        SettingsGroup group = NodeHarness.settings(NodeHarness.factory(
            "org.example.dim.nodes.supercell.SupercellBuilderNodeFactory").createNodeModel());
        NodeSettings s = new NodeSettings("model");
        group.saveTo(s);
        s.addString("oversize", "SOMETIMES");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> group.validate(s));
        assertTrue(e.getMessage().contains("oversize"), e.getMessage());
        s.addString("oversize", "keep_single_cell");
        group.validate(s); // any case, as a flow variable may write it
        s.addInt("supercell_size", 0);
        assertThrows(InvalidSettingsException.class, () -> group.validate(s));
    }

    @Test
    void settingsAddedLaterMayBeAbsentFromOlderWorkflows() throws Exception {
        int checked = 0;
        for (String factory : NodeHarness.factoryClasses()) {
            SettingsGroup group = NodeHarness.settings(NodeHarness.factory(factory).createNodeModel());
            for (String later : group.addedLater().keySet()) {
                NodeSettings saved = new NodeSettings("model");
                group.saveTo(saved);
                NodeSettings older = new NodeSettings("model"); // as saved before the setting existed
                for (SettingsModel m : group.models()) {
                    String key = configName(m);
                    if (!key.equals(later)) {
                        NodeDriver.put(older, key, value(saved, key));
                    }
                }
                group.validate(older);
                SettingsGroup loaded = NodeHarness.settings(NodeHarness.factory(factory).createNodeModel());
                loaded.loadFrom(older);
                NodeSettings again = new NodeSettings("model");
                loaded.saveTo(again);
                assertEquals(value(saved, later), value(again, later), factory + ": " + later + " keeps its default");
                checked++;
            }
        }
        assertTrue(checked > 0, "no node has a setting added later");
    }

    @Test
    void badKindListsAreRefused() throws Exception {
        for (String[] c : new String[][] {{"org.example.dim.nodes.falsesampler.FalseSamplerNodeFactory", "kinds"},
            {"org.example.dim.nodes.trainer.DimTrainerNodeFactory", "false_samples"}}) {
            SettingsGroup group = NodeHarness.settings(NodeHarness.factory(c[0]).createNodeModel());
            NodeSettings s = new NodeSettings("model");
            group.saveTo(s);
            s.addString(c[1], "unicorn");
            InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> group.validate(s));
            assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains("unicorn"), e.getMessage());
        }
    }
}
