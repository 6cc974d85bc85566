package org.releaseradar.cli.report;

import java.util.Locale;

/** Numbers as SVG writes them, and nice axis maxima. */
final class Svg {

    private Svg() {
    }

    /** A coordinate with at most three decimals, no exponent, no trailing zeros ("12.5", "0", "3.333"). */
    static String num(double value) {
        String s = String.format(Locale.ROOT, "%.3f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    /** The smallest of 1, 2, 2.5, 5 × 10^k that is at least {@code max} (at least 1): an axis top with round ticks. */
    static long niceCeiling(long max) {
        if (max <= 1) {
            return 1;
        }
        long magnitude = 1;
        while (magnitude * 10 < max) {
            magnitude *= 10;
        }
        for (long step : new long[] {1, 2, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
