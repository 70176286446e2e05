package org.synergraph.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.synergraph.problem.Problem;

/**
 * Decodes text files without guessing wrongly: strict UTF-8 first (a byte-order mark is dropped), then strict
 * GB18030, the usual encoding of Chinese files that are not UTF-8; anything else is refused, never replaced by '?'.
 */
public final class TextDecoding {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    public static String decode(byte[] bytes) {
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8.startsWith("\uFEFF") ? utf8.substring(1) : utf8;
        }
        String gb = strict(bytes, GB18030);
        if (gb != null) {
            return gb;
        }
        throw Problem.badRequest("bad_encoding", "The uploaded file is neither UTF-8 nor GB18030 text;"
                + " save it as UTF-8.");
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
