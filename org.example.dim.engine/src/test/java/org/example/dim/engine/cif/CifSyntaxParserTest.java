package org.example.dim.engine.cif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CifSyntaxParserTest {

    private static CifBlock only(String text) {
        List<CifSyntaxParser.ParsedBlock> blocks = CifSyntaxParser.parse(text, "t.cif");
        assertEquals(1, blocks.size());
        assertTrue(blocks.get(0).ok(), () -> blocks.get(0).error().getMessage());
        return blocks.get(0).block();
    }

    @Test
    void readsItemsLoopsAndTheThreeKindsOfQuoting() {
        CifBlock b = only("""
                data_test
                _cell_length_a 5.4307(2)   # a comment
                _title 'it''s here'
                _other "say "hi"!"
                _note
                ;first line
                second; line
                ;
                loop_
                _atom_site_label _atom_site_fract_x
                Si1 0.0 Si2 '0.25'
                """);
        assertEquals("test", b.name());
        assertEquals("5.4307(2)", b.value("_cell_length_a").text());
        // CIF 1.1: a quote ends a string only when whitespace follows it.
        assertEquals("it''s here", b.value("_title").text());
        assertEquals("say \"hi\"!", b.value("_other").text());
        assertEquals("first line\nsecond; line", b.value("_note").text());
        assertEquals(CifValue.Kind.TEXT_FIELD, b.value("_note").kind());
        CifLoop loop = b.loopOf("_atom_site_label");
        assertEquals(2, loop.rows());
        assertEquals("0.25", loop.value(1, 1).text());
        assertEquals(CifValue.Kind.QUOTED, loop.value(1, 1).kind());
        assertEquals(11, loop.value(0, 0).line());
    }

    @Test
    void tagsAreCaseInsensitiveAndDottedNamesEqualUnderscoredOnes() {
        CifBlock b = only("data_x\n_Cell.Length_A 3\n_symmetry_space_group_name_H-M 'P 1'\n");
        assertEquals("3", b.value("_cell_length_a").text());
        assertEquals("P 1", b.value("_symmetry_space_group_name_h-m").text());
    }

    @Test
    void unknownAndInapplicableAreDistinctFromQuotedText() {
        CifBlock b = only("data_x\n_a ?\n_b .\n_c '?'\n");
        assertTrue(b.value("_a").isMissing());
        assertEquals(CifValue.Kind.INAPPLICABLE, b.value("_b").kind());
        assertFalse(b.value("_c").isMissing());
    }

    @Test
    void globalBlocksAndSaveFramesAreSkipped() {
        List<CifSyntaxParser.ParsedBlock> blocks = CifSyntaxParser.parse("""
                global_
                _g 1
                data_a
                _x 1
                save_frame
                _inside 2
                save_
                _y 3
                data_b
                _z 4
                """, "t.cif");
        assertEquals(2, blocks.size());
        CifBlock a = blocks.get(0).block();
        assertEquals("3", a.value("_y").text());
        assertFalse(a.has("_inside"));
        assertEquals("b", blocks.get(1).name());
    }

    @Test
    void aBadBlockFailsAloneWithFileBlockLineAndTag() {
        List<CifSyntaxParser.ParsedBlock> blocks = CifSyntaxParser.parse("""
                data_good1
                _a 1
                data_bad
                _b 1
                loop_
                _c _d
                1 2 3
                data_good2
                _e 'unterminated
                """ + "data_good3\n_f 2\n", "f.cif");
        assertEquals(4, blocks.size());
        assertTrue(blocks.get(0).ok());
        CifParseException e = blocks.get(1).error();
        assertEquals("bad", e.block());
        assertEquals(5, e.line());
        assertEquals("_c", e.tag());
        assertTrue(e.getMessage().startsWith("f.cif, block bad, line 5, tag _c:"), e.getMessage());
        assertFalse(blocks.get(2).ok());
        assertEquals(9, blocks.get(2).error().line());
        assertTrue(blocks.get(3).ok());
        assertEquals("2", blocks.get(3).block().value("_f").text());
    }

    @Test
    void unterminatedTextFieldIsAnErrorNamingItsLine() {
        List<CifSyntaxParser.ParsedBlock> blocks = CifSyntaxParser.parse("data_a\n_t\n;never closed\n", "f.cif");
        assertEquals(3, blocks.get(0).error().line());
    }

    @Test
    void repeatedTagWithAnotherValueIsAnErrorAndWithTheSameValueAWarning() {
        List<CifSyntaxParser.ParsedBlock> blocks = CifSyntaxParser.parse("data_a\n_t 1\n_t 2\ndata_b\n_t 1\n_t 1\n", "f.cif");
        assertFalse(blocks.get(0).ok());
        assertEquals("_t", blocks.get(0).error().tag());
        assertTrue(blocks.get(1).ok());
        assertEquals(1, blocks.get(1).block().warnings().size());
    }

    @Test
    void cif2ListsTripleQuotesAndDottedTags() {
        CifBlock b = only("""
                #\\#CIF_2.0
                data_c2
                _atom_site.fract_x 0.5
                _list [1 2 [3 'a b']]
                _table {'k':1 'j':[2]}
                _long '''one
                two'''
                _after 7
                """);
        assertEquals("0.5", b.value("_atom_site_fract_x").text());
        assertEquals("[1 2 [3 'a b']]", b.value("_list").text());
        assertEquals(CifValue.Kind.LIST, b.value("_table").kind());
        assertEquals("one\ntwo", b.value("_long").text());
        assertEquals(8, b.value("_after").line());
    }

    @Test
    void contentBeforeTheFirstBlockIsReported() {
        List<CifSyntaxParser.ParsedBlock> blocks = CifSyntaxParser.parse("_orphan 1\ndata_a\n_x 1\n", "f.cif");
        assertEquals(2, blocks.size());
        assertFalse(blocks.get(0).ok());
        assertTrue(blocks.get(1).ok());
    }

    @Test
    void numbersDropTheirStandardUncertainty() {
        assertEquals(5.4307, CifNumbers.parse("5.4307(2)"), 0);
        assertEquals(-0.5, CifNumbers.parse("-.5"), 0);
        assertEquals(1.2e-3, CifNumbers.parse("1.2E-3(4)"), 0);
        assertEquals(12.0, CifNumbers.parse("12"), 0);
        for (String bad : new String[] {"abc", "NaN", "1.0(", "(3)", "0x10", "1e999", "Infinity", "1.0d"}) {
            try {
                CifNumbers.parse(bad);
                throw new AssertionError("accepted " + bad);
            } catch (NumberFormatException expected) {
                assertTrue(expected.getMessage().contains(bad));
            }
        }
    }
}
