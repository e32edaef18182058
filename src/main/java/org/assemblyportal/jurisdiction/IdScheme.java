package org.assemblyportal.jurisdiction;

/**
 * National identification numbers whose format and check digit can be verified. Which scheme a
 * jurisdiction uses is data in its rule file; the arithmetic is here.
 */
public enum IdScheme {
    /** Kazakhstan's individual identification number (ИИН/ЖСН): 12 digits, last one a check digit. */
    KZ_IIN,
    /** Kazakhstan's business identification number (БИН/БСН): same check-digit rule. */
    KZ_BIN;

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    public boolean isValid(String number) {
        if (number == null || !number.matches("\\d{12}")) {
            return false;
        }
        var digits = number.chars().map(c -> c - '0').toArray();
        var check = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (check == 10) {
            check = weightedSum(digits, SECOND_WEIGHTS) % 11;
            if (check == 10) {
                return false;
            }
        }
        return check == digits[11];
    }

    public String messageKey() {
        return "id-scheme." + name().toLowerCase().replace('_', '-');
    }

    private static int weightedSum(int[] digits, int[] weights) {
        var sum = 0;
        for (var i = 0; i < 11; i++) {
            sum += digits[i] * weights[i];
        }
        return sum;
    }
}
