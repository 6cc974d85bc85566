package org.releaseradar.search.query;

/** One value of a stats table. */
public sealed interface StatsCell permits StatsCell.Count, StatsCell.Share {

    /**
     * A count or a sum, exact.
     *
     * @param value the number
     */
    record Count(long value) implements StatsCell {
    }

    /**
     * A share, with the two exact counts it is the ratio of.
     *
     * @param part  derivatives built on this origin's models
     * @param whole derivatives with a base of known origin
     */
    record Share(long part, long whole) implements StatsCell {

        public Share {
            if (part < 0 || whole < 0 || part > whole) {
                throw new IllegalArgumentException("not a share: " + part + "/" + whole);
            }
        }

        /** part / whole, or null when whole is 0 (no derivative with a known base: no share to speak of). */
        public Double ratio() {
            return whole == 0 ? null : (double) part / whole;
        }
    }
}
