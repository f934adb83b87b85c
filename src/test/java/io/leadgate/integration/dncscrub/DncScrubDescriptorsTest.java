package io.leadgate.integration.dncscrub;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.testing.CheckAnswers.answered;
import static io.leadgate.testing.CheckAnswers.assertFitsDescriptor;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.integration.Category;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationCatalog;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.integration.builtin.BuiltinPhoneCheck;
import io.leadgate.integration.dncscrub.DncScrubFixtures.FakeProviderAccess;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DncScrubDescriptorsTest {

    @RegisterExtension
    static WireMockExtension dnc = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SNAKE_CASE = "[a-z][a-z0-9]*(_[a-z0-9]+)*";

    /** One DNC.com check, the path it calls, and answers that between them fill every field it declares. */
    record Sample(Integration check, String path, String phone, List<String> answers) {
        @Override
        public String toString() {
            return check.descriptor().id();
        }
    }

    static Stream<Sample> samples() {
        DncScrubClient client = DncScrubFixtures.client(DncScrubFixtures.testProperties(dnc.baseUrl()),
                FakeProviderAccess.connectedTo(dnc.baseUrl()));
        return Stream.of(
                new Sample(new DncScrubLitigatorCheck(client), DncScrubFixtures.LITIGATOR_PATH, "+12675466417",
                        List.of(fixture("litigator-litigator.json"))),
                new Sample(new DncScrubFullScrubCheck(client), DncScrubFixtures.SCRUB_PATH, "+15039367187",
                        List.of(fixture("scrub-litigator.json"))));
    }

    static Stream<Integration> checks() {
        return samples().map(Sample::check);
    }

    @Test
    void usesTheStableIdsOfTheCatalog() {
        assertThat(checks().map(c -> c.descriptor().id())).containsExactly("dncscrub.litigator", "dncscrub.scrub");
    }

    @Test
    void joinTheCatalogBesideTheBuiltInChecks() {
        IntegrationCatalog catalog = new IntegrationCatalog(Stream.concat(checks(), Stream.of(new BuiltinPhoneCheck())).toList());

        assertThat(catalog.find("dncscrub.litigator")).isPresent();
        assertThat(catalog.find("dncscrub.scrub")).isPresent();
    }

    @ParameterizedTest
    @MethodSource("checks")
    void describesAPaidComplianceCheckThatNeedsTheDncComConnection(Integration check) {
        IntegrationDescriptor descriptor = check.descriptor();

        assertThat(descriptor.provider()).isEqualTo(DncScrubProvider.ID);
        assertThat(descriptor.category()).isEqualTo(Category.COMPLIANCE);
        assertThat(check.needsConnection()).isTrue();
        assertThat(descriptor.pricePerCall()).isPositive();
        assertThat(descriptor.name()).contains("DNC.com");
        assertThat(descriptor.description()).isNotBlank();
        assertThat(descriptor.requestFields()).extracting(FieldSpec::name, FieldSpec::type, FieldSpec::required)
                .containsExactly(tuple("phone", FieldType.PHONE, true));
    }

    @Test
    void declaresTheDocumentedDefaultPricesAndCacheTimes() {
        List<IntegrationDescriptor> descriptors = checks().map(Integration::descriptor).toList();

        assertThat(descriptors.get(0).pricePerCall()).isEqualByComparingTo("0.002");
        assertThat(descriptors.get(0).cacheTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(descriptors.get(1).pricePerCall()).isEqualByComparingTo("0.005");
        assertThat(descriptors.get(1).cacheTtl()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void takesPriceAndCacheTimeFromConfiguration() {
        DncScrubProperties properties = new DncScrubProperties(null, null, null, null, null, null, null, null,
                new DncScrubProperties.Endpoint(null, new BigDecimal("0.0035"), Duration.ZERO),
                new DncScrubProperties.Endpoint(null, new BigDecimal("0.011"), Duration.ofMinutes(5)));
        DncScrubClient client = DncScrubFixtures.client(properties, FakeProviderAccess.notConnected());

        assertThat(new DncScrubLitigatorCheck(client).descriptor().pricePerCall()).isEqualByComparingTo("0.0035");
        assertThat(new DncScrubLitigatorCheck(client).descriptor().cacheable()).isFalse();
        assertThat(new DncScrubFullScrubCheck(client).descriptor().pricePerCall()).isEqualByComparingTo("0.011");
        assertThat(new DncScrubFullScrubCheck(client).descriptor().cacheTtl()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void failsAtStartUpOnAConfigurationThatCannotWork() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DncScrubProperties(null, null, null, null, 0, null, null,
                null, null, null)).hasMessageContaining("max-attempts");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DncScrubProperties(null, null, null, null, null, null,
                null, "555-1234", null, null)).hasMessageContaining("test-number");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DncScrubProperties(null, null, null, null, null, null,
                null, null, new DncScrubProperties.Endpoint("v1.5/Scrub/litigator", null, null), null))
                .hasMessageContaining("must start with /");
    }

    @ParameterizedTest
    @MethodSource("checks")
    void namesEveryFieldAndSettingInSnakeCaseAndDescribesItForABuyer(Integration check) {
        IntegrationDescriptor descriptor = check.descriptor();

        Stream.of(descriptor.requestFields(), descriptor.responseFields()).flatMap(List::stream).forEach(field -> {
            assertThat(field.name()).as(descriptor.id()).matches(SNAKE_CASE);
            assertThat(field.description()).as("%s.%s", descriptor.id(), field.name()).isNotBlank().endsWith(".");
        });
        descriptor.settings().forEach(setting -> {
            assertThat(setting.name()).as(descriptor.id()).matches(SNAKE_CASE);
            assertThat(setting.description()).as("%s.%s", descriptor.id(), setting.name()).isNotBlank().endsWith(".");
        });
    }

    @ParameterizedTest
    @MethodSource("checks")
    void acceptsItsOwnDefaultSettings(Integration check) {
        Map<String, String> defaults = check.descriptor().settings().stream().filter(s -> s.defaultValue() != null)
                .collect(Collectors.toMap(SettingSpec::name, SettingSpec::defaultValue));

        assertThat(check.settingProblems(defaults)).isEmpty();
    }

    @Test
    void declaresEveryResponseFieldTheIssueLists() {
        List<Integration> checks = checks().toList();

        assertThat(names(checks.get(0))).containsExactly("is_litigator", "phone");
        assertThat(checks.get(0).descriptor().responseField("is_litigator").orElseThrow().type()).isEqualTo(FieldType.BOOLEAN);
        assertThat(names(checks.get(1))).contains("result_code", "result_meaning", "reason", "line_type", "carrier_info",
                "carrier", "region", "locale", "time_zone_code", "utc_offset_minutes", "wireless_or_voip", "is_litigator");
        assertThat(checks.get(1).descriptor().settings()).extracting(SettingSpec::name).containsExactly("project_id", "campaign_id");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void answersOnlyDeclaredFieldsOfTheDeclaredTypesAndEachOfThemForSomeAnswer(Sample sample) {
        Set<String> answered = new HashSet<>();
        for (String answer : sample.answers()) {
            dnc.stubFor(get(urlPathEqualTo(sample.path())).willReturn(okJson(answer)));
            CheckResponse response = sample.check().check(DncScrubFixtures.phoneRequest(sample.phone()));
            assertFitsDescriptor(sample.check(), response);
            answered.addAll(answered(response).values().keySet());
        }

        assertThat(answered).containsExactlyInAnyOrderElementsOf(names(sample.check()));
    }

    private static List<String> names(Integration check) {
        return check.descriptor().responseFields().stream().map(FieldSpec::name).toList();
    }
}
