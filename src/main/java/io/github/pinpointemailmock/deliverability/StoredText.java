package io.github.pinpointemailmock.deliverability;

/**
 * Cuts text the dashboard keeps to a bounded length, so that a store bounded by count is bounded in size too. A cut
 * never splits a surrogate pair or a UTF-8 sequence.
 */
final class StoredText {

    /** RFC 5322's limit on a line, the longest a header such as {@code Subject} should be. */
    static final int MAX_LINE = 998;

    /** RFC 5321's longest path: a 64-character local part, {@code @} and a 255-character domain. */
    static final int MAX_ADDRESS = 320;

    static final int MAX_DOMAIN = 255;

    private StoredText() {
    }

    /** The first {@code maxChars} characters of {@code text} (one fewer if the last would be half a pair). */
    static String cut(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }

    /** The longest start of {@code text} that is at most {@code maxBytes} bytes in UTF-8. */
    static String cutUtf8(String text, long maxBytes) {
        if (text == null || text.length() * 3L <= maxBytes) {
            return text;
        }
        long bytes = 0;
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            bytes += utf8Length(codePoint);
            if (bytes > maxBytes) {
                return text.substring(0, index);
            }
            index += Character.charCount(codePoint);
        }
        return text;
    }

    static int utf8Length(String text) {
        return text.codePoints().map(StoredText::utf8Length).sum();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        // A lone surrogate is written as '?' by the encoder, but counting it as three bytes only errs on the safe side.
        return codePoint < 0x10000 ? 3 : 4;
    }
}
