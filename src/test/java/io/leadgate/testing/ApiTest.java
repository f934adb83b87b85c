package io.leadgate.testing;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The base of tests that drive LeadGate over real HTTP. The application runs with a known admin token and demo posting
 * key; a subclass picks the database with {@link H2Database} or {@link PostgresDatabase}. Tests share one application
 * per database, so each creates what it needs under fresh ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "leadgate.bootstrap.admin-token=" + ApiTest.ADMIN_TOKEN,
        "leadgate.demo.posting-key=" + ApiTest.DEMO_KEY,
        "leadgate.data-dir=target/test-data",
        // tests post the same numbers against fakes scripted differently: reuse is tested on its own (ResultCacheContract)
        "leadgate.pipeline.result-cache=false"})
@Import(TestIntegrations.class)
public abstract class ApiTest {

    public static final String ADMIN_TOKEN = "lga_test_admin_token_0000000001";
    public static final String DEMO_KEY = "lgp_test_demo_posting_key_00001";

    @LocalServerPort
    private int port;

    protected Api api() {
        return new Api(port);
    }

    /** A fresh identifier with a readable prefix. */
    protected static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Creates a lead type with the given fields (name, type, required) and returns its id. */
    protected String createLeadType(List<Map<String, Object>> fields) {
        String id = unique("lt");
        Api.Response r = api().postJson("/api/v1/lead-types", ADMIN_TOKEN, Map.of("id", id, "name", "Test " + id, "fields", fields));
        if (r.status() != 201) {
            throw new AssertionError("lead type not created: " + r);
        }
        return id;
    }

    /** A field declaration for {@link #createLeadType}. */
    protected static Map<String, Object> field(String name, String type, boolean required) {
        return Map.of("name", name, "type", type, "required", required);
    }

    /** A campaign just created: its id and its posting key. */
    protected record TestCampaign(String id, String key) {
    }

    /** Creates an active campaign screening on arrival for the lead type. */
    protected TestCampaign createCampaign(String leadTypeId) {
        return createCampaign(leadTypeId, "on_arrival");
    }

    protected TestCampaign createCampaign(String leadTypeId, String trigger) {
        String id = unique("c").replace('_', '-');
        Api.Response r = api().postJson("/api/v1/campaigns", ADMIN_TOKEN,
                Map.of("id", id, "name", "Campaign " + id, "lead_type_id", leadTypeId, "trigger", trigger));
        if (r.status() != 201) {
            throw new AssertionError("campaign not created: " + r);
        }
        return new TestCampaign(id, r.json().path("posting_key").path("key").asString());
    }

    /** Posts a JSON lead with a posting key. */
    protected Api.Response postLead(TestCampaign campaign, Object payload) {
        return api().postJson("/api/v1/campaigns/" + campaign.id() + "/leads", campaign.key(), payload);
    }
}
