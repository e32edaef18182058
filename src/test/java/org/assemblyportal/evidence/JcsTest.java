package org.assemblyportal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785: the examples of the RFC itself, and ECMAScript's shortest number form on random doubles. */
class JcsTest {

    @Test
    void the_rfcs_main_example_is_canonicalised_as_printed_in_section_3_2_2() {
        var input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";

        assertThat(Jcs.canonicalizeJson(input)).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void members_are_sorted_by_utf16_code_units_as_in_section_3_2_3() {
        var input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""";

        assertThat(Jcs.canonicalizeJson(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\","
                + "\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void an_emoji_key_sorts_before_a_private_use_key_although_its_code_point_is_higher() {
        // U+1F600 is D83D DE00 in UTF-16, below U+E000; sorting by code point would put it last
        var members = new LinkedHashMap<String, Object>();
        members.put("\ue000", 1);
        members.put("\ud83d\ude00", 2);
        members.put("\u20ac", 3);

        assertThat(Jcs.canonicalize(members)).isEqualTo("{\"€\":3,\"\ud83d\ude00\":2,\"\ue000\":1}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e30|1e+30", "1E30|1e+30", "4.50|4.5", "0.002|0.002", "2e-3|0.002", "1e-7|1e-7", "0.000001|0.000001",
        "333333333.33333329|333333333.3333333", "-0|0", "-0.0|0", "0.0|0", "1e21|1e+21", "1e20|100000000000000000000",
        "123456789012345680000|123456789012345680000", "9007199254740991|9007199254740991",
        "9007199254740992|9007199254740992", "-9007199254740992|-9007199254740992", "1000000000000000000000|1e+21",
        "5e-324|5e-324", "1.7976931348623157e308|1.7976931348623157e+308", "-1.5|-1.5", "10|10", "0.1|0.1"})
    void numbers_are_written_in_ecmascripts_shortest_form(String json, String canonical) {
        assertThat(Jcs.canonicalizeJson(json)).isEqualTo(canonical);
    }

    /** RFC 8785 Appendix B: IEEE 754 bit patterns and the text every implementation must write. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0000000000000000|0", "8000000000000000|0", "0000000000000001|5e-324", "8000000000000001|-5e-324",
        "7fefffffffffffff|1.7976931348623157e+308", "ffefffffffffffff|-1.7976931348623157e+308",
        "4340000000000000|9007199254740992", "c340000000000000|-9007199254740992",
        "4430000000000000|295147905179352830000", "44b52d02c7e14af5|9.999999999999997e+22",
        "44b52d02c7e14af6|1e+23", "44b52d02c7e14af7|1.0000000000000001e+23",
        "444b1ae4d6e2ef4e|999999999999999700000", "444b1ae4d6e2ef4f|999999999999999900000",
        "444b1ae4d6e2ef50|1e+21", "3eb0c6f7a0b5ed8c|9.999999999999997e-7", "3eb0c6f7a0b5ed8d|0.000001",
        "41b3de4355555553|333333333.3333332", "41b3de4355555554|333333333.33333325",
        "41b3de4355555555|333333333.3333333", "41b3de4355555556|333333333.3333334",
        "41b3de4355555557|333333333.33333343", "becbf647612f3696|-0.0000033333333333333333",
        "43143ff3c1cb0959|1424953923781206.2"})
    void the_rfcs_appendix_b_numbers_are_written_as_listed(String ieeeHex, String canonical) {
        var value = Double.longBitsToDouble(Long.parseUnsignedLong(ieeeHex, 16));

        assertThat(Jcs.formatDouble(value)).isEqualTo(canonical);
        assertThat(Jcs.canonicalize(List.of(value))).isEqualTo("[" + canonical + "]");
    }

    @Test
    void not_a_number_and_infinity_are_refused() {
        assertThatThrownBy(() -> Jcs.canonicalize(List.of(Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jcs.canonicalize(List.of(Double.NEGATIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_integer_no_double_can_hold_is_refused_rather_than_silently_rounded() {
        assertThatThrownBy(() -> Jcs.canonicalizeJson("9007199254740993")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jcs.canonicalize(Map.of("id", 9007199254740993L)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jcs.canonicalize(Map.of("n", new BigDecimal("0.10000000000000000001"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Jcs.canonicalize(Map.of("n", BigInteger.TEN.pow(30)))).isEqualTo("{\"n\":1e+30}");
        assertThat(Jcs.canonicalize(Map.of("n", new BigDecimal("4.50")))).isEqualTo("{\"n\":4.5}");
    }

    @Test
    void strings_escape_only_quote_backslash_and_control_characters_and_keep_the_rest_raw() {
        var text = "\u000f\u0000\u001f\b\t\n\f\r\"\\/\u007f é Қазақ 😀 \u2028";

        assertThat(Jcs.canonicalize(List.of(text)))
                .isEqualTo("[\"\\u000f\\u0000\\u001f\\b\\t\\n\\f\\r\\\"\\\\/\u007f é Қазақ 😀 \u2028\"]");
    }

    @Test
    void a_lone_surrogate_is_refused_because_utf_8_cannot_carry_it() {
        assertThatThrownBy(() -> Jcs.canonicalize(List.of("a\ud83d"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jcs.canonicalize(List.of("\ude00b"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jcs.canonicalizeJson("{\"\\udead\":1}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_name_given_twice_in_one_object_is_refused() {
        assertThatThrownBy(() -> Jcs.canonicalizeJson("{\"a\":1,\"a\":2}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void records_are_written_by_their_properties_with_instants_as_iso_text() {
        record Payload(String name, Instant at, long size, List<Integer> parts) {
        }

        assertThat(Jcs.canonicalize(new Payload("x", Instant.parse("2022-02-17T06:00:00.123456Z"), 12, List.of(2, 1))))
                .isEqualTo("{\"at\":\"2022-02-17T06:00:00.123456Z\",\"name\":\"x\",\"parts\":[2,1],\"size\":12}");
    }

    @Test
    void the_hash_is_the_one_sha256sum_prints_for_the_utf_8_text() {
        // printf %s '{"a":"é"}' | sha256sum
        assertThat(Jcs.sha256Hex("{\"a\":\"é\"}"))
                .isEqualTo("b3a092a6af48807fa9482b2ee140105575daa26d5b24b3c0e60a7e2dee6683b1");
    }

    @Provide
    Arbitrary<Double> anyFiniteDouble() {
        return Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
    }

    @Property(tries = 3000)
    void every_double_is_written_with_the_fewest_digits_that_read_back_as_it(@ForAll("anyFiniteDouble") double value) {
        var text = Jcs.formatDouble(value);

        assertThat(Double.parseDouble(text)).isEqualTo(value == 0 ? 0.0 : value);
        var digits = new BigDecimal(text).stripTrailingZeros().precision();
        if (digits > 1) {
            var exact = new BigDecimal(Math.abs(value));
            for (var mode : List.of(RoundingMode.FLOOR, RoundingMode.CEILING)) {
                var shorter = exact.round(new MathContext(digits - 1, mode));
                assertThat(shorter.doubleValue()).as("%s has %d digits", shorter, digits - 1).isNotEqualTo(Math.abs(value));
            }
        }
    }
}
