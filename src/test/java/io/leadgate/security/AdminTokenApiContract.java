package io.leadgate.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/** The admin token check and the admin API for admin tokens over real HTTP. Run on each database. */
abstract class AdminTokenApiContract extends ApiTest {

    private static final String TOKENS = "/api/v1/admin-tokens";

    private JsonNode issue(String name) {
        Api.Response r = api().postJson(TOKENS, ADMIN_TOKEN, Map.of("name", name));
        assertThat(r.status()).as("token issued: %s", r).isEqualTo(201);
        return r.json();
    }

    private List<JsonNode> tokens(String token) {
        List<JsonNode> list = new ArrayList<>();
        api().get(TOKENS, token).json().forEach(list::add);
        return list;
    }

    @Test
    void refusesACallWithoutAToken() {
        Api.Response r = api().get(TOKENS, null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(r.json().path("error").asString()).isEqualTo("unauthorized");
        assertThat(r.json().path("detail").asString()).contains("admin token is required");
    }

    @Test
    void refusesAWrongToken() {
        Api.Response r = api().get(TOKENS, ADMIN_TOKEN + "x");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().path("detail").asString()).contains("unknown or revoked");
    }

    @Test
    void refusesAPostingKey() {
        assertThat(api().get(TOKENS, DEMO_KEY).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/leads", DEMO_KEY).status()).isEqualTo(401);
        assertThat(api().postJson(TOKENS, DEMO_KEY, Map.of("name", "sneaky")).status()).isEqualTo(401);
    }

    @Test
    void refusesATokenSentOtherThanAsBearer() {
        Api.Response apiKeyHeader = api().post("/api/v1/admin-tokens", null, "application/json", "{\"name\":\"x\"}",
                Map.of("X-Api-Key", ADMIN_TOKEN));
        Api.Response basic = api().post("/api/v1/admin-tokens", null, "application/json", "{\"name\":\"x\"}",
                Map.of("Authorization", "Basic " + ADMIN_TOKEN));

        assertThat(apiKeyHeader.status()).isEqualTo(401);
        assertThat(basic.status()).isEqualTo(401);
    }

    @Test
    void refusesUnknownApiPathsWithoutAToken() {
        assertThat(api().get("/api/v1/no-such-thing", null).status()).isEqualTo(401);
    }

    @Test
    void issuesATokenShownOnceThatWorksAtOnce() {
        JsonNode issued = issue("ci pipeline");

        String secret = issued.path("token").asString();
        assertThat(secret).startsWith("lga_").hasSizeGreaterThanOrEqualTo(40);
        assertThat(issued.path("name").asString()).isEqualTo("ci pipeline");
        assertThat(issued.path("hint").asString()).isEqualTo(secret.substring(secret.length() - 4));
        assertThat(issued.path("active").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/lead-types", secret).status()).isEqualTo(200);
        assertThat(api().get(TOKENS, secret).status()).isEqualTo(200);
    }

    @Test
    void listsTokensWithHintsOnly() {
        JsonNode issued = issue("reporting");
        String secret = issued.path("token").asString();

        Api.Response r = api().get(TOKENS, ADMIN_TOKEN);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).doesNotContain(secret).doesNotContain(ADMIN_TOKEN).doesNotContain(secret.substring(4, 20));
        JsonNode listed = tokens(ADMIN_TOKEN).stream()
                .filter(t -> t.path("id").asString().equals(issued.path("id").asString())).findFirst().orElseThrow();
        assertThat(listed.path("name").asString()).isEqualTo("reporting");
        assertThat(listed.path("hint").asString()).isEqualTo(secret.substring(secret.length() - 4));
        assertThat(listed.path("token").isMissingNode() || listed.path("token").isNull()).isTrue();
        assertThat(tokens(ADMIN_TOKEN)).anySatisfy(t -> assertThat(t.path("hint").asString()).isEqualTo("0001"));
    }

    @Test
    void recordsWhenATokenWasLastUsed() {
        JsonNode issued = issue("last use");
        api().get("/api/v1/lead-types", issued.path("token").asString());

        JsonNode listed = tokens(ADMIN_TOKEN).stream()
                .filter(t -> t.path("id").asString().equals(issued.path("id").asString())).findFirst().orElseThrow();

        assertThat(listed.path("last_used_at").asString()).isNotBlank();
    }

    @Test
    void refusesATokenWithoutAName() {
        Api.Response r = api().postJson(TOKENS, ADMIN_TOKEN, Map.of("name", " "));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("name");
    }

    @Test
    void refusesANameTooLongToStore() {
        Api.Response r = api().postJson(TOKENS, ADMIN_TOKEN, Map.of("name", "n".repeat(201)));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("name");
    }

    @Test
    void revokesATokenWhichIsThenRefused() {
        JsonNode issued = issue("to revoke");
        String secret = issued.path("token").asString();
        assertThat(api().get(TOKENS, secret).status()).isEqualTo(200);

        Api.Response r = api().delete(TOKENS + "/" + issued.path("id").asString(), ADMIN_TOKEN);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("active").asBoolean()).isFalse();
        assertThat(r.json().path("revoked_at").asString()).isNotBlank();
        Api.Response refused = api().get(TOKENS, secret);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("detail").asString()).contains("revoked");
    }

    @Test
    void letsATokenRevokeItself() {
        JsonNode issued = issue("self");
        String secret = issued.path("token").asString();

        Api.Response r = api().delete(TOKENS + "/" + issued.path("id").asString(), secret);

        assertThat(r.status()).isEqualTo(200);
        assertThat(api().get(TOKENS, secret).status()).isEqualTo(401);
    }

    @Test
    void answers404ForAnUnknownToken() {
        Api.Response r = api().delete(TOKENS + "/no-such-token", ADMIN_TOKEN);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("error").asString()).isEqualTo("not_found");
    }

    /** Revokes every other token, the test's own admin token included: the application is not reused after this. */
    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void refusesToRevokeTheLastActiveToken() {
        JsonNode last = issue("the last one");
        String secret = last.path("token").asString();
        for (JsonNode t : tokens(secret)) {
            if (t.path("active").asBoolean() && !t.path("id").asString().equals(last.path("id").asString())) {
                assertThat(api().delete(TOKENS + "/" + t.path("id").asString(), secret).status()).isEqualTo(200);
            }
        }

        Api.Response r = api().delete(TOKENS + "/" + last.path("id").asString(), secret);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asString()).contains("last active admin token");
        assertThat(api().get(TOKENS, secret).status()).isEqualTo(200);
        assertThat(api().get(TOKENS, ADMIN_TOKEN).status()).isEqualTo(401);
        assertThat(tokens(secret)).filteredOn(t -> t.path("active").asBoolean()).hasSize(1);
    }
}
