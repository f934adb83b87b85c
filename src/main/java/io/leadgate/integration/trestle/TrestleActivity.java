package io.leadgate.integration.trestle;

import java.math.BigDecimal;

/**
 * What a Trestle phone activity score says about the line, in Trestle's own bands, so that a rule can say "activity is
 * disconnected" instead of repeating a threshold: 70 and above {@code connected} (high confidence the line is assigned
 * and answered), 30 and below {@code disconnected} (high confidence it is disconnected or nobody answers), anything
 * between {@code uncertain} (50 means Trestle has too few signals).
 */
final class TrestleActivity {

    static final String CONNECTED = "connected";
    static final String UNCERTAIN = "uncertain";
    static final String DISCONNECTED = "disconnected";

    private static final BigDecimal CONNECTED_FROM = BigDecimal.valueOf(70);
    private static final BigDecimal DISCONNECTED_UP_TO = BigDecimal.valueOf(30);

    private TrestleActivity() {
    }

    static String of(BigDecimal activityScore) {
        if (activityScore.compareTo(CONNECTED_FROM) >= 0) {
            return CONNECTED;
        }
        return activityScore.compareTo(DISCONNECTED_UP_TO) <= 0 ? DISCONNECTED : UNCERTAIN;
    }
}
