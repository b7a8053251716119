package org.example.dim.engine.symmetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * All 230 space groups in 752 settings, with lookup by Hall symbol, Hermann–Mauguin symbol, number,
 * or by the set of operations a file lists.
 *
 * <p>The table is pymatgen 2022.11.7's {@code symm_ops.json} (MIT), bundled unchanged (gzipped). No
 * maintained Java library offers these tables (cctbx and spglib are C++/Python), hence this class.
 *
 * <p>Where a symbol leaves a choice open, the convention of current databases (ICSD, COD,
 * International Tables 2016) is taken: origin choice 2 (centre of symmetry at the origin) and
 * hexagonal axes for rhombohedral groups. {@link #byHermannMauguin(String, boolean)} lets the caller
 * pick rhombohedral axes when the cell is rhombohedral.
 */
public final class SpaceGroupTable {

    private static final String RESOURCE = "symm_ops.json.gz";

    private SpaceGroupTable() {
    }

    private static final class Holder {
        static final List<SpaceGroupSetting> ALL = load();
        static final Map<String, SpaceGroupSetting> BY_SYMBOL = new HashMap<>();
        static final Map<String, SpaceGroupSetting> BY_HALL = new HashMap<>();
        static final Map<Integer, SpaceGroupSetting> BY_NUMBER = new HashMap<>();
        static final Map<Set<String>, SpaceGroupSetting> BY_OPERATIONS = new HashMap<>();

        static {
            List<SpaceGroupSetting> preferred = new ArrayList<>(ALL);
            preferred.sort(Comparator.comparingInt(SpaceGroupTable::preferenceRank));
            for (SpaceGroupSetting s : preferred) {
                BY_OPERATIONS.putIfAbsent(keys(s.operations()), s);
                BY_HALL.putIfAbsent(normalizeHall(s.hall()), s);
                if (isTransformed(s)) {
                    continue;
                }
                BY_NUMBER.putIfAbsent(s.number(), s);
                for (String alias : symbolAliases(s)) {
                    BY_SYMBOL.putIfAbsent(alias, s);
                }
            }
            // Symbols from before the "e" glide (ITA 2002) name one of its two glides: Cmca, Ccmb, Abma.
            for (SpaceGroupSetting s : preferred) {
                String full = normalizeSymbol(s.hermannMauguin());
                if (!isTransformed(s) && full.indexOf('e', 1) > 0) {
                    for (char glide : new char[] {'a', 'b', 'c'}) {
                        BY_SYMBOL.putIfAbsent(full.charAt(0) + full.substring(1).replace('e', glide), s);
                    }
                }
            }
        }
    }

    /** All settings in the table's order. */
    public static List<SpaceGroupSetting> all() {
        return Holder.ALL;
    }

    /** The standard setting of a space-group number. */
    public static Optional<SpaceGroupSetting> byNumber(int number) {
        return byNumber(number, false);
    }

    /** As {@link #byNumber(int)}, with rhombohedral rather than hexagonal axes for a rhombohedral group if asked. */
    public static Optional<SpaceGroupSetting> byNumber(int number, boolean rhombohedralAxes) {
        SpaceGroupSetting s = Holder.BY_NUMBER.get(number);
        return s == null ? Optional.empty() : byHermannMauguin(s.universalSymbol().split(":")[0], rhombohedralAxes);
    }

    public static Optional<SpaceGroupSetting> byHall(String hall) {
        return Optional.ofNullable(Holder.BY_HALL.get(normalizeHall(hall)));
    }

    /** Looks up a Hermann–Mauguin symbol in any usual spelling (full or short, with or without blanks and underscores). */
    public static Optional<SpaceGroupSetting> byHermannMauguin(String symbol) {
        return byHermannMauguin(symbol, false);
    }

    /**
     * As {@link #byHermannMauguin(String)}; when the symbol names a rhombohedral group without saying
     * which axes, {@code rhombohedralAxes} chooses the rhombohedral rather than the hexagonal setting.
     */
    public static Optional<SpaceGroupSetting> byHermannMauguin(String symbol, boolean rhombohedralAxes) {
        String key = normalizeSymbol(symbol);
        SpaceGroupSetting s = Holder.BY_SYMBOL.get(key);
        if (s != null && rhombohedralAxes && s.universalSymbol().endsWith(":H")) {
            SpaceGroupSetting r = Holder.BY_SYMBOL.get(normalizeSymbol(s.universalSymbol().replace(":H", ":R")));
            if (r != null && !key.endsWith("h")) {
                return Optional.of(r);
            }
        }
        return Optional.ofNullable(s);
    }

    /** The setting whose operations are exactly these (up to lattice translations), if any. */
    public static Optional<SpaceGroupSetting> identify(List<SymmetryOperation> operations) {
        return Optional.ofNullable(Holder.BY_OPERATIONS.get(keys(operations)));
    }

    private static Set<String> keys(List<SymmetryOperation> operations) {
        Set<String> keys = new HashSet<>();
        for (SymmetryOperation op : operations) {
            keys.add(op.key());
        }
        return keys;
    }

    /** 0 for the settings an unqualified symbol means, 1 for the alternatives. */
    private static int preferenceRank(SpaceGroupSetting s) {
        String u = s.universalSymbol();
        return u.endsWith(":1") || u.endsWith(":R") || isTransformed(s) ? 1 : 0;
    }

    /** Settings written with a basis change in parentheses, e.g. {@code P 1 21/c 1 (2*a+c,b,c)}. */
    private static boolean isTransformed(SpaceGroupSetting s) {
        return s.universalSymbol().contains("(");
    }

    private static List<String> symbolAliases(SpaceGroupSetting s) {
        List<String> aliases = new ArrayList<>();
        String universal = normalizeSymbol(s.universalSymbol());
        aliases.add(universal);
        int colon = universal.indexOf(':');
        if (colon >= 0) {
            String suffix = universal.substring(colon + 1);
            String base = universal.substring(0, colon);
            aliases.add(base + suffix);
            // ICSD writes origin choice 2 as "Z" and origin choice 1 as "S".
            if (suffix.equals("2")) {
                aliases.add(base + "z");
            } else if (suffix.equals("1")) {
                aliases.add(base + "s");
            }
        }
        String full = normalizeSymbol(s.hermannMauguin());
        aliases.add(full);
        String[] parts = s.hermannMauguin().trim().split("\\s+");
        if (parts.length == 4) {
            // Monoclinic short symbol: drop the two "1" axes (P 1 21/c 1 -> P21/c).
            List<String> notOne = new ArrayList<>();
            for (int i = 1; i < 4; i++) {
                if (!parts[i].equals("1")) {
                    notOne.add(parts[i]);
                }
            }
            if (notOne.size() == 1) {
                aliases.add(normalizeSymbol(parts[0] + notOne.get(0)));
            }
        }
        if (s.number() >= 195) {
            // Older cubic notation without the bar: Fm3m, Pm3n.
            aliases.add(full.replace("-3", "3"));
        }
        return aliases;
    }

    static String normalizeSymbol(String symbol) {
        return symbol.toLowerCase(Locale.ROOT).replaceAll("[\\s_'\"]", "");
    }

    private static String normalizeHall(String hall) {
        // Blanks before the quote of -R 3 2" vary between writers; they carry no meaning there.
        return hall.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(" \"", "\"").replace("'", "");
    }

    private static List<SpaceGroupSetting> load() {
        try (InputStream raw = SpaceGroupTable.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("bundled resource " + RESOURCE + " is missing");
            }
            JsonNode root = new ObjectMapper().readTree(new GZIPInputStream(raw));
            List<SpaceGroupSetting> all = new ArrayList<>(root.size());
            for (JsonNode e : root) {
                List<SymmetryOperation> ops = new ArrayList<>();
                for (JsonNode op : e.get("symops")) {
                    ops.add(SymmetryOperation.parse(op.asText()));
                }
                all.add(new SpaceGroupSetting(e.get("number").asInt(), e.get("hermann_mauguin").asText(),
                        e.get("universal_h_m").asText(), e.get("hall").asText().trim(), ops));
            }
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
