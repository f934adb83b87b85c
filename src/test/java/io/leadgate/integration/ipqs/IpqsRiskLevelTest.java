package io.leadgate.integration.ipqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpqsRiskLevelTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, low", "39, low",
        "40, moderate", "74, moderate",
        "75, suspicious", "85, suspicious",
        "86, high", "100, high"
    })
    void bandsPhoneAndIpScoresLowBelow40SuspiciousFrom75HighAbove85(int score, String level) {
        assertThat(IpqsRiskLevel.ofPhoneOrIp(BigDecimal.valueOf(score))).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, low", "79, low",
        "80, suspicious", "89, suspicious",
        "90, risky", "100, risky"
    })
    void bandsEmailScoresSuspiciousFrom80RiskyFrom90(int score, String level) {
        assertThat(IpqsRiskLevel.ofEmail(BigDecimal.valueOf(score))).isEqualTo(level);
    }
}
