package org.example.dim.update;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OsgiHeaderTest {

    @Test
    void quotedRangesAndDirectivesAreKeptApart() {
        List<OsgiHeader.Clause> c = OsgiHeader.parse(
            "org.knime.core;bundle-version=\"[5.5.0,6.0.0)\", a.b;resolution:=optional,x;y;version=1.2").clauses();
        assertEquals(4, c.size());
        assertEquals("org.knime.core", c.get(0).name());
        assertEquals("[5.5.0,6.0.0)", c.get(0).attribute("bundle-version", ""));
        assertEquals("optional", c.get(1).directive("resolution", ""));
        assertEquals("1.2", c.get(3).attribute("version", ""));
        assertEquals("y", c.get(3).name());
    }

    @Test
    void featureImportsBecomeP2Ranges() {
        assertEquals("5.5.0", Versions.range("5.5.0", "greaterOrEqual"));
        assertEquals("[5.5.0,6.0.0)", Versions.range("5.5.0", ""));
        assertEquals("[5.5.0,5.6.0)", Versions.range("5.5.0", "equivalent"));
        assertEquals("1.0.0.v1", Versions.expand("1.0.0.qualifier", "v1"));
        assertEquals("1.0.0", Versions.expand("1.0.0", "v1"));
    }
}
