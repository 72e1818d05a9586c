package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of a saved page or text file to text, as a browser would read them: a byte order mark decides (UTF-8,
 * UTF-16 or UTF-32); else an HTML page's declared charset ({@code <meta charset>} or the {@code http-equiv}
 * content type), when Java knows it; else UTF-8. Text that is not valid in the encoding chosen is read as
 * windows-1252 (what many older news sites and Latin-1 files are) with a warning naming the first byte that did not
 * fit; when that fails too, the error names the byte offset.
 *
 * <pre>{@code
 * Decoded d = TextDecoding.decode(bytes, true);   // d.text(), d.warning() (null when nothing was guessed)
 * }</pre>
 */
final class TextDecoding {
    /** The declared charset of an HTML page, in its first bytes. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})");
    /** How far into a page a charset declaration is looked for (browsers look at the first 1024 bytes). */
    private static final int SNIFF_BYTES = 4096;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Combining marks kept in a row (the stream-safe text format's limit). */
    static final int MAX_MARKS = 30;
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    /** Text, and what had to be guessed to read it (null when nothing was). */
    record Decoded(String text, String warning) {
    }

    /** No encoding fits the bytes, or they are not text at all. */
    static final class Undecodable extends Exception {
        private static final long serialVersionUID = 1L;

        Undecodable(String message) {
            super(message);
        }
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes, boolean html) throws Undecodable {
        return streamSafe(read(bytes, html));
    }

    /**
     * Keeps at most {@value #MAX_MARKS} combining marks in a row, as Unicode's stream-safe text format does (UAX #15):
     * no script needs more, and a run of thousands ("Zalgo" text) makes every word-boundary test scan the whole run,
     * which turned one 60,000-mark line into hours of regular-expression matching. What was dropped is said.
     */
    static Decoded streamSafe(Decoded d) {
        String s = d.text();
        StringBuilder out = null;
        int run = 0;
        long dropped = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            run = mark ? run + 1 : 0;
            if (run > MAX_MARKS) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                dropped++;
            } else if (out != null) {
                out.append(s, i, i + n);
            }
            i += n;
        }
        if (out == null) {
            return d;
        }
        String note = "dropped " + dropped + " combining mark" + (dropped == 1 ? "" : "s") + " beyond " + MAX_MARKS
                + " in a row";
        return new Decoded(out.toString(), d.warning() == null ? note : d.warning() + "; " + note);
    }

    private static Decoded read(byte[] bytes, boolean html) throws Undecodable {
        Charset bom = bom(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : bom == UTF_32BE || bom == UTF_32LE ? 4 : 2;
            return new Decoded(strict(bytes, skip, bom), null);
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new Undecodable("binary content (NUL byte at offset " + i + ", and no UTF-16 or UTF-32 byte "
                        + "order mark)");
            }
        }
        Charset declared = html ? declared(bytes) : null;
        Charset first = declared != null ? declared : StandardCharsets.UTF_8;
        try {
            return new Decoded(strict(bytes, 0, first), null);
        } catch (Undecodable e) {
            if (first.equals(WINDOWS_1252)) {
                throw e;
            }
            try {
                return new Decoded(strict(bytes, 0, WINDOWS_1252), e.getMessage() + "; read as windows-1252");
            } catch (Undecodable again) {
                throw new Undecodable(e.getMessage() + ", nor windows-1252 (" + again.getMessage() + ")");
            }
        }
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
            return UTF_32BE;
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
            return UTF_32LE;
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset an HTML page declares, or null when it declares none or one Java does not know. */
    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // as browsers do: a page that says Latin-1 or ASCII is read as windows-1252, its superset
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, int from, Charset cs) throws Undecodable {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        try {
            return d.decode(in).toString();
        } catch (CharacterCodingException e) {
            // the decoder stops at the first sequence that does not fit: its position is the byte offset
            throw new Undecodable("not valid " + cs.name() + " text (byte 0x"
                    + String.format("%02X", bytes[Math.min(in.position(), bytes.length - 1)] & 0xff)
                    + " at byte offset " + in.position() + ")");
        }
    }
}
