package io.leadgate.integration.ipqs;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.ipqs.IpqsFixtures.API;
import static io.leadgate.testing.CheckAnswers.answered;
import static io.leadgate.integration.ipqs.IpqsFixtures.assertFitsDescriptor;
import static io.leadgate.integration.ipqs.IpqsFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.integration.Category;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationCatalog;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.integration.builtin.BuiltinEmailCheck;
import io.leadgate.integration.builtin.BuiltinIpCheck;
import io.leadgate.integration.builtin.BuiltinPhoneCheck;
import io.leadgate.integration.ipqs.IpqsFixtures.FakeProviderAccess;
import io.leadgate.lead.field.FieldType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import tools.jackson.databind.node.ObjectNode;

class IpqsDescriptorsTest {

    @RegisterExtension
    static WireMockExtension ipqs = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SNAKE_CASE = "[a-z][a-z0-9]*(_[a-z0-9]+)*";

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-08T19:41:22Z"), ZoneOffset.UTC);

    /** One IPQS check, with IPQS answers that between them fill every field it declares. */
    record Sample(Integration check, FieldType type, String value, String lookup, List<String> answers) {
        @Override
        public String toString() {
            return check.descriptor().id();
        }
    }

    static Stream<Sample> samples() {
        IpqsClient client = IpqsFixtures.client(IpqsFixtures.testProperties(),
                FakeProviderAccess.connectedTo(ipqs.baseUrl() + API));
        return Stream.of(
                new Sample(new IpqsPhoneCheck(client), FieldType.PHONE, "+18007132618", "phone", List.of(
                        fixture("phone.json"),
                        fixture("phone.json", json -> {
                            json.put("prepaid", false);
                            json.put("active_status", "Active");
                            json.put("name", "Jane Doe");
                            json.put("mcc", "310");
                            json.put("mnc", "260");
                            json.put("sms_domain", "tmomail.net");
                            json.put("sms_email", "18007132618@tmomail.net");
                            ((ObjectNode) json.get("associated_email_addresses")).putArray("emails").add("jane@example.com");
                        }))),
                new Sample(new IpqsEmailCheck(client, CLOCK), FieldType.EMAIL, "noreply@ipqualityscore.com", "email", List.of(
                        fixture("email.json"),
                        fixture("email.json", json -> {
                            json.put("suggested_domain", "gmail.com");
                            json.put("first_name", "Jane");
                        }))),
                new Sample(new IpqsIpCheck(client), FieldType.IP, "1.1.1.1", "ip", List.of(
                        fixture("ip.json"),
                        fixture("ip.json", json -> {
                            json.put("zip_code", "80202");
                            json.put("operating_system", "Windows 10");
                            json.put("browser", "Chrome 139.0");
                            json.put("device_brand", "Google");
                            json.put("device_model", "Pixel 8");
                        }))));
    }

    static Stream<Integration> checks() {
        return samples().map(Sample::check);
    }

    @Test
    void usesTheStableIdsOfTheCatalog() {
        assertThat(checks().map(c -> c.descriptor().id())).containsExactly("ipqs.phone", "ipqs.email", "ipqs.ip");
    }

    @Test
    void joinTheCatalogBesideTheBuiltInChecks() {
        List<Integration> all = Stream.concat(checks(),
                Stream.of(new BuiltinPhoneCheck(), new BuiltinEmailCheck(), new BuiltinIpCheck())).toList();

        IntegrationCatalog catalog = new IntegrationCatalog(all);

        assertThat(catalog.find("ipqs.phone")).isPresent();
        assertThat(catalog.find("ipqs.email")).isPresent();
        assertThat(catalog.find("ipqs.ip")).isPresent();
    }

    @ParameterizedTest
    @MethodSource("checks")
    void describesAPaidFraudCheckThatNeedsTheIpqsConnection(Integration check) {
        IntegrationDescriptor descriptor = check.descriptor();

        assertThat(descriptor.provider()).isEqualTo(IpqsProvider.ID);
        assertThat(descriptor.category()).isEqualTo(Category.FRAUD);
        assertThat(check.needsConnection()).isTrue();
        assertThat(descriptor.pricePerCall()).isEqualByComparingTo("0.005");
        assertThat(descriptor.cacheable()).isTrue();
        assertThat(descriptor.name()).contains("IPQualityScore");
        assertThat(descriptor.description()).isNotBlank();
    }

    @Test
    void declaresHowLongEachAnswerMayBeReused() {
        assertThat(checks().map(c -> c.descriptor().cacheTtl()))
                .containsExactly(Duration.ofHours(24), Duration.ofHours(24), Duration.ofHours(1));
    }

