package org.assemblyportal.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdSchemeTest {

    /** Check digits computed by hand with weights 1..11, mod 11; the last one needs the second weights 3..11,1,2. */
    @ParameterizedTest
    @ValueSource(strings = {"900101300017", "850512400125", "040302600553", "900101000906"})
    void numbers_with_a_correct_check_digit_are_accepted(String iin) {
        assertThat(IdScheme.KZ_IIN.isValid(iin)).isTrue();
        assertThat(IdScheme.KZ_BIN.isValid(iin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"900101300018", "90010130001", "9001013000171", "90010130001a", " 900101300017", ""})
    void a_wrong_check_digit_length_or_character_is_refused(String iin) {
        assertThat(IdScheme.KZ_IIN.isValid(iin)).isFalse();
    }
}
