package io.leadgate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo campaign as a newcomer meets it: built-in steps decide, a bad phone is rejected and stops the chain, a phone
 * on the internal Do Not Call list and the same consumer sent twice are rejected. Tests share one application, so each
 * lead has a phone and email of its own (the duplicate step would otherwise reject it).
 */
abstract class DemoCampaignContract extends ApiTest {

    /** A valid San Francisco number no other test uses (one in millions). */
    private static String phone() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int exchange = 200 + random.nextInt(800);
        return "(415) " + (exchange % 100 == 11 ? exchange + 1 : exchange) + "-" + (2000 + random.nextInt(8000));
    }

    private static String email(String user) {
        return user + "." + ThreadLocalRandom.current().nextInt(1_000_000) + "@gmail.com";
    }

    private Api.Response postDemo(Map<String, Object> lead) {
        return api().postJson("/api/v1/campaigns/demo/leads", DEMO_KEY, lead);
    }

    private List<JsonNode> checks(String leadId) {
        List<JsonNode> list = new ArrayList<>();
        api().get("/api/v1/leads/" + leadId + "/checks", ADMIN_TOKEN).json().forEach(list::add);
        return list;
    }

    @Test
    void acceptsAGoodLeadAfterTheBuiltInChecks() {
        Api.Response r = postDemo(Map.of("first_name", "Cy", "phone", phone(), "email", email("cy"), "ip_address", "8.8.8.8"));

        assertThat(r.json().path("disposition").asString()).as(r.toString()).isEqualTo("ACCEPTED");
        assertThat(r.json().path("checks").findValuesAsString("integration"))
                .containsExactly("builtin.phone", "builtin.dnc", "builtin.duplicate", "builtin.email", "builtin.ip",
                        "trustedform.verify");
        // no certificate was sent: the consent step is skipped, every other step passed
        assertThat(r.json().path("checks").findValuesAsString("status"))
                .containsExactly("passed", "passed", "passed", "passed", "passed", "skipped");
        String leadId = r.json().path("lead_id").asString();
        assertThat(api().get("/api/v1/leads/" + leadId, ADMIN_TOKEN).json().at("/fields/phone_line_type/text").asString())
                .isNotBlank();
    }

    @Test
    void rejectsAPhoneOutsideTheCampaignsCountriesAndRunsNoLaterStep() {
        Api.Response r = postDemo(Map.of("first_name", "Bob", "phone", "+44 20 7946 0958", "email", "bob@mailinator.com"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(r.json().path("reasons").get(0).asString()).isEqualTo("phone number is outside the campaign's countries");
        List<JsonNode> checks = checks(r.json().path("lead_id").asString());
        assertThat(checks).extracting(c -> c.path("status").asString())
                .containsExactly("rejected", "not_run", "not_run", "not_run", "not_run", "not_run");
        assertThat(checks.getFirst().path("rules").get(0).path("truth").asString()).isEqualTo("true");
        assertThat(checks.get(1).path("raw_response").isNull() || checks.get(1).path("raw_response").isMissingNode()).isTrue();
    }

    @Test
    void rejectsADisposableEmailAndFlagsARoleAccount() {
        assertThat(postDemo(Map.of("first_name", "D", "phone", phone(), "email", "d@mailinator.com"))
                .json().path("disposition").asString()).isEqualTo("REJECTED");
        Api.Response role = postDemo(Map.of("first_name", "E", "phone", phone(),
                "email", "info@acme-widgets-" + ThreadLocalRandom.current().nextInt(1_000_000) + ".com"));
        assertThat(role.json().path("disposition").asString()).isEqualTo("FLAGGED");
        assertThat(role.json().path("reasons").get(0).asString()).isEqualTo("role account email address");
    }

    @Test
    void sendsAPrivateConsumerIpToQualityControl() {
        Api.Response r = postDemo(Map.of("first_name", "F", "phone", phone(), "ip_address", "192.168.1.20"));

        assertThat(r.json().path("disposition").asString()).isEqualTo("QUALITY_CONTROL");
        assertThat(r.json().path("checks").get(3).path("integration").asString()).isEqualTo("builtin.email");
        assertThat(r.json().path("checks").get(3).path("status").asString()).isEqualTo("skipped");
    }

    @Test
    void rejectsAPhoneOnTheInternalDoNotCallListAndRunsNoLaterStep() {
        String phone = phone();
        Api.Response added = api().postJson("/api/v1/dnc/lists/internal_dnc/numbers", ADMIN_TOKEN,
                Map.of("phone", phone, "note", "asked not to be called"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        Api.Response r = postDemo(Map.of("first_name", "G", "phone", phone, "email", email("g")));

        assertThat(r.json().path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(r.json().path("reasons").get(0).asString()).isEqualTo("phone number is on the internal Do Not Call list");
        assertThat(r.json().path("checks").findValuesAsString("status"))
                .containsExactly("passed", "rejected", "not_run", "not_run", "not_run", "not_run");
    }

    @Test
    void rejectsTheSameConsumerSentTwice() {
        String phone = phone();
        Api.Response first = postDemo(Map.of("first_name", "H", "phone", phone, "email", email("h")));
        Api.Response again = postDemo(Map.of("first_name", "H", "phone", phone.replaceAll("\\D", ""), "email", email("h2")));

        assertThat(first.json().path("disposition").asString()).isEqualTo("ACCEPTED");
        assertThat(again.json().path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(again.json().path("reasons").get(0).asString()).isEqualTo("same consumer as a lead received in the last 30 days");
    }

    @Test
    void rejectsAMalformedConsentCertificateWithoutAKeyAndHoldsAnUnverifiedOneForReview() {
        Api.Response malformed = postDemo(Map.of("first_name", "G", "phone", phone(), "email", email("g"),
                "trustedform_cert_url", "https://cert.trustedform.com/not-a-certificate"));
        assertThat(malformed.json().path("disposition").asString()).as(malformed.toString()).isEqualTo("REJECTED");
        assertThat(malformed.json().path("reasons").get(0).asString()).isEqualTo("consent certificate could not be verified");

        Api.Response unverified = postDemo(Map.of("first_name", "H", "phone", phone(), "email", email("h"),
                "trustedform_cert_url", "https://cert.trustedform.com/0123456789abcdef0123456789abcdef01234567"));
        assertThat(unverified.json().path("disposition").asString()).as(unverified.toString()).isEqualTo("QUALITY_CONTROL");
        assertThat(unverified.json().path("checks").get(5).path("status").asString()).isEqualTo("error");
    }
}
