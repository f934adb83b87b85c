package io.leadgate.integration.builtin;

import static io.leadgate.integration.builtin.BuiltinChecks.assertFitsDescriptor;
import static io.leadgate.integration.builtin.BuiltinChecks.texts;
import static io.leadgate.integration.builtin.BuiltinEmailCheck.EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.lead.field.EmailValue;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.TextValue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BuiltinEmailCheckTest {

    private final BuiltinEmailCheck check = new BuiltinEmailCheck();

    private CheckResponse check(String email) {
        CheckResponse response = check.check(BuiltinChecks.request(EMAIL, FieldType.EMAIL, email));
        assertFitsDescriptor(check, response);
        return response;
    }

    @Test
    void answersEverythingKnownAboutACompanyAddress() {
        assertThat(texts(check("Jane.Doe@Acme-Insurance.com"))).containsExactly(
                entry("valid", "true"),
                entry("domain", "acme-insurance.com"),
                entry("tld", "com"),
                entry("is_free", "false"),
                entry("is_disposable", "false"),
                entry("is_role", "false"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane@gmail.com", "jane@yahoo.com", "jane@hotmail.com", "jane@outlook.com",
        "jane@aol.com", "jane@icloud.com", "jane@comcast.net", "jane@yahoo.co.uk"})
    void reportsFreeMailboxProviders(String email) {
        assertThat(texts(check(email))).contains(
                entry("valid", "true"), entry("is_free", "true"), entry("is_disposable", "false"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane@mailinator.com", "jane@guerrillamail.com", "jane@10minutemail.com",
        "jane@yopmail.com", "jane@sharklasers.com"})
    void reportsDisposableInboxesAsFreeToo(String email) {
        assertThat(texts(check(email))).contains(
                entry("valid", "true"), entry("is_disposable", "true"), entry("is_free", "true"));
    }

    @Test
    void reportsSubdomainsOfADisposableService() {
        assertThat(texts(check("jane@anything.mailinator.com"))).containsEntry("is_disposable", "true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"info@acme.com", "admin@acme.com", "sales@acme.com", "support@acme.com",
        "noreply@acme.com", "INFO@acme.com", "webmaster@gmail.com"})
    void reportsRoleAddresses(String email) {
        assertThat(texts(check(email))).contains(entry("valid", "true"), entry("is_role", "true"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane@acme.com", "j.smith@acme.com", "jane+leads@gmail.com"})
    void doesNotReportPeopleAsRoles(String email) {
        assertThat(texts(check(email))).containsEntry("is_role", "false");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane.doe@gmail", "jane doe@gmail.com", "jane..doe@gmail.com", "jane@gmail..com",
        "jane@-gmail.com", "jane@192.168.0.1", ".jane@gmail.com"})
    void answersInvalidForMalformedAddressesButKeepsTheirDomain(String email) {
        Map<String, String> values = texts(check(email));

        assertThat(values).containsEntry("valid", "false").containsKey("domain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not an email", "n/a", "jane.doe", "@"})
    void answersInvalidWithNothingMoreForText(String email) {
        Map<String, String> values = texts(check(email));

        assertThat(values).containsEntry("valid", "false");
        assertThat(values).doesNotContainKeys("domain", "tld", "is_free", "is_disposable", "suggested_domain");
    }

    @ParameterizedTest
    @CsvSource({
        "jane@gmial.com, gmail.com",
        "jane@gmai.com, gmail.com",
        "jane@gnail.com, gmail.com",
        "jane@gmail.co, gmail.com",
        "jane@gmail.con, gmail.com",
        "jane@gmail.cm, gmail.com",
        "jane@yahooo.com, yahoo.com",
        "jane@yaho.com, yahoo.com",
        "jane@hotmial.com, hotmail.com",
        "jane@hotmail.co, hotmail.com",
        "jane@yahoo.co, yahoo.com",
        "jane@live.cm, live.com",
        "jane@outlok.com, outlook.com",
        "jane@icloud.co, icloud.com",
        "jane@aol.con, aol.com",
        "jane@comcast.ent, comcast.net",
        "jane@sbcglbal.net, sbcglobal.net",
        "jane@acme.con, acme.com",
        "jane@acme-insurance.cmo, acme-insurance.com"
    })
    void suggestsTheDomainAConsumerMeantForASlipOfTheKeyboard(String email, String meant) {
        Map<String, String> values = texts(check(email));

        assertThat(values).containsEntry("suggested_domain", meant)
                .containsEntry("suggested_email", "jane@" + meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane@gmail.com", "jane@ymail.com", "jane@mail.com", "jane@email.com", "jane@gmx.com",
        "jane@yahoo.cn", "jane@hotmail.ch", "jane@live.cl", "jane@all.com", "jane@acme.co", "jane@acme.com",
        "jane@cloud.com", "jane@protonmail.com"})
    void suggestsNothingForRealDomains(String email) {
        assertThat(texts(check(email))).doesNotContainKeys("suggested_domain", "suggested_email");
    }

    @Test
    void suggestsTheDomainEvenWhenTheAddressIsMalformed() {
        Map<String, String> values = texts(check("jane@gmail,com"));

        assertThat(values).containsEntry("valid", "false").containsEntry("suggested_domain", "gmail.com")
                .containsEntry("suggested_email", "jane@gmail.com");
    }

    @Test
    void readsPlainTextAsAnEmail() {
        CheckResponse response = check.check(BuiltinChecks.request(EMAIL, new TextValue(" info@mailinator.com ", true, "info@mailinator.com")));

        assertFitsDescriptor(check, response);
        assertThat(texts(response)).contains(entry("valid", "true"), entry("is_disposable", "true"), entry("is_role", "true"));
    }

    @Test
    void failsNamingTheFieldWhenNoEmailIsGiven() {
        CheckResponse response = check.check(new CheckRequest(Map.of(), Map.of(), CheckRequest.Context.NONE));

        assertThat(response).isInstanceOfSatisfying(CheckResponse.Failed.class, failed -> {
            assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
            assertThat(failed.message()).contains("email");
        });
    }

    @Test
    void keepsTheInputAndTheTypedValuesAsJsonForTheAuditTrail() {
        CheckResponse response = check("jane@gmial.com");
        JsonMapper json = JsonMapper.shared();

        assertThat(json.readTree(response.requestAsSent()).get("email").asString()).isEqualTo("jane@gmial.com");
        JsonNode raw = json.readTree(response.rawResponse());
        assertThat(raw.get("valid").isBoolean()).isTrue();
        assertThat(raw.get("is_free").isBoolean()).isTrue();
        assertThat(raw.get("suggested_email").asString()).isEqualTo("jane@gmail.com");
    }

    @Test
    void answersTheSuggestedAddressAsAnEmailValue() {
        CheckResponse response = check("jane@gmial.com");

        assertThat(BuiltinChecks.answered(response).get("suggested_email")).isInstanceOfSatisfying(EmailValue.class,
                email -> assertThat(email.domain()).isEqualTo("gmail.com"));
    }
}