    @Test
    void takesPriceAndCacheTimeFromConfiguration() {
        IpqsProperties properties = new IpqsProperties(null, null, null, null, null, null, null,
                new IpqsProperties.Lookup(null, new BigDecimal("0.0125"), Duration.ZERO), null, null);

        IpqsPhoneCheck check = new IpqsPhoneCheck(IpqsFixtures.client(properties, FakeProviderAccess.notConnected()));

        assertThat(check.descriptor().pricePerCall()).isEqualByComparingTo("0.0125");
        assertThat(check.descriptor().cacheable()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("checks")
    void namesEveryFieldAndSettingInSnakeCase(Integration check) {
        IntegrationDescriptor descriptor = check.descriptor();

        Stream.of(descriptor.requestFields(), descriptor.responseFields()).flatMap(List::stream).map(FieldSpec::name)
                .forEach(name -> assertThat(name).as(descriptor.id()).matches(SNAKE_CASE));
        descriptor.settings().forEach(setting -> assertThat(setting.name()).as(descriptor.id()).matches(SNAKE_CASE));
    }

    @ParameterizedTest
    @MethodSource("checks")
    void describesEveryFieldAndSettingForABuyer(Integration check) {
        IntegrationDescriptor descriptor = check.descriptor();

        Stream.of(descriptor.requestFields(), descriptor.responseFields()).flatMap(List::stream).forEach(field ->
                assertThat(field.description()).as("%s.%s", descriptor.id(), field.name()).isNotBlank().endsWith("."));
        descriptor.settings().forEach(setting ->
                assertThat(setting.description()).as("%s.%s", descriptor.id(), setting.name()).isNotBlank().endsWith("."));
    }

    @ParameterizedTest
    @MethodSource("checks")
    void acceptsItsOwnDefaultSettings(Integration check) {
        IntegrationDescriptor descriptor = check.descriptor();
        Map<String, String> defaults = descriptor.settings().stream().filter(s -> s.defaultValue() != null)
                .collect(Collectors.toMap(SettingSpec::name, SettingSpec::defaultValue));

        assertThat(descriptor.settings()).allSatisfy(setting -> assertThat(setting.problemWith(setting.defaultValue())).isEmpty());
        assertThat(check.settingProblems(defaults)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void requiresOneFieldOfItsOwnTypeAndTakesEveryTuningSettingAsAnOptionalField(Sample sample) {
        IntegrationDescriptor descriptor = sample.check().descriptor();
        List<FieldSpec> required = descriptor.requestFields().stream().filter(FieldSpec::required).toList();

        assertThat(required).extracting(FieldSpec::name, FieldSpec::type).containsExactly(
                tuple(sample.type().id(), sample.type()));
        assertThat(descriptor.settings()).allSatisfy(setting ->
                assertThat(descriptor.requestField(setting.name())).as("%s request field %s", descriptor.id(), setting.name())
                        .hasValueSatisfying(field -> assertThat(field.required()).isFalse()));
    }

    @Test
    void offersIpqsStrictnessLevelsAsNamedChoices() {
        IntegrationDescriptor phone = checks().toList().get(0).descriptor();
        IntegrationDescriptor ip = checks().toList().get(2).descriptor();

        assertThat(phone.setting("strictness").orElseThrow().choices()).extracting(SettingSpec.Choice::value)
                .containsExactly("0", "1", "2");
        assertThat(phone.setting("strictness").orElseThrow().choices()).extracting(SettingSpec.Choice::label)
                .containsExactly("0 - loose", "1 - normal", "2 - strict");
        assertThat(phone.setting("strictness").orElseThrow().problemWith("3")).isPresent();
        assertThat(ip.setting("strictness").orElseThrow().choices()).extracting(SettingSpec.Choice::value)
                .containsExactly("0", "1", "2", "3");
    }

    @Test
    void declaresEveryResponseFieldTheIssueLists() {
        List<Integration> checks = checks().toList();

        assertThat(names(checks.get(0))).contains("valid", "fraud_score", "recent_abuse", "voip", "prepaid", "risky",
                "active", "line_type", "country", "region", "city", "zip_code", "timezone", "carrier", "do_not_call",
                "leaked", "spammer", "active_status", "user_activity", "name", "formatted", "local_format", "dialing_code",
                "request_id", "risk_level");
        assertThat(names(checks.get(1))).contains("valid", "disposable", "fraud_score", "smtp_score", "overall_score",
                "deliverability", "catch_all", "honeypot", "frequent_complainer", "suspect", "recent_abuse", "leaked",
                "first_seen", "domain_age", "sanitized_email", "suggested_domain", "risk_level");
        assertThat(names(checks.get(2))).contains("fraud_score", "proxy", "vpn", "tor", "active_vpn", "active_tor",
                "is_crawler", "bot_status", "recent_abuse", "connection_type", "abuse_velocity", "isp", "asn",
                "organization", "host", "country_code", "region", "city", "zip_code", "latitude", "longitude", "timezone",
                "risk_level");
        assertThat(checks.get(2).descriptor().requestFields()).extracting(FieldSpec::name)
                .contains("ip", "user_agent", "user_language", "strictness", "fast", "mobile", "allow_public_access_points");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void answersOnlyDeclaredFieldsOfTheDeclaredTypesAndEachOfThemForSomeAnswer(Sample sample) {
        Set<String> answered = new HashSet<>();
        for (String answer : sample.answers()) {
            ipqs.stubFor(get(urlPathMatching(API + "/json/" + sample.lookup() + "/.*")).willReturn(okJson(answer)));
            var response = sample.check().check(IpqsFixtures.request(sample.type().id(), sample.type(), sample.value()));
            assertFitsDescriptor(sample.check(), response);
            answered.addAll(answered(response).values().keySet());
        }

        assertThat(answered).containsExactlyInAnyOrderElementsOf(
                sample.check().descriptor().responseFields().stream().map(FieldSpec::name).toList());
    }

    private static List<String> names(Integration check) {
        return check.descriptor().responseFields().stream().map(FieldSpec::name).toList();
    }
}
