package org.assemblyportal.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * JSON Canonicalization Scheme (RFC 8785): object members sorted by their names' UTF-16 code units,
 * no whitespace, strings with the minimal escapes of ECMAScript's {@code JSON.stringify}, numbers in
 * ECMAScript's shortest form. Ledger entries and payloads are hashed over this text, so anyone with
 * an RFC 8785 implementation (or {@code sha256sum} over the exported lines) gets the same hashes.
 * Java 17's {@code Double.toString} is not always the shortest form, so numbers are formatted here.
 */
public final class Jcs {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // I-JSON (RFC 7493 §2.3): a name twice in one object is an error, not "the last one wins"
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private Jcs() {
    }

    /** The canonical text of a value (a record, a map, a list or a Jackson tree). */
    public static String canonicalize(Object value) {
        JsonNode tree = value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
        var out = new StringBuilder(256);
        write(tree, out);
        return out.toString();
    }

    /** The canonical form of a JSON text. */
    public static String canonicalizeJson(String json) {
        try {
            return canonicalize(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** SHA-256 of the text's UTF-8 bytes, lower-case hex (what {@code printf %s "$line" | sha256sum} prints). */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                names.sort(String::compareTo); // String order is UTF-16 code unit order, as RFC 8785 §3.2.3 asks
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    writeString(names.get(i), out);
                    out.append(':');
                    write(node.get(names.get(i)), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                Iterator<JsonNode> items = node.elements();
                boolean first = true;
                while (items.hasNext()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(items.next(), out);
                }
                out.append(']');
            }
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> out.append(number(node));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL, MISSING -> out.append("null");
            default -> throw new IllegalArgumentException("JSON cannot hold " + node.getNodeType());
        }
    }

    /**
     * RFC 8785 numbers are IEEE 754 doubles. A double (or float) is written as ECMAScript writes it; an
     * integer or decimal is accepted only when that text denotes exactly the same number, because an
     * id or a size that silently became its nearest double would no longer be the recorded value
     * (9007199254740993 has no double; 2^53 = 9007199254740992 and 1e30 do).
     */
    private static String number(JsonNode node) {
        if (node.isDouble() || node.isFloat()) {
            return formatDouble(node.doubleValue());
        }
        BigDecimal exact = node.decimalValue();
        double nearest = exact.doubleValue();
        if (Double.isFinite(nearest)) {
            String text = formatDouble(nearest);
            if (new BigDecimal(text).compareTo(exact) == 0) {
                return text;
            }
        }
        throw new IllegalArgumentException("No IEEE 754 double is exactly " + exact + "; write it as a string");
    }

    /** ECMAScript's Number::toString (ECMA-262 §7.1.12.1), which RFC 8785 §3.2.2.3 prescribes. */
    static String formatDouble(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        if (value == 0) {
            return "0";
        }
        if (value < 0) {
            return "-" + formatDouble(-value);
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal shortest = shortestDecimal(value, exact);
        String digits = shortest.unscaledValue().toString().replaceFirst("0+$", "");
        if (digits.isEmpty()) {
            digits = "0";
        }
        int k = digits.length();
        // value = 0.digits × 10^n
        int n = shortest.precision() - shortest.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String sign = exponent < 0 ? "-" : "+";
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + sign + Math.abs(exponent);
    }

    /**
     * The decimal with fewest significant digits that reads back as {@code value} and, among those,
     * the closest to it (ties: even last digit). Both neighbours at each precision are tried: next to
     * a power of two the doubles are twice as far apart above as below, so the nearest decimal can
     * miss the value while the one on the other side reads back (ECMA-262 §6.1.6.1.20 step 5).
     */
    private static BigDecimal shortestDecimal(double value, BigDecimal exact) {
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean downReadsBack = down.doubleValue() == value;
            boolean upReadsBack = up.doubleValue() == value;
            if (downReadsBack && upReadsBack) {
                return exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            }
            if (downReadsBack) {
                return down;
            }
            if (upReadsBack) {
                return up;
            }
        }
        // 17 significant digits always identify a double
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX_DIGITS[c >> 4]).append(HEX_DIGITS[c & 0xF]);
                    } else if (Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                        // UTF-8 has no encoding for half a pair: Java would write '?' and hash that instead
                        throw new IllegalArgumentException("Lone surrogate U+" + Integer.toHexString(c)
                                + " at index " + i + ": not Unicode text (RFC 8785 §3.2.2.2)");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
