package org.knime.core.node.defaultnodesettings;

/** Stand-in: a numeric setting, as DialogComponentNumber takes it. */
public abstract class SettingsModelNumber extends SettingsModel {
}
