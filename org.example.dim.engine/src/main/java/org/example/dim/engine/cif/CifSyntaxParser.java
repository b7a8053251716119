package org.example.dim.engine.cif;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CIF text into blocks: CIF 1.1 syntax in full and CIF 2.0 as met in practice.
 *
 * <p>Written by hand rather than taken from a library: the Java CIF libraries on Maven Central
 * target mmCIF/BinaryCIF and do not implement CIF 1.1's quote rule (a quote ends a string only
 * when whitespace follows it), per-block error recovery, or the line-exact messages users need;
 * and this is the hot path of reading tens of thousands of files per second.
 *
 * <p>Each {@code data_} block is parsed independently: a syntax error ends that block with a
 * {@link CifParseException} and parsing resumes at the next line starting with {@code data_}.
 * Global blocks and save frames are skipped.
 */
public final class CifSyntaxParser {

    /** One block's outcome: the block, or the error that stopped it. */
    public record ParsedBlock(String name, int line, CifBlock block, CifParseException error) {
        public boolean ok() {
            return error == null;
        }
    }

    private enum Token { EOF, DATA, LOOP, GLOBAL, SAVE_START, SAVE_END, STOP, TAG, VALUE }

    private static final String CIF2_MAGIC = "#\\#CIF_2.0";

    private final String text;
    private final String source;
    private final int n;
    private final boolean cif2;

    private int pos;
    private int line = 1;

    // The current token.
    private Token token;
    private int tokenLine;
    private String tokenText;
    private CifValue.Kind tokenKind;

    private String blockName = "";

