package io.leadgate.integration.purecallerid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.leadgate.integration.Category;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.IntegrationCatalog;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.integration.builtin.BuiltinPhoneCheck;
import io.leadgate.integration.purecallerid.PureCallerIdFixtures.FakeProviderAccess;
import io.leadgate.lead.field.FieldType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PureCallerIdDescriptorTest {

    private static final String SNAKE_CASE = "[a-z][a-z0-9]*(_[a-z0-9]+)*";

    private final PureCallerIdComplianceCheck check = new PureCallerIdComplianceCheck(
            PureCallerIdFixtures.client(PureCallerIdProperties.defaults(), FakeProviderAccess.notConnected()));

    private final IntegrationDescriptor descriptor = check.descriptor();

    private Map<String, String> defaults() {
        return descriptor.settings().stream().filter(s -> s.defaultValue() != null)
                .collect(Collectors.toMap(SettingSpec::name, SettingSpec::defaultValue, (a, b) -> a, LinkedHashMap::new));
    }

    private Map<String, String> defaultsWith(String... pairs) {
        Map<String, String> settings = defaults();
        for (int i = 0; i < pairs.length; i += 2) {
            settings.put(pairs[i], pairs[i + 1]);
        }
        return settings;
    }

    @Test
    void describesAPaidComplianceCheckThatNeedsThePureCallerIdConnection() {
        assertThat(descriptor.id()).isEqualTo("purecallerid.compliance");
        assertThat(descriptor.provider()).isEqualTo(PureCallerIdProvider.ID);
        assertThat(descriptor.category()).isEqualTo(Category.COMPLIANCE);
        assertThat(check.needsConnection()).isTrue();
        assertThat(descriptor.pricePerCall()).isEqualByComparingTo("0.01");
        assertThat(descriptor.cacheable()).as("a lead load is not a lookup").isFalse();
        assertThat(descriptor.name()).contains("Pure CallerID");
        assertThat(new IntegrationCatalog(List.of(check, new BuiltinPhoneCheck())).find("purecallerid.compliance")).isPresent();
    }

    @Test
    void takesPriceAndCacheTimeFromConfiguration() {
        PureCallerIdProperties properties = new PureCallerIdProperties(null, null, null, null, null, null, null, null,
                new BigDecimal("0.025"), Duration.ofMinutes(10));

        IntegrationDescriptor configured = new PureCallerIdComplianceCheck(PureCallerIdFixtures.client(properties,
                FakeProviderAccess.notConnected())).descriptor();

        assertThat(configured.pricePerCall()).isEqualByComparingTo("0.025");
        assertThat(configured.cacheTtl()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void failsAtStartUpOnAConfigurationThatCannotWork() {
        assertThatThrownBy(() -> new PureCallerIdProperties(null, null, null, null, 0, null, null, null, null, null))
                .hasMessageContaining("lead-load-max-attempts");
        assertThatThrownBy(() -> new PureCallerIdProperties(null, null, null, null, null, null, null, "911", null, null))
                .hasMessageContaining("test-number");
    }

    @Test
    void declaresEveryResponseFieldTheIssueListsWithItsType() {
        assertThat(descriptor.responseFields()).extracting(FieldSpec::name, FieldSpec::type).containsExactly(
                tuple("status", FieldType.STRING),
                tuple("accepted", FieldType.BOOLEAN),
                tuple("reason", FieldType.STRING),
                tuple("message", FieldType.STRING),
                tuple("spam_score", FieldType.NUMBER),
                tuple("risk_level", FieldType.STRING),
                tuple("national_dnc", FieldType.BOOLEAN),
                tuple("state_dnc", FieldType.BOOLEAN),
                tuple("litigator_hits", FieldType.NUMBER),
                tuple("litigator_description", FieldType.STRING),
                tuple("recommended_action", FieldType.STRING),
                tuple("line_type", FieldType.STRING),
                tuple("carrier", FieldType.STRING),
                tuple("prepaid", FieldType.BOOLEAN),
                tuple("active", FieldType.BOOLEAN));
    }

    @Test
    void makesTheEndpointsAndWhereEachFieldIsReadSettingsWithTheDocumentedDefaults() {
        assertThat(defaults()).contains(
                entry("mode", "lead_load"),
                entry("lead_load_path", "/api/public/lead/load"),
                entry("spam_check_path", "/api/public/services/spam?number={phone}"),
                entry("path_status", "$.status"),
                entry("path_spam_score", "$.spamScore"),
                entry("path_risk_level", "$.riskLevel"),
                entry("path_national_dnc", "$.nationalDnc"),
                entry("path_litigator_hits", "$.litigatorHits"),
                entry("path_active", "$.active"));
        assertThat(descriptor.setting("path_accepted")).as("accepted is derived from the status").isEmpty();
        assertThat(descriptor.setting("mode").orElseThrow().choices()).extracting(SettingSpec.Choice::value)
                .containsExactly("lead_load", "spam_check", "both");
    }

    @Test
    void takesThePhoneAndTheLeadLoadsOtherFieldsAsRequestFields() {
        assertThat(descriptor.requestFields()).extracting(FieldSpec::name, FieldSpec::type, FieldSpec::required).containsExactly(
                tuple("phone", FieldType.PHONE, true),
                tuple("postal_code", FieldType.POSTAL_CODE, false),
                tuple("first_name", FieldType.STRING, false),
                tuple("last_name", FieldType.STRING, false),
                tuple("address", FieldType.STRING, false),
                tuple("city", FieldType.STRING, false),
                tuple("state", FieldType.STATE, false),
                tuple("email", FieldType.EMAIL, false));
    }

    @Test
    void namesEveryFieldAndSettingInSnakeCaseAndDescribesItForABuyer() {
        Stream.of(descriptor.requestFields(), descriptor.responseFields()).flatMap(List::stream).forEach(field -> {
            assertThat(field.name()).matches(SNAKE_CASE);
            assertThat(field.description()).as(field.name()).isNotBlank().endsWith(".");
        });
        descriptor.settings().forEach(setting -> {
            assertThat(setting.name()).matches(SNAKE_CASE);
            assertThat(setting.description()).as(setting.name()).isNotBlank().endsWith(".");
            assertThat(setting.problemWith(setting.defaultValue())).as(setting.name()).isEmpty();
        });
    }

    @Test
    void asksForTheCampaignAndDialerListOfALeadLoadWhenASetupIsSaved() {
        assertThat(check.settingProblems(defaults())).containsOnlyKeys("campaign_id", "dialer_list_id");
        assertThat(check.settingProblems(defaultsWith("campaign_id", "c1", "dialer_list_id", "l1"))).isEmpty();
        assertThat(check.settingProblems(defaultsWith("mode", "both", "campaign_id", "c1"))).containsOnlyKeys("dialer_list_id");
        assertThat(check.settingProblems(defaultsWith("mode", "spam_check"))).isEmpty();
        assertThat(check.settingProblems(Map.of("mode", "spam_check"))).as("defaults apply to settings not given").isEmpty();
    }

    @Test
    void refusesAPathOrEndpointItCouldNotUseWhenASetupIsSaved() {
        Map<String, String> problems = check.settingProblems(defaultsWith(
                "mode", "spam_check",
                "path_national_dnc", "nationalDnc",
                "path_litigator_hits", "$.litigator[*]",
                "spam_check_path", "/api/public/services/spam?number=2125551234",
                "lead_load_path", "https://core.purecallerid.app/api/public/lead/load"));

        assertThat(problems).containsOnlyKeys("path_national_dnc", "path_litigator_hits", "spam_check_path", "lead_load_path");
        assertThat(problems.get("path_national_dnc")).contains("neither a JSON path ($.a.b) nor a JSON Pointer (/a/b)");
        assertThat(problems.get("spam_check_path")).contains("{phone}");
        assertThat(problems.get("lead_load_path")).contains("starting with /");
    }

    @Test
    void letsAnOperatorSwitchOffAFieldWithAnEmptyPath() {
        assertThat(check.settingProblems(defaultsWith("mode", "spam_check", "path_carrier", ""))).isEmpty();
    }
}
