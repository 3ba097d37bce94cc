package org.steward.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Label clean-up, XML escaping and number formatting for charts and their text alternatives. */
final class Text {

    private Text() {
    }

    /** Control characters are not allowed in XML 1.0 text: they become spaces, and the result is trimmed. */
    static String clean(String label) {
        var out = new StringBuilder(label.length());
        label.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c)
                || c == 0xFFFE || c == 0xFFFF ? ' ' : c));
        return out.toString().strip();
    }

    static String escapeXml(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A number with at most three decimals, always with a dot: {@code 0.8}, {@code 0.625}, {@code 1234}. */
    static String number(double value) {
        var format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        var text = format.format(value);
        return "-0".equals(text) ? "0" : text;
    }
}