    private CifSyntaxParser(String text, String source) {
        this.text = text;
        this.source = source;
        this.n = text.length();
        this.cif2 = text.startsWith(CIF2_MAGIC) || text.startsWith("\uFEFF" + CIF2_MAGIC);
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            pos = 1;
        }
    }

    /** Parses every block of {@code text}; {@code source} names the file in messages. */
    public static List<ParsedBlock> parse(String text, String source) {
        return new CifSyntaxParser(text, source).parseAll();
    }

    private List<ParsedBlock> parseAll() {
        List<ParsedBlock> out = new ArrayList<>();
        CifBlock block = null;
        int blockLine = 0;
        int blockStartPos = -1;
        while (true) {
            try {
                if (block == null) {
                    next();
                    if (token == Token.EOF) {
                        return out;
                    }
                    if (token == Token.GLOBAL) {
                        skipGlobalBlock();
                        continue;
                    }
                    if (token != Token.DATA) {
                        blockName = "";
                        throw error(tokenLine, null, "content before the first data_ block: " + describeToken());
                    }
                }
                blockName = tokenText;
                blockLine = tokenLine;
                blockStartPos = tokenStartPos;
                block = new CifBlock(tokenText, tokenLine);
                parseBlockBody(block);
                out.add(new ParsedBlock(block.name(), block.line(), block, null));
                // parseBlockBody stops on the token that ends the block.
                if (token == Token.EOF) {
                    return out;
                }
                if (token == Token.GLOBAL) {
                    skipGlobalBlock();
                    block = null;
                }
            } catch (CifParseException e) {
                out.add(new ParsedBlock(blockName, blockName.isEmpty() ? e.line() : blockLine, null, e));
                block = null;
                if (token == Token.DATA && tokenStartPos > blockStartPos) {
                    // The error was found on looking ahead at the next block's header: resume there.
                    pos = tokenStartPos;
                    line = tokenLine;
                } else if (!skipToNextDataLine()) {
                    return out;
                }
            }
        }
    }

    /** Reads items, loops and save frames until the next data_ or global_ or the end. */
    private void parseBlockBody(CifBlock block) throws CifParseException {
        next();
        while (true) {
            switch (token) {
                case EOF, DATA, GLOBAL -> {
                    return;
                }
                case TAG -> {
                    String tag = CifBlock.normalizeTag(tokenText);
                    int tagLine = tokenLine;
                    next();
                    if (token != Token.VALUE) {
                        throw error(tagLine, tag, "tag has no value (found " + describeToken() + ")");
                    }
                    block.addItem(tag, new CifValue(tokenText, tokenKind, tokenLine), source);
                    next();
                }
                case LOOP -> parseLoop(block);
                case SAVE_START -> skipSaveFrame();
                case SAVE_END -> throw error(tokenLine, null, "save_ without an open save frame");
                case STOP -> throw error(tokenLine, null, "stop_ is not allowed in CIF");
                case VALUE -> throw error(tokenLine, null, "value '" + shorten(tokenText) + "' has no tag");
                default -> throw new IllegalStateException(token.toString());
            }
        }
    }

    private void parseLoop(CifBlock block) throws CifParseException {
        int loopLine = tokenLine;
        List<String> tags = new ArrayList<>();
        next();
        while (token == Token.TAG) {
            tags.add(CifBlock.normalizeTag(tokenText));
            next();
        }
        if (tags.isEmpty()) {
            throw error(loopLine, null, "loop_ without tags");
        }
        List<CifValue> values = new ArrayList<>();
        while (token == Token.VALUE) {
            values.add(new CifValue(tokenText, tokenKind, tokenLine));
            next();
        }
        if (values.size() % tags.size() != 0) {
            throw error(loopLine, tags.get(0), "loop of " + tags.size() + " tags has " + values.size()
                    + " values, not a whole number of rows");
        }
        if (values.isEmpty()) {
            block.addWarning("loop_ of " + tags.get(0) + " on line " + loopLine + " has no values");
            return;
        }
        block.addLoop(new CifLoop(tags.toArray(new String[0]), values.toArray(new CifValue[0]), loopLine), source);
    }

    private void skipSaveFrame() throws CifParseException {
        int start = tokenLine;
        do {
            next();
            if (token == Token.EOF || token == Token.DATA || token == Token.GLOBAL || token == Token.SAVE_START) {
                throw error(start, null, "save frame opened on line " + start + " is not closed by save_");
            }
        } while (token != Token.SAVE_END);
        next();
    }

    private void skipGlobalBlock() throws CifParseException {
        do {
            next();
        } while (token != Token.EOF && token != Token.DATA);
        if (token == Token.DATA) {
            // Hand the data_ token back by rewinding to it.
            pos = tokenStartPos;
            line = tokenLine;
        }
    }

    /** After an error: moves to the start of the next line beginning with data_ (any case). */
    private boolean skipToNextDataLine() {
        int p = pos;
        while (true) {
            int nl = text.indexOf('\n', p);
            if (nl < 0) {
                pos = n;
                return false;
            }
            p = nl + 1;
            if (text.regionMatches(true, p, "data_", 0, 5)) {
                countNewlines(pos, p);
                pos = p;
                return true;
            }
        }
    }

    // ---------------------------------------------------------------- tokenizer

    private int tokenStartPos;

    private void next() throws CifParseException {
        skipWhitespaceAndComments();
        tokenStartPos = pos;
        tokenLine = line;
        if (pos >= n) {
            token = Token.EOF;
            return;
        }
        char c = text.charAt(pos);
        if (c == ';' && atLineStart(pos)) {
            readTextField();
        } else if (c == '\'' || c == '"') {
            readQuoted(c);
        } else if (c == '_') {
            int start = pos;
            advanceToDelimiter();
            token = Token.TAG;
            tokenText = text.substring(start, pos);
        } else if (cif2 && (c == '[' || c == '{')) {
            readBracketed();
        } else {
            readBareWord();
        }
    }

    private void skipWhitespaceAndComments() {
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B) {
                pos++;
            } else if (c == '#') {
                while (pos < n && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private boolean atLineStart(int p) {
        return p == 0 || text.charAt(p - 1) == '\n' || text.charAt(p - 1) == '\r';
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private boolean isDelimiter(char c) {
        return isWhitespace(c) || (cif2 && (c == '[' || c == ']' || c == '{' || c == '}'));
    }

    private void advanceToDelimiter() {
        while (pos < n && !isDelimiter(text.charAt(pos))) {
            pos++;
        }
    }

    private void readBareWord() throws CifParseException {
        int start = pos;
        advanceToDelimiter();
        if (pos == start) {
            // A lone closing bracket in CIF 2.0.
            throw error(line, null, "unexpected '" + text.charAt(pos) + "'");
        }
        int len = pos - start;
        char c0 = text.charAt(start);
        if (len == 1 && c0 == '?') {
            value("?", CifValue.Kind.UNKNOWN);
        } else if (len == 1 && c0 == '.') {
            value(".", CifValue.Kind.INAPPLICABLE);
        } else if (c0 == 'd' || c0 == 'D') {
            if (len >= 5 && text.regionMatches(true, start, "data_", 0, 5)) {
                if (len == 5) {
                    throw error(line, null, "data_ without a block name");
                }
                token = Token.DATA;
                tokenText = text.substring(start + 5, pos);
            } else {
                value(text.substring(start, pos), CifValue.Kind.UNQUOTED);
            }
        } else if ((c0 == 'l' || c0 == 'L') && len == 5 && text.regionMatches(true, start, "loop_", 0, 5)) {
            token = Token.LOOP;
        } else if ((c0 == 's' || c0 == 'S') && len >= 5 && text.regionMatches(true, start, "save_", 0, 5)) {
            token = len == 5 ? Token.SAVE_END : Token.SAVE_START;
        } else if ((c0 == 's' || c0 == 'S') && len == 5 && text.regionMatches(true, start, "stop_", 0, 5)) {
            token = Token.STOP;
        } else if ((c0 == 'g' || c0 == 'G') && len == 7 && text.regionMatches(true, start, "global_", 0, 7)) {
            token = Token.GLOBAL;
        } else {
            value(text.substring(start, pos), CifValue.Kind.UNQUOTED);
        }
    }

    private void value(String t, CifValue.Kind kind) {
        token = Token.VALUE;
        tokenText = t;
        tokenKind = kind;
    }

    private void readQuoted(char q) throws CifParseException {
        if (cif2 && pos + 2 < n && text.charAt(pos + 1) == q && text.charAt(pos + 2) == q) {
            readTripleQuoted(q);
            return;
        }
        int start = pos + 1;
        int p = start;
        while (true) {
            if (p >= n || text.charAt(p) == '\n' || text.charAt(p) == '\r') {
                throw error(line, null, "quoted string " + q + shorten(text.substring(start, Math.min(p, n)))
                        + " is not closed on its line");
            }
            // CIF 1.1: a quote closes the string only when whitespace (or the end) follows it.
            if (text.charAt(p) == q && (p + 1 >= n || isDelimiter(text.charAt(p + 1))
                    || (cif2 && text.charAt(p + 1) == ':'))) {
                break;
            }
            p++;
        }
        value(text.substring(start, p), CifValue.Kind.QUOTED);
        pos = p + 1;
    }

    private void readTripleQuoted(char q) throws CifParseException {
        String delim = String.valueOf(new char[] {q, q, q});
        int start = pos + 3;
        int end = text.indexOf(delim, start);
        if (end < 0) {
            throw error(line, null, "triple-quoted string is not closed");
        }
        countNewlines(start, end);
        value(text.substring(start, end), CifValue.Kind.QUOTED);
        pos = end + 3;
    }

    private void readTextField() throws CifParseException {
        int startLine = line;
        int start = pos + 1;
        int p = start;
        while (true) {
            int nl = text.indexOf('\n', p);
            if (nl < 0) {
                throw error(startLine, null, "text field opened with ';' on line " + startLine + " is not closed");
            }
            if (nl + 1 < n && text.charAt(nl + 1) == ';') {
                int end = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
                countNewlines(start, nl + 1);
                value(text.substring(start, Math.max(start, end)), CifValue.Kind.TEXT_FIELD);
                pos = nl + 2;
                return;
            }
            p = nl + 1;
        }
    }

    /** A CIF 2.0 list or table, kept as text: brackets are matched, quoted parts respected. */
    private void readBracketed() throws CifParseException {
        int start = pos;
        int startLine = line;
        int depth = 0;
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == '[' || c == '{') {
                depth++;
                pos++;
            } else if (c == ']' || c == '}') {
                depth--;
                pos++;
                if (depth == 0) {
                    value(text.substring(start, pos), CifValue.Kind.LIST);
                    return;
                }
            } else if (c == '\'' || c == '"') {
                readQuoted(c);
            } else if (c == '\n') {
                line++;
                pos++;
            } else {
                pos++;
            }
        }
        throw error(startLine, null, "list or table opened on line " + startLine + " is not closed");
    }

    private void countNewlines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
    }

    private String describeToken() {
        return switch (token) {
            case EOF -> "end of file";
            case DATA -> "data_" + tokenText;
            case LOOP -> "loop_";
            case GLOBAL -> "global_";
            case SAVE_START, SAVE_END -> "save_";
            case STOP -> "stop_";
            case TAG -> "tag " + tokenText;
            case VALUE -> "value '" + shorten(tokenText) + "'";
        };
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private CifParseException error(int atLine, String tag, String reason) {
        return new CifParseException(source, blockName, atLine, tag, reason);
    }
}
