package org.example.dim.engine.cif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.example.dim.engine.symmetry.SpaceGroupSetting;
import org.example.dim.engine.symmetry.SpaceGroupTable;
import org.example.dim.engine.symmetry.SymmetryOperation;

/**
 * The symmetry operations of a block and the space group they belong to. Taken, in order of
 * preference, from the operation loop (under any of its tag names), the Hall symbol, the
 * Hermann–Mauguin symbol, or the space-group number. A block without any of these is read as P1
 * with a warning, never silently.
 */
record SymmetrySource(List<SymmetryOperation> operations, SpaceGroupSetting setting, String declaredSymbol,
        int declaredNumber) {

    static final String[] OPERATION_TAGS = {
        "_space_group_symop_operation_xyz", "_symmetry_equiv_pos_as_xyz", "_space_group_symop_xyz"};
    static final String[] HALL_TAGS = {"_space_group_name_hall", "_symmetry_space_group_name_hall"};
    static final String[] HM_TAGS = {
        "_space_group_name_h-m_alt", "_symmetry_space_group_name_h-m", "_space_group_name_h-m_full",
        "_space_group_name_h-m"};
    static final String[] NUMBER_TAGS = {
        "_space_group_it_number", "_symmetry_int_tables_number", "_space_group_number"};
    static final String[] SUPERSPACE_TAGS = {
        "_space_group_symop_ssg_operation_algebraic", "_space_group_ssg_name"};

    /**
     * @param rhombohedralCell whether the cell has rhombohedral shape (a = b = c, α = β = γ ≠ 90°), which
     *                         decides the axes of a rhombohedral group named without them
     */
    static SymmetrySource read(CifBlock block, boolean rhombohedralCell, CifStructureBuilder.Failure fail,
            List<String> warnings) throws CifParseException {
        String hmTag = block.firstPresent(HM_TAGS);
        String declaredSymbol = hmTag != null ? text(block.value(hmTag)) : "";
        int declaredNumber = declaredNumber(block, warnings);

        String opsTag = block.firstPresent(OPERATION_TAGS);
        if (opsTag != null) {
            List<SymmetryOperation> ops = parseOperations(block, opsTag, fail);
            Optional<SpaceGroupSetting> identified = SpaceGroupTable.identify(ops);
            if (identified.isPresent() && declaredNumber > 0 && identified.get().number() != declaredNumber) {
                warnings.add("declared space-group number " + declaredNumber + " differs from that of the listed operations ("
                        + identified.get().number() + "); the operations are used");
            }
            return new SymmetrySource(ops, identified.orElse(null), declaredSymbol, declaredNumber);
        }
        if (block.firstPresent(SUPERSPACE_TAGS) != null) {
            String tag = block.firstPresent(SUPERSPACE_TAGS);
            throw fail.at(lineOf(block, tag), tag,
                    "superspace-group (modulated) structure without 3D symmetry operations is not supported");
        }
        String hallTag = block.firstPresent(HALL_TAGS);
        if (hallTag != null && !text(block.value(hallTag)).isEmpty()) {
            String hall = text(block.value(hallTag));
            Optional<SpaceGroupSetting> s = SpaceGroupTable.byHall(hall);
            if (s.isPresent()) {
                warnings.add("no symmetry operations listed: built from the Hall symbol '" + hall + "'");
                return fromSetting(s.get(), declaredSymbol, declaredNumber);
            }
            warnings.add("unknown Hall symbol '" + hall + "'");
        }
        if (!declaredSymbol.isEmpty()) {
            Optional<SpaceGroupSetting> s = SpaceGroupTable.byHermannMauguin(declaredSymbol, rhombohedralCell);
            if (s.isPresent()) {
                if (s.get().number() != 1) {
                    warnings.add("no symmetry operations listed: built from the Hermann-Mauguin symbol '"
                            + declaredSymbol + "'");
                }
                return fromSetting(s.get(), declaredSymbol, declaredNumber);
            }
            warnings.add("unknown Hermann-Mauguin symbol '" + declaredSymbol + "'");
        }
        if (declaredNumber > 0) {
            Optional<SpaceGroupSetting> s = SpaceGroupTable.byNumber(declaredNumber, rhombohedralCell);
            if (s.isPresent()) {
                if (declaredNumber != 1) {
                    warnings.add("no symmetry operations listed: built from space-group number " + declaredNumber
                            + " in its standard setting (" + s.get().hermannMauguin() + ")");
                }
                return fromSetting(s.get(), declaredSymbol, declaredNumber);
            }
        }
        if (hallTag != null || !declaredSymbol.isEmpty()) {
            throw fail.at(lineOf(block, hmTag != null ? hmTag : hallTag), hmTag != null ? hmTag : hallTag,
                    "space group cannot be resolved and no symmetry operations are listed");
        }
        warnings.add("no symmetry information: read as P1");
        return fromSetting(SpaceGroupTable.byNumber(1).orElseThrow(), "", 0);
    }

    private static SymmetrySource fromSetting(SpaceGroupSetting s, String declaredSymbol, int declaredNumber) {
        return new SymmetrySource(s.operations(), s, declaredSymbol, declaredNumber);
    }

    private static List<SymmetryOperation> parseOperations(CifBlock block, String tag, CifStructureBuilder.Failure fail)
            throws CifParseException {
        List<SymmetryOperation> ops = new ArrayList<>();
        CifLoop loop = block.loopOf(tag);
        int rows = loop != null ? loop.rows() : 1;
        for (int r = 0; r < rows; r++) {
            CifValue v = loop != null ? loop.value(r, loop.column(CifBlock.normalizeTag(tag))) : block.value(tag);
            if (v.isMissing()) {
                throw fail.at(v.line(), tag, "symmetry operation is missing ('" + v.text() + "')");
            }
            try {
                ops.add(SymmetryOperation.parse(stripLeadingIndex(v.text())));
            } catch (IllegalArgumentException e) {
                throw fail.at(v.line(), tag, e.getMessage());
            }
        }
        return ops;
    }

    /** Some writers put the operation's number in front: {@code 1 x,y,z}. */
    private static String stripLeadingIndex(String op) {
        String t = op.strip();
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return i > 0 && i < t.length() && Character.isWhitespace(t.charAt(i)) ? t.substring(i).strip() : t;
    }

    private static int declaredNumber(CifBlock block, List<String> warnings) {
        String tag = block.firstPresent(NUMBER_TAGS);
        if (tag == null || block.value(tag) == null || block.value(tag).isMissing()) {
            return 0;
        }
        String t = block.value(tag).text();
        try {
            int n = Integer.parseInt(t.strip());
            if (n >= 1 && n <= 230) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the warning
        }
        warnings.add("space-group number '" + t + "' is not in 1..230 and is ignored");
        return 0;
    }

    private static String text(CifValue v) {
        return v == null || v.isMissing() ? "" : v.text().strip();
    }

    private static int lineOf(CifBlock block, String tag) {
        CifValue v = block.value(tag);
        if (v != null) {
            return v.line();
        }
        CifLoop loop = block.loopOf(tag);
        return loop != null ? loop.line() : block.line();
    }
}
