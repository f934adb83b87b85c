package io.leadgate.integration.trustedform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.testing.CheckAnswers.answered;
import static io.leadgate.testing.CheckAnswers.assertFitsDescriptor;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.fixture;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.mismatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.integration.Category;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.IntegrationCatalog;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.integration.builtin.BuiltinPhoneCheck;
import io.leadgate.integration.trustedform.TrustedFormFixtures.FakeProviderAccess;
import io.leadgate.integration.trustedform.TrustedFormFixtures.Lead;
import io.leadgate.lead.field.FieldType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.node.ObjectNode;

class TrustedFormDescriptorsTest {

    @RegisterExtension
    static WireMockExtension trustedForm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SNAKE_CASE = "[a-z][a-z0-9]*(_[a-z0-9]+)*";

    private final TrustedFormVerifyCheck check = TrustedFormFixtures.check(FakeProviderAccess.connectedTo(trustedForm.baseUrl()));
    private final IntegrationDescriptor descriptor = check.descriptor();

    @Test
    void isThePaidConsentCheckOfTheTrustedFormConnection() {
        assertThat(descriptor.id()).isEqualTo("trustedform.verify");
        assertThat(descriptor.provider()).isEqualTo(TrustedFormProvider.ID);
        assertThat(descriptor.category()).isEqualTo(Category.CONSENT);
        assertThat(check.needsConnection()).isTrue();
        assertThat(descriptor.pricePerCall()).isEqualByComparingTo("0.10");
        assertThat(descriptor.name()).contains("TrustedForm");
        assertThat(descriptor.description()).isNotBlank();
    }

    @Test
    void neverReusesAnAnswerForAnotherLead() {
        assertThat(descriptor.cacheable()).isFalse();
    }

    @Test
    void joinsTheCatalogBesideTheBuiltInChecks() {
        IntegrationCatalog catalog = new IntegrationCatalog(List.of(check, new BuiltinPhoneCheck()));

        assertThat(catalog.find("trustedform.verify")).containsSame(check);
    }

    @Test
    void requiresOnlyTheCertificateUrlAsATrustedFormUrl() {
        assertThat(descriptor.requestFields()).extracting(FieldSpec::name, FieldSpec::type, FieldSpec::required).containsExactly(
                tuple("certificate_url", FieldType.TRUSTEDFORM_URL, true),
                tuple("phone", FieldType.PHONE, false),
                tuple("email", FieldType.EMAIL, false),
                tuple("submitted_at", FieldType.STRING, false));
    }

    @Test
    void declaresEveryResponseFieldTheIssueListsWithItsType() {
        Map<String, FieldType> types = descriptor.responseFields().stream()
                .collect(Collectors.toMap(FieldSpec::name, FieldSpec::type));

        assertThat(types).containsAllEntriesOf(Map.ofEntries(
                Map.entry("outcome", FieldType.STRING),
                Map.entry("reason", FieldType.STRING),
                Map.entry("phone_match", FieldType.BOOLEAN),
                Map.entry("email_match", FieldType.BOOLEAN),
                Map.entry("match_success", FieldType.BOOLEAN),
                Map.entry("bot_detected", FieldType.BOOLEAN),
                Map.entry("age_seconds", FieldType.NUMBER),
                Map.entry("form_input_method", FieldType.STRING),
                Map.entry("ip_city", FieldType.STRING),
                Map.entry("ip_state", FieldType.STRING),
                Map.entry("ip_postal_code", FieldType.STRING),
                Map.entry("ip_country", FieldType.STRING),
                Map.entry("page_url", FieldType.STRING),
                Map.entry("domain", FieldType.STRING),
                Map.entry("created_at", FieldType.DATE),
                Map.entry("expires_at", FieldType.DATE),
                Map.entry("masked_cert_url", FieldType.STRING),
                Map.entry("share_url", FieldType.STRING),
                Map.entry("previously_retained", FieldType.BOOLEAN)));
    }

    @Test
    void namesEveryFieldAndSettingInSnakeCase() {
        Stream.of(descriptor.requestFields(), descriptor.responseFields()).flatMap(List::stream).map(FieldSpec::name)
                .forEach(name -> assertThat(name).matches(SNAKE_CASE));
        descriptor.settings().forEach(setting -> assertThat(setting.name()).matches(SNAKE_CASE));
    }

    @Test
    void describesEveryFieldAndSettingForABuyer() {
        Stream.of(descriptor.requestFields(), descriptor.responseFields()).flatMap(List::stream).forEach(field ->
                assertThat(field.description()).as(field.name()).isNotBlank().endsWith("."));
        descriptor.settings().forEach(setting -> assertThat(setting.description()).as(setting.name()).isNotBlank().endsWith("."));
    }

    @Test
    void retainsButReadsNoInsightsByDefault() {
        assertThat(descriptor.settings()).extracting(SettingSpec::name, SettingSpec::defaultValue).containsExactly(
                tuple("retain", "true"),
                tuple("vendor", null),
                tuple("insights", null),
                tuple("phone_format", "national"),
                tuple("hash_contact", "false"));
    }

