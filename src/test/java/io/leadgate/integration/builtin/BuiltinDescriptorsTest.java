package io.leadgate.integration.builtin;

import static io.leadgate.integration.builtin.BuiltinChecks.answered;
import static io.leadgate.integration.builtin.BuiltinChecks.assertFitsDescriptor;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationCatalog;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.lead.field.FieldType;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltinDescriptorsTest {

    private static final String SNAKE_CASE = "[a-z][a-z0-9]*(_[a-z0-9]+)*";

    private static final BuiltinPhoneCheck PHONE = new BuiltinPhoneCheck();
    private static final BuiltinEmailCheck EMAIL = new BuiltinEmailCheck();
    private static final BuiltinIpCheck IP = new BuiltinIpCheck();

    /** A check with the inputs that, between them, make it answer every response field it declares. */
    record Sample(Integration check, FieldType type, List<String> inputs) {
        @Override
        public String toString() {
            return check.descriptor().id();
        }
    }

    static Stream<Sample> samples() {
        return Stream.of(
                new Sample(PHONE, FieldType.PHONE, List.of("(212) 736-5000", "201-200-1234", "917-234-5678",
                        "800-234-5678", "900-234-5678", "212-555-0123", "222-222-2222", "555-1212", "+44 20 7946 0000",
                        "+44 871 234 5678", "+44 300 123 4567", "+33 1 42 68 53 00", "787-234-5678", "902-421-1234",
                        "867-555-1234", "+1 649 555 1234", "+800 1234 5678", "not a phone", "x")),
                new Sample(EMAIL, FieldType.EMAIL, List.of("jane@acme.com", "jane@gmail.com", "info@mailinator.com",
                        "jane@gmial.com", "jane@gmail,com", "jane@", "@gmail.com", "not an email", "jane@acme.con",
                        "JANE@Example.COM", "jane@münchen.de")),
                new Sample(IP, FieldType.IP, List.of("8.8.8.8", "10.0.0.1", "127.0.0.1", "0.0.0.0", "::1", "fe80::1",
                        "2001:4860:4860::8888", "::ffff:10.0.0.1", "999.1.1.1", "example.com")));
    }

    static Stream<Integration> checks() {
        return samples().map(Sample::check);
    }

    static Stream<Arguments> inputs() {
        return samples().flatMap(sample -> sample.inputs().stream().map(input -> Arguments.of(sample, input)));
    }

    @ParameterizedTest
    @MethodSource("checks")
    void describesABuiltInFreeOfflineCheck(Integration check) {
        IntegrationDescriptor descriptor = check.descriptor();

        assertThat(descriptor.id()).startsWith("builtin.");
        assertThat(descriptor.provider()).isEqualTo("builtin");
        assertThat(descriptor.category()).isEqualTo(Category.BUILTIN);
        assertThat(descriptor.pricePerCall()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(descriptor.cacheable()).isFalse();
        assertThat(check.needsConnection()).isFalse();
        assertThat(descriptor.name()).isNotBlank();
        assertThat(descriptor.description()).isNotBlank();
    }

    @Test
    void usesTheStableIdsOfTheCatalog() {
        assertThat(checks().map(c -> c.descriptor().id())).containsExactly("builtin.phone", "builtin.email", "builtin.ip");
    }

    @Test
    void joinTheCatalogUnderTheirIds() {
        IntegrationCatalog catalog = new IntegrationCatalog(checks().toList());

        assertThat(catalog.get("builtin.phone")).isSameAs(PHONE);
        assertThat(catalog.get("builtin.email")).isSameAs(EMAIL);
        assertThat(catalog.get("builtin.ip")).isSameAs(IP);
    }

    @ParameterizedTest
    @MethodSource("checks")
    void namesEveryFieldAndSettingInSnakeCase(Integration check) {
        IntegrationDescriptor descriptor = check.descriptor();

        Stream.of(descriptor.requestFields(), descriptor.responseFields())
                .flatMap(List::stream)
                .map(FieldSpec::name)
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
        assertThat(descriptor.settings()).allSatisfy(setting ->
                assertThat(setting.problemWith(setting.defaultValue())).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("checks")
    void takesOneRequiredFieldOfItsOwnType(Integration check) {
        List<FieldSpec> request = check.descriptor().requestFields();

        assertThat(request).hasSize(1);
        assertThat(request.getFirst().required()).isTrue();
        assertThat(request.getFirst().name()).isEqualTo(request.getFirst().type().id());
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void answersOnlyDeclaredFieldsOfTheDeclaredTypes(Sample sample, String input) {
        CheckResponse response = sample.check().check(request(sample, input));

        assertFitsDescriptor(sample.check(), response);
        assertThat(answered(response)).containsKey("valid");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void answersEveryDeclaredFieldForSomeInput(Sample sample) {
        Set<String> answered = new HashSet<>();
        for (String input : sample.inputs()) {
            answered.addAll(answered(sample.check().check(request(sample, input))).keySet());
        }

        assertThat(answered).containsExactlyInAnyOrderElementsOf(
                sample.check().descriptor().responseFields().stream().map(FieldSpec::name).toList());
    }

    private static CheckRequest request(Sample sample, String input) {
        String field = sample.check().descriptor().requestFields().getFirst().name();
        String[] settings = sample.check().descriptor().settings().stream()
                .filter(s -> s.name().equals(BuiltinPhoneCheck.ALLOWED_COUNTRIES))
                .flatMap(s -> Stream.of(s.name(), "US,CA"))
                .toArray(String[]::new);
        return BuiltinChecks.request(field, sample.type(), input, settings);
    }

    @Test
    void declaresTheDefaultsOfThePhoneSettings() {
        assertThat(PHONE.descriptor().setting(BuiltinPhoneCheck.DEFAULT_REGION)).map(SettingSpec::defaultValue).contains("US");
        assertThat(PHONE.descriptor().setting(BuiltinPhoneCheck.ALLOWED_COUNTRIES)).map(SettingSpec::defaultValue).isEmpty();
    }
}
