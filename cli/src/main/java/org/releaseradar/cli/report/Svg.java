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

    /** Round axis tops: a multiple of the magnitude that still gives round ticks (see {@link #divisions}). */
    private static final double[] NICE = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};

    /**
     * The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k, an integer) that is at least {@code max}
     * and at least 1: an axis top that wastes little of the plot.
     */
    static long niceCeiling(long max) {
        if (max <= 1) {
            return 1;
        }
        long magnitude = 1;
        while (magnitude * 10 < max) {
            magnitude *= 10;
        }
        for (double step : NICE) {
            double top = step * magnitude;
            if (top >= max && top == Math.rint(top)) {
                return (long) top;
            }
        }
        return 10 * magnitude;
    }

    /** How many equal steps divide {@code axisMax} into integers: 5, 4, 3 or 2 where possible, else 1. */
    static long divisions(long axisMax) {
        for (long d : new long[] {5, 4, 3, 2}) {
            if (axisMax % d == 0 && axisMax / d >= 1) {
                return d;
            }
        }
        return 1;
    }
}