    @Test
    void acceptsItsOwnDefaultSettingsAndTheSuggestedInsights() {
        Map<String, String> defaults = descriptor.settings().stream().filter(s -> s.defaultValue() != null)
                .collect(Collectors.toMap(SettingSpec::name, SettingSpec::defaultValue));

        assertThat(descriptor.settings()).allSatisfy(setting -> assertThat(setting.problemWith(setting.defaultValue())).isEmpty());
        assertThat(check.settingProblems(defaults)).isEmpty();
        assertThat(check.settingProblems(Map.of("insights", TrustedFormVerifyCheck.SUGGESTED_INSIGHTS))).isEmpty();
    }

    @Test
    void refusesInsightsPropertiesTrustedFormDoesNotHaveNamingThem() {
        Map<String, String> problems = check.settingProblems(Map.of("insights", "bot_detected, fraud_score"));

        assertThat(problems).containsOnlyKeys("insights");
        assertThat(problems.get("insights")).startsWith("fraud_score is not an Insights property of TrustedForm; use "
                + "age_seconds, approx_ip_geo, bot_detected");
    }

    @Test
    void refusesAPhoneFormatItDoesNotKnow() {
        assertThat(descriptor.setting("phone_format").orElseThrow().problemWith("dashes")).isPresent();
    }

    @Test
    void takesPriceAndClaimWindowFromConfigurationProperties() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "leadgate.providers.trustedform.price", "0.35",
                "leadgate.providers.trustedform.claim-window", "72h",
                "leadgate.providers.trustedform.base-url", "https://cert.staging.trustedform.com")));

        TrustedFormProperties properties = binder.bind("leadgate.providers.trustedform", TrustedFormProperties.class).get();

        assertThat(properties.price()).isEqualByComparingTo("0.35");
        assertThat(properties.claimWindow()).isEqualTo(Duration.ofHours(72));
        assertThat(properties.baseUrl()).isEqualTo("https://cert.staging.trustedform.com");
        assertThat(TrustedFormFixtures.check(properties, FakeProviderAccess.notConnected()).descriptor().pricePerCall())
                .isEqualByComparingTo("0.35");
    }

    @Test
    void documentsItsDefaults() {
        TrustedFormProperties defaults = TrustedFormProperties.defaults();

        assertThat(defaults.baseUrl()).isEqualTo("https://cert.trustedform.com");
        assertThat(defaults.price()).isEqualByComparingTo(new BigDecimal("0.10"));
        assertThat(defaults.claimWindow()).isEqualTo(Duration.ofDays(90));
        assertThat(defaults.http().maxAttempts()).isEqualTo(3);
    }

    @Test
    void failsAtStartUpOnABadConfigurationNamingTheProperty() {
        assertThatThrownBy(() -> new TrustedFormProperties(null, null, null, 0, null, null, null, null))
                .hasMessageContaining("leadgate.providers.trustedform.max-attempts");
        assertThatThrownBy(() -> new TrustedFormProperties(null, null, null, null, null, null, new BigDecimal("-1"), null))
                .hasMessageContaining("leadgate.providers.trustedform.price");
        assertThatThrownBy(() -> new TrustedFormProperties(null, null, null, null, null, null, null, Duration.ZERO))
                .hasMessageContaining("leadgate.providers.trustedform.claim-window");
    }

    @Test
    void answersOnlyDeclaredFieldsOfTheDeclaredTypesAndEachOfThemForSomeAnswer() {
        List<ResponseDefinitionBuilder> answers = List.of(
                okJson(fixture("verify-success.json")),
                okJson(mismatch(false, false)),
                okJson(fixture("verify-mobile-insights.json")),
                okJson(fixture("verify-success.json", json -> {
                    ObjectNode results = (ObjectNode) json.at("/retain/results");
                    results.put("masked_cert_url", "https://cert.trustedform.com/masked");
                    results.put("share_url", "https://cert.trustedform.com/shared");
                })),
                aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(fixture("error-404.json")));
        Set<String> answered = new HashSet<>();
        for (ResponseDefinitionBuilder answer : answers) {
            trustedForm.stubFor(post(urlPathMatching("/.*")).willReturn(answer));
            CheckResponse response = check.check(Lead.matching().request());
            assertFitsDescriptor(check, response);
            answered.addAll(answered(response).values().keySet());
        }
        CheckResponse local = check.check(Lead.withCertificate("https://cert.trustedform.com/abc").request());
        assertFitsDescriptor(check, local);

        assertThat(answered).containsExactlyInAnyOrderElementsOf(
                descriptor.responseFields().stream().map(FieldSpec::name).toList());
    }

    @Test
    void listsEveryOutcomeARuleMayMeet() {
        assertThat(TrustedFormOutcome.ids()).isEqualTo(
                "success, failure, error, invalid, expired, not_found, not_claimable, claimed_too_many_times");
        assertThat(descriptor.responseField("outcome").orElseThrow().description())
                .contains(Stream.of(TrustedFormOutcome.values()).map(TrustedFormOutcome::id).toArray(String[]::new));
    }
}
