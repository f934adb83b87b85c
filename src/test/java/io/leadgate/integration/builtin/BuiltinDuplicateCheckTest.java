package io.leadgate.integration.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.SettingSpec;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The duplicate check's description and its answers without a database (finding duplicates is tested over HTTP). */
class BuiltinDuplicateCheckTest {

    /** No repository: a test that made the check look for leads would fail on it. */
    private final BuiltinDuplicateCheck check = new BuiltinDuplicateCheck(null, Clock.systemUTC());

    @Test
    void isAFreeBuiltInCheckOfOptionalPhoneAndEmail() {
        assertThat(check.descriptor().id()).isEqualTo("builtin.duplicate");
        assertThat(check.descriptor().pricePerCall()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(check.descriptor().cacheable()).isFalse();
        assertThat(check.descriptor().requestFields()).extracting(FieldSpec::name, FieldSpec::required)
                .containsExactly(org.assertj.core.api.Assertions.tuple("phone", false),
                        org.assertj.core.api.Assertions.tuple("email", false));
        assertThat(check.descriptor().responseFields()).allSatisfy(f -> {
            assertThat(f.name()).matches("[a-z][a-z0-9]*(_[a-z0-9]+)*");
            assertThat(f.description()).endsWith(".");
        });
        assertThat(check.descriptor().settings()).allSatisfy(s -> {
            assertThat(s.description()).endsWith(".");
            assertThat(s.problemWith(s.defaultValue())).isEmpty();
        });
        assertThat(check.descriptor().setting("match_on").map(SettingSpec::defaultValue)).contains("phone_or_email");
        assertThat(check.descriptor().setting("scope").map(SettingSpec::defaultValue)).contains("campaign");
    }

    @Test
    void refusesAWindowThatIsNoWholeNumberOfDaysFromOneToTenYears() {
        assertThat(check.settingProblems(Map.of("window_days", "30"))).isEmpty();
        assertThat(check.settingProblems(Map.of())).isEmpty();
        assertThat(check.settingProblems(Map.of("window_days", "0"))).containsKey("window_days");
        assertThat(check.settingProblems(Map.of("window_days", "3651"))).containsKey("window_days");
        assertThat(check.settingProblems(Map.of("window_days", "1.5"))).containsKey("window_days");
        assertThat(check.settingProblems(Map.of("window_days", "a month"))).containsKey("window_days");
    }

    @Test
    void needsAStoredLeadOrACampaignToLookIn() {
        CheckRequest request = new CheckRequest(Map.of("phone",
                FieldType.PHONE.normalise("(212) 555-1212", FieldOptions.NONE).orElseThrow()), Map.of(), CheckRequest.Context.NONE);

        CheckResponse response = check.check(request);

        assertThat(response).isInstanceOfSatisfying(CheckResponse.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
            assertThat(f.message()).contains("needs a stored lead, or a campaign");
        });
    }
}
