package io.leadgate.integration.trestle;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.trestle.TrestleFixtures.PHONE_INTEL;
import static io.leadgate.integration.trestle.TrestleFixtures.REAL_CONTACT_2_0;
import static io.leadgate.testing.CheckAnswers.answered;
import static io.leadgate.testing.CheckAnswers.assertFitsDescriptor;
import static io.leadgate.integration.trestle.TrestleFixtures.field;
import static io.leadgate.integration.trestle.TrestleFixtures.fixture;
import static io.leadgate.integration.trestle.TrestleFixtures.johnDoe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationCatalog;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.integration.trestle.TrestleFixtures.FakeProviderAccess;
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

class TrestleDescriptorsTest {

    @RegisterExtension
    static WireMockExtension trestle = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SNAKE_CASE = "[a-z][a-z0-9]*(_[a-z0-9]+)*";

    /** One Trestle check, a request for it, and Trestle answers that between them fill every field it declares. */
    record Sample(Integration check, String path, CheckRequest request, List<String> answers) {
        @Override
        public String toString() {
            return check.descriptor().id();
        }
    }

    static Stream<Sample> samples() {
        TrestleClient client = TrestleFixtures.client(TrestleFixtures.testProperties(),
                FakeProviderAccess.connectedTo(trestle.baseUrl()));
        return Stream.of(
                new Sample(new TrestleRealContactCheck(client), REAL_CONTACT_2_0, TrestleFixtures.request(johnDoe()), List.of(
                        fixture("real-contact/response.success.json"),
                        fixture("real-contact-v1-1/response.example.json"),
                        fixture("real-contact/response.success.json", json -> json.putArray("warnings").add("Invalid Address")))),
                new Sample(new TrestlePhoneIntelCheck(client), PHONE_INTEL,
                        TrestleFixtures.request(List.<Object[]>of(field("phone", FieldType.PHONE, "2069735100"))), List.of(
                        fixture("phone-validation/response.success.json"),
                        fixture("phone-validation/response.success.json", json -> {
                            json.putObject("add_ons").putObject("litigator_checks").put("phone.is_litigator_risk", false);
                            json.putArray("warnings").add("Invalid Phone");
                        }))));
    }

    static Stream<Integration> checks() {
        return samples().map(Sample::check);
    }

    @Test
    void usesTheStableIdsOfTheCatalog() {
        assertThat(checks().map(c -> c.descriptor().id())).containsExactly("trestle.real_contact", "trestle.phone_intel");
        assertThat(new IntegrationCatalog(checks().toList()).find("trestle.real_contact")).isPresent();
    }

