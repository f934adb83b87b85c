package io.leadgate.integration.ipqs;

import java.math.BigDecimal;

/**
 * The risk level LeadGate derives from an IPQS fraud score, in the bands IPQS recommends, so that a rule can say
 * "risk level is high" instead of repeating a threshold.
 *
 * <p>Phone and IP: below 40 {@code low}, 40 to 74 {@code moderate}, 75 to 85 {@code suspicious}, above 85
 * {@code high} (IPQS: 75+ suspicious, 85+ high risk; display bands: below 40 low, 75+ suspicious, above 85 high).
 * Email: below 80 {@code low}, 80 to 89 {@code suspicious}, 90 and above {@code risky}. IPQS scores are whole numbers
 * from 0 to 100.
 */
final class IpqsRiskLevel {

    static final String LOW = "low";
    static final String MODERATE = "moderate";
    static final String SUSPICIOUS = "suspicious";
    static final String HIGH = "high";
    static final String RISKY = "risky";

    private IpqsRiskLevel() {
    }

    /** The band of a phone or IP fraud score. */
    static String ofPhoneOrIp(BigDecimal fraudScore) {
        if (fraudScore.compareTo(BigDecimal.valueOf(85)) > 0) {
            return HIGH;
        }
        if (fraudScore.compareTo(BigDecimal.valueOf(75)) >= 0) {
            return SUSPICIOUS;
        }
        return fraudScore.compareTo(BigDecimal.valueOf(40)) >= 0 ? MODERATE : LOW;
    }

    /** The band of an email fraud score. */
    static String ofEmail(BigDecimal fraudScore) {
        if (fraudScore.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return RISKY;
        }
        return fraudScore.compareTo(BigDecimal.valueOf(80)) >= 0 ? SUSPICIOUS : LOW;
    }
}