    @ParameterizedTest
    @MethodSource("checks")
    void describesAPaidContactCheckThatNeedsTheTrestleConnection(Integration check) {
        IntegrationDescriptor descriptor = check.descriptor();

        assertThat(descriptor.provider()).isEqualTo(TrestleProvider.ID);
        assertThat(descriptor.category()).isEqualTo(Category.CONTACT);
        assertThat(check.needsConnection()).isTrue();
        assertThat(descriptor.pricePerCall()).isPositive();
        assertThat(descriptor.cacheTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(descriptor.name()).contains("Trestle");
        assertThat(descriptor.description()).contains("paid Trestle lookup");
    }

    @Test
    void chargesTheDocumentedDefaultPrices() {
        List<Integration> checks = checks().toList();

        assertThat(checks.get(0).descriptor().pricePerCall()).isEqualByComparingTo("0.03");
        assertThat(checks.get(1).descriptor().pricePerCall()).isEqualByComparingTo("0.01");
    }

    @Test
    void takesPriceAndCacheTimeFromConfiguration() {
        TrestleProperties properties = new TrestleProperties(null, null, null, null, null, null,
                new TrestleProperties.Lookup(null, new BigDecimal("0.045"), Duration.ZERO),
                new TrestleProperties.Lookup(null, new BigDecimal("0.0075"), Duration.ofHours(1)), null);
        TrestleClient client = TrestleFixtures.client(properties, FakeProviderAccess.notConnected());

        IntegrationDescriptor realContact = new TrestleRealContactCheck(client).descriptor();
        IntegrationDescriptor phoneIntel = new TrestlePhoneIntelCheck(client).descriptor();

        assertThat(realContact.pricePerCall()).isEqualByComparingTo("0.045");
        assertThat(realContact.cacheable()).isFalse();
        assertThat(phoneIntel.pricePerCall()).isEqualByComparingTo("0.0075");
        assertThat(phoneIntel.cacheTtl()).isEqualTo(Duration.ofHours(1));
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
    @MethodSource("checks")
    void requiresOnlyThePhone(Integration check) {
        assertThat(check.descriptor().requestFields().stream().filter(FieldSpec::required))
                .extracting(FieldSpec::name, FieldSpec::type).containsExactly(tuple("phone", FieldType.PHONE));
    }

    @Test
    void takesTheNameTheContactDetailsAndTheAddressPartsOfTrestlesRequest() {
        IntegrationDescriptor realContact = checks().toList().get(0).descriptor();

        assertThat(realContact.requestFields()).extracting(FieldSpec::name, FieldSpec::type).containsExactly(
                tuple("name", FieldType.STRING),
                tuple("first_name", FieldType.STRING),
                tuple("last_name", FieldType.STRING),
                tuple("phone", FieldType.PHONE),
                tuple("email", FieldType.EMAIL),
                tuple("ip_address", FieldType.IP),
                tuple("street_line_1", FieldType.STRING),
                tuple("street_line_2", FieldType.STRING),
                tuple("city", FieldType.STRING),
                tuple("state_code", FieldType.STATE),
                tuple("postal_code", FieldType.POSTAL_CODE),
                tuple("country_code", FieldType.STRING),
                tuple("business_name", FieldType.STRING));
    }

    @Test
    void offersTheApiVersionAsANamedChoiceAndEachAddOnAsASwitchThatIsOffByDefault() {
        IntegrationDescriptor realContact = checks().toList().get(0).descriptor();
        SettingSpec version = realContact.setting("api_version").orElseThrow();

        assertThat(version.defaultValue()).isEqualTo("2.0");
        assertThat(version.choices()).extracting(SettingSpec.Choice::value).containsExactly("2.0", "1.1");
        assertThat(version.problemWith("1.0")).isPresent();
        assertThat(realContact.settings()).filteredOn(s -> s.type() == FieldType.BOOLEAN)
                .extracting(SettingSpec::name, SettingSpec::defaultValue).containsExactly(
                        tuple("litigator_checks", "false"),
                        tuple("email_checks_deliverability", "false"),
                        tuple("email_checks_age", "false"));
    }

    @Test
    void declaresEveryResponseFieldTheIssueListsWithItsType() {
        List<Integration> checks = checks().toList();

        assertThat(checks.get(0).descriptor().responseFields()).extracting(FieldSpec::name, FieldSpec::type).contains(
                tuple("phone_valid", FieldType.BOOLEAN),
                tuple("phone_activity_score", FieldType.NUMBER),
                tuple("phone_line_type", FieldType.STRING),
                tuple("phone_name_match", FieldType.BOOLEAN),
                tuple("phone_contact_grade", FieldType.STRING),
                tuple("email_valid", FieldType.BOOLEAN),
                tuple("email_name_match", FieldType.BOOLEAN),
                tuple("email_contact_grade", FieldType.STRING),
                tuple("address_valid", FieldType.BOOLEAN),
                tuple("address_name_match", FieldType.BOOLEAN),
                tuple("ip_trust_score", FieldType.NUMBER),
                tuple("ip_distance_to_address", FieldType.NUMBER),
                tuple("litigator_risk", FieldType.BOOLEAN),
                tuple("email_age_score", FieldType.NUMBER),
                tuple("email_deliverable", FieldType.BOOLEAN),
                tuple("warnings", FieldType.STRING));
        assertThat(checks.get(1).descriptor().responseFields()).extracting(FieldSpec::name, FieldSpec::type).contains(
                tuple("valid", FieldType.BOOLEAN),
                tuple("activity_score", FieldType.NUMBER),
                tuple("line_type", FieldType.STRING),
                tuple("carrier", FieldType.STRING),
                tuple("prepaid", FieldType.BOOLEAN),
                tuple("country_code", FieldType.STRING),
                tuple("litigator_risk", FieldType.BOOLEAN));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void answersOnlyDeclaredFieldsOfTheDeclaredTypesAndEachOfThemForSomeAnswer(Sample sample) {
        Set<String> answered = new HashSet<>();
        for (String answer : sample.answers()) {
            trestle.stubFor(get(urlPathEqualTo(sample.path())).willReturn(okJson(answer)));
            var response = sample.check().check(sample.request());
            assertFitsDescriptor(sample.check(), response);
            answered.addAll(answered(response).values().keySet());
        }

        assertThat(answered).containsExactlyInAnyOrderElementsOf(
                sample.check().descriptor().responseFields().stream().map(FieldSpec::name).toList());
    }

    @Test
    void readsEveryResponseFieldOfRealContactFromBothVersionsShapes() {
        Map<String, List<String>> locations = TrestleRealContactCheck.RESPONSE.stream().filter(f -> !f.locations().isEmpty())
                .collect(Collectors.toMap(TrestleField::name, TrestleField::locations));

        assertThat(locations).allSatisfy((name, where) -> {
            assertThat(where).as(name).anyMatch(l -> !l.contains("."));
            assertThat(where).as(name).anyMatch(l -> l.contains("."));
        });
        // the one field whose nested and flat spellings differ beyond the dot
        assertThat(locations.get("phone_line_type")).contains("phone.line_type", "phone.linetype");
    }
}
