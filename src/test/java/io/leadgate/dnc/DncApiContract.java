package io.leadgate.dnc;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * The suppression lists over real HTTP and a real database: imports in every format and mode, refusals, state and
 * custom lists, internal opt-outs with who and when, freshness, and a second node that loads the lists from the
 * database and follows their changes while it answers lookups.
 */
abstract class DncApiContract extends ApiTest {

    private static final String LISTS = "/api/v1/dnc/lists";

    @LocalServerPort
    private int port;

    @Autowired
    private DncRepository repository;

    @Autowired
    private PlatformTransactionManager transactions;

    /** Creates a list of a kind under a fresh id (tests share one application: each works on lists of its own). */
    private String list(String kind) {
        String id = unique(kind.replace("_dnc", "")).toLowerCase();
        Api.Response r = api().postJson(LISTS, ADMIN_TOKEN, Map.of("id", id, "kind", kind));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return id;
    }

    private Api.Response upload(String listId, String query, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + LISTS + "/" + listId
                        + "/imports" + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Response(response.statusCode(), Map.of(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Api.Response upload(String listId, String query, String text) {
        return upload(listId, query, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode imported(String listId, String query, String text) {
        Api.Response r = upload(listId, query, text);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /** A multipart form with fields (name, value) and then the file. */
    private static byte[] form(String boundary, Map<String, String> fields, String fileName, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private boolean listed(String listId, String phone) {
        Api.Response r = api().get(LISTS + "/" + listId + "/numbers/" + phone, ADMIN_TOKEN);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().path("listed").asBoolean();
    }

    /** A random valid number in the area code (a test's own, so that tests sharing lists do not meet). */
    private static String randomNumber(int areaCode) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return areaCode + "" + (200 + random.nextInt(800)) + String.format("%04d", random.nextInt(10_000));
    }

    @Test
    void importsARegistryFileInBothLineFormatsAndReportsMalformedLinesWithTheirNumbers() {
        String id = list("national_dnc");

        JsonNode r = imported(id, "as_of=2026-11-20&source_file=registry-2026-11-20.txt",
                "2015551234\r\n201,5551235\nnot a number\n\n1015551234\n2125550000\n");

        JsonNode result = r.path("result");
        assertThat(result.path("status").asString()).isEqualTo("completed");
        assertThat(result.path("mode").asString()).isEqualTo("replace");
        assertThat(result.path("lines").asLong()).isEqualTo(6);
        assertThat(result.path("numbers").asLong()).isEqualTo(3);
        assertThat(result.path("malformed").asLong()).isEqualTo(2);
        assertThat(result.path("malformed_lines").findValuesAsString("problem"))
                .containsExactly("no phone number", "area code 101 cannot start with 0 or 1");
        assertThat(result.path("malformed_lines").findValues("line")).extracting(JsonNode::asLong).containsExactly(3L, 5L);
        assertThat(result.path("added").asLong()).isEqualTo(3);
        assertThat(result.path("imported_by").path("name").asString()).isEqualTo("first admin token");
        JsonNode list = r.path("list");
        assertThat(list.path("count").asLong()).isEqualTo(3);
        assertThat(list.path("source_file").asString()).isEqualTo("registry-2026-11-20.txt");
        assertThat(list.path("refreshed_at").asString()).isEqualTo("2026-11-20T00:00:00Z");
        assertThat(list.path("stale_after").asString()).isEqualTo("2026-12-21T00:00:00Z");
        assertThat(list.path("loaded").path("count").asLong()).isEqualTo(3);
        assertThat(listed(id, "%28201%29%20555-1235")).isTrue();
        assertThat(listed(id, "2015551236")).isFalse();
        JsonNode detail = api().get(LISTS + "/" + id, ADMIN_TOKEN).json();
        assertThat(detail.path("recent_imports").get(0).path("malformed").asLong()).isEqualTo(2);
    }

    @Test
    void importsAZipOfAreaCodeFilesSentAsAMultipartForm() {
        String id = list("national_dnc");
        byte[] zip = DncFiles.zip("dnc-201.txt", "2015551234\n2015551235\n", "dnc-212.txt", "212,5550000\n212,5550001\n");

        Api.Response r = upload(id, "", "multipart/form-data; boundary=XyZ123",
                form("XyZ123", Map.of("as_of", "2026-11-21"), "registry.zip", zip));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().at("/result/numbers").asLong()).isEqualTo(4);
        assertThat(r.json().at("/result/source_file").asString()).isEqualTo("registry.zip");
        assertThat(r.json().at("/list/refreshed_at").asString()).isEqualTo("2026-11-21T00:00:00Z");
        assertThat(listed(id, "2125550001")).isTrue();
    }

    @Test
    void appliesChangeFilesAndAdditionsAndDeletionsFiles() {
        String id = list("national_dnc");
        imported(id, "", "2015551234\n2015551235\n2015551236\n");

        JsonNode changes = imported(id, "mode=changes", "2015551234,D\n201,5551237,A\n2015551238\n");
        assertThat(changes.at("/result/added").asLong()).isEqualTo(1);
        assertThat(changes.at("/result/removed").asLong()).isEqualTo(1);
        assertThat(changes.at("/result/malformed").asLong()).isEqualTo(1);
        assertThat(changes.at("/list/count").asLong()).isEqualTo(3);

        assertThat(imported(id, "mode=add", "2125550000\n2015551235\n").at("/result/added").asLong()).isEqualTo(1);
        assertThat(imported(id, "mode=remove", "2015551235\n2015551299\n").at("/result/removed").asLong()).isEqualTo(1);

        assertThat(listed(id, "2015551234")).isFalse();
        assertThat(listed(id, "2015551235")).isFalse();
        assertThat(listed(id, "2015551236")).isTrue();
        assertThat(listed(id, "2015551237")).isTrue();
        assertThat(listed(id, "2125550000")).isTrue();
        assertThat(api().get(LISTS + "/" + id, ADMIN_TOKEN).json().at("/list/count").asLong()).isEqualTo(3);
        assertThat(api().get(LISTS + "/" + id + "/imports", ADMIN_TOKEN).json().findValuesAsString("mode"))
                .containsExactly("remove", "add", "changes", "replace");
    }

    @Test
    void replacesOnlyTheAreaCodesAFileHoldsWhenAskedTo() {
        String id = list("national_dnc");
        imported(id, "", "2015551234\n2125550000\n");

        JsonNode r = imported(id, "mode=replace_area_codes", "2015559999\n");

        assertThat(r.at("/result/added").asLong()).isEqualTo(1);
        assertThat(r.at("/result/removed").asLong()).isEqualTo(1);
        assertThat(listed(id, "2015551234")).isFalse();
        assertThat(listed(id, "2015559999")).isTrue();
        assertThat(listed(id, "2125550000")).as("other area codes are kept").isTrue();
    }

    @Test
    void refusesAFileOfGarbageAndLeavesTheListAsItWas() {
        String id = list("litigator");
        imported(id, "", "2015551234\n");

        Api.Response r = upload(id, "", "2015551299\n<html>\n<body>\nnot found\n</body>\n");

        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.json().path("error").asString()).isEqualTo("import_refused");
        assertThat(r.json().path("detail").asString()).contains("4 of 5 lines are malformed");
        assertThat(r.json().at("/import/status").asString()).isEqualTo("refused");
        assertThat(r.json().at("/import/malformed_lines/0/line").asLong()).isEqualTo(2);
        assertThat(listed(id, "2015551234")).isTrue();
        assertThat(listed(id, "2015551299")).isFalse();
        assertThat(api().get(LISTS + "/" + id + "/imports", ADMIN_TOKEN).json().findValuesAsString("status"))
                .containsExactly("refused", "completed");
    }

    @Test
    void recordsAnUploadThatBreaksOffAsFailedAndChangesNothing() {
        String id = list("national_dnc");
        imported(id, "", "2015551234\n");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            many.append(2125550000L + i).append('\n');
        }
        byte[] zip = DncFiles.zip("dnc-212.txt", many.toString());

        Api.Response r = upload(id, "", "application/zip", java.util.Arrays.copyOf(zip, zip.length / 2));

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().path("error").asString()).isEqualTo("unreadable_file");
        assertThat(r.json().path("detail").asString()).contains("nothing was changed");
        assertThat(listed(id, "2015551234")).isTrue();
        assertThat(listed(id, "2125550000")).isFalse();
        assertThat(api().get(LISTS + "/" + id + "/imports", ADMIN_TOKEN).json().findValuesAsString("status"))
                .containsExactly("failed", "completed");
    }

    @Test
    void refusesAReplaceThatWouldEmptyOrMostlyEmptyTheListUnlessAllowed() {
        String id = list("national_dnc");
        StringBuilder registry = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            registry.append(2015550000L + i).append('\n');
        }
        imported(id, "", registry.toString());

        Api.Response oneAreaCode = upload(id, "", "2125550000\n");
        assertThat(oneAreaCode.status()).as(oneAreaCode.toString()).isEqualTo(422);
        assertThat(oneAreaCode.json().path("detail").asString()).contains("replace_area_codes").contains("allow_shrink");
        Api.Response empty = upload(id, "", "# nothing\n");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(api().get(LISTS + "/" + id, ADMIN_TOKEN).json().at("/list/count").asLong()).isEqualTo(2000);

        assertThat(imported(id, "allow_shrink=true", "2125550000\n").at("/list/count").asLong()).isEqualTo(1);
    }

    @Test
    void createsAStateListOnItsFirstImportAndFindsTheNumberOnIt() {
        String phone = randomNumber(307);
        JsonNode r = imported("state_dnc_wy", "", phone + "\n");

        assertThat(r.at("/list/kind").asString()).isEqualTo("state_dnc");
        assertThat(r.at("/list/state").asString()).isEqualTo("WY");
        JsonNode lookup = api().get("/api/v1/dnc/lookup?phone=" + phone, ADMIN_TOKEN).json();
        assertThat(lookup.path("phone").asString()).isEqualTo("+1" + phone);
        assertThat(lookup.path("matched_lists").get(0).asString()).isEqualTo("state_dnc_wy");
        assertThat(upload("state_dnc_zz", "", "2015551234\n").status()).isEqualTo(404);
        assertThat(upload("no_such_list", "", "2015551234\n").status()).isEqualTo(404);
    }

    @Test
    void addsAndRemovesInternalNumbersWithWhoAndWhen() {
        String phone = randomNumber(203);
        String path = LISTS + "/internal_dnc/numbers";

        Api.Response added = api().postJson(path, ADMIN_TOKEN, Map.of("phone", "(" + phone.substring(0, 3) + ") "
                + phone.substring(3, 6) + "-" + phone.substring(6), "note", "asked to stop on a call"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().at("/entry/added_by/name").asString()).isEqualTo("first admin token");
        assertThat(added.json().at("/entry/note").asString()).isEqualTo("asked to stop on a call");
        assertThat(added.json().at("/entry/added_at").asString()).isNotBlank();
        Api.Response again = api().postJson(path, ADMIN_TOKEN, Map.of("phone", phone));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("changed").asBoolean()).isFalse();
        assertThat(listed("internal_dnc", phone)).isTrue();
        assertThat(api().get("/api/v1/dnc/lookup?phone=" + phone, ADMIN_TOKEN).json().path("matched_lists").get(0).asString())
                .isEqualTo("internal_dnc");

        Api.Response removed = api().delete(path + "/" + phone, ADMIN_TOKEN);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().at("/entry/removed_by/name").asString()).isEqualTo("first admin token");
        assertThat(removed.json().at("/entry/removed_at").asString()).isNotBlank();
        assertThat(listed("internal_dnc", phone)).isFalse();
        assertThat(api().delete(path + "/" + phone, ADMIN_TOKEN).status()).isEqualTo(404);
        JsonNode history = api().get(path + "?include_removed=true&after=" + (Long.parseLong(phone) - 1) + "&limit=1", ADMIN_TOKEN).json();
        assertThat(history.at("/items/0/phone").asString()).isEqualTo("+1" + phone);
        assertThat(history.at("/items/0/listed").asBoolean()).isFalse();

        Api.Response bad = api().postJson(path, ADMIN_TOKEN, Map.of("phone", "555-1234"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().at("/errors/0/field").asString()).isEqualTo("phone");
    }

    @Test
    void recordsTheNamesOfAnImportIntoTheInternalList() {
        String first = randomNumber(204);
        String second = randomNumber(204);
        String id = list("internal_dnc");

        imported(id, "source_file=opt-outs.csv", "phone,name\n" + first + ",Jane\n" + second + ",Joe\n");

        JsonNode entry = api().get(LISTS + "/" + id + "/numbers/" + first, ADMIN_TOKEN).json();
        assertThat(entry.path("listed").asBoolean()).isTrue();
        assertThat(entry.at("/entry/source").asString()).isEqualTo("opt-outs.csv");
        assertThat(entry.at("/entry/added_by/name").asString()).isEqualTo("first admin token");
        imported(id, "allow_shrink=true", second + "\n");
        JsonNode gone = api().get(LISTS + "/" + id + "/numbers/" + first, ADMIN_TOKEN).json();
        assertThat(gone.path("listed").asBoolean()).isFalse();
        assertThat(gone.at("/entry/removed_at").asString()).isNotBlank();
    }

    @Test
    void reportsAListRefreshedMoreThan31DaysAgoAsStale() {
        String id = list("litigator");
        String old = LocalDate.now(ZoneOffset.UTC).minusDays(40).toString();

        JsonNode list = imported(id, "as_of=" + old, "2015551234\n").path("list");

        assertThat(list.path("stale").asBoolean()).isTrue();
        assertThat(list.path("age_days").asLong()).isEqualTo(40);
        JsonNode all = api().get(LISTS, ADMIN_TOKEN).json();
        List<JsonNode> mine = new ArrayList<>();
        all.forEach(l -> {
            if (l.path("id").asString().equals(id)) {
                mine.add(l);
            }
        });
        assertThat(mine).singleElement().satisfies(l -> assertThat(l.path("stale").asBoolean()).isTrue());
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(5).toString();
        Api.Response r = upload(id, "as_of=" + future, "2015551234\n");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().at("/errors/0/field").asString()).isEqualTo("as_of");
        assertThat(upload(id, "as_of=yesterday", "2015551234\n").status()).isEqualTo(422);
        assertThat(upload(id, "mode=sideways", "2015551234\n").status()).isEqualTo(422);
    }

    @Test
    void createsCustomListsAndRefusesBadOnes() {
        String id = unique("partner").toLowerCase();
        Api.Response created = api().postJson(LISTS, ADMIN_TOKEN, Map.of("id", id, "kind", "custom", "name", "Partner suppression"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("stale").asBoolean()).as("never imported").isTrue();
        assertThat(api().postJson(LISTS, ADMIN_TOKEN, Map.of("id", id, "kind", "custom")).status()).isEqualTo(409);

        Map<String, Object> bad = new LinkedHashMap<>(Map.of("id", "Bad Id!", "kind", "sideways"));
        Api.Response invalid = api().postJson(LISTS, ADMIN_TOKEN, bad);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("errors").findValuesAsString("field")).containsExactly("id", "kind");
        assertThat(api().postJson(LISTS, ADMIN_TOKEN, Map.of("id", unique("st").toLowerCase(), "kind", "state_dnc"))
                .json().path("errors").findValuesAsString("field")).containsExactly("state");
        assertThat(api().postJson(LISTS, ADMIN_TOKEN, Map.of("id", "national_dnc", "kind", "litigator")).status()).isEqualTo(422);

        assertThat(api().delete(LISTS + "/" + id, ADMIN_TOKEN).status()).isEqualTo(204);
        assertThat(api().get(LISTS + "/" + id, ADMIN_TOKEN).status()).isEqualTo(404);
    }

    @Test
    void needsAnAdminToken() {
        assertThat(api().get(LISTS, null).status()).isEqualTo(401);
        assertThat(api().get(LISTS, DEMO_KEY).status()).isEqualTo(401);
        assertThat(api().post(LISTS + "/national_dnc/imports", null, "text/plain", "2015551234\n", Map.of()).status())
                .isEqualTo(401);
    }

    @Test
    void aSecondNodeLoadsTheListsFromTheDatabaseAndFollowsTheirChanges() {
        String id = list("national_dnc");
        imported(id, "", "2015551234\n2125550000\n");
        DncLists node = new DncLists(repository, transactions);
        node.afterPropertiesSet();
        assertThat(node.snapshot().get(id).orElseThrow().numbers().count()).isEqualTo(2);
        assertThat(node.snapshot().get(id).orElseThrow().contains(2125550000L)).isTrue();

        imported(id, "mode=changes", "2125550000,D\n2135550000,A\n");
        api().postJson(LISTS + "/" + id + "/numbers", ADMIN_TOKEN, Map.of("phone", "2145550000"));
        node.refresh();
        DncSnapshot.Loaded loaded = node.snapshot().get(id).orElseThrow();
        assertThat(loaded.contains(2125550000L)).isFalse();
        assertThat(loaded.contains(2135550000L)).isTrue();
        assertThat(loaded.contains(2145550000L)).isTrue();
        assertThat(loaded.contains(2015551234L)).isTrue();
        assertThat(loaded.list().count()).isEqualTo(3);

        api().delete(LISTS + "/" + id, ADMIN_TOKEN);
        node.refresh();
        assertThat(node.snapshot().get(id)).isEmpty();
    }

    @Test
    void aNodeAnswersLookupsWithoutAMissWhileItReloadsAList() throws Exception {
        String id = list("national_dnc");
        StringBuilder first = new StringBuilder("2015551234\n");
        StringBuilder second = new StringBuilder("2015551234\n");
        for (int i = 0; i < 20_000; i++) {
            first.append(2025550000L + i).append('\n');
            second.append(2035550000L + i).append('\n');
        }
        imported(id, "", first.toString());
        DncLists node = new DncLists(repository, transactions);
        node.afterPropertiesSet();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong lookups = new AtomicLong();
        AtomicReference<String> wrong = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                DncSnapshot.Loaded loaded = node.snapshot().get(id).orElseThrow();
                boolean oldOnes = loaded.contains(2025550000L);
                boolean newOnes = loaded.contains(2035550000L);
                if (!loaded.contains(2015551234L) || oldOnes == newOnes) {
                    wrong.compareAndSet(null, "version " + loaded.list().version() + ": kept=" + loaded.contains(2015551234L)
                            + " old=" + oldOnes + " new=" + newOnes);
                }
                lookups.incrementAndGet();
            }
        });
        for (int round = 0; round < 4; round++) {
            imported(id, "allow_shrink=true", (round % 2 == 0 ? second : first).toString());
            node.refresh();
        }
        running.set(false);
        reader.join();

        assertThat(wrong.get()).isNull();
        assertThat(lookups.get()).isPositive();
        assertThat(node.snapshot().get(id).orElseThrow().contains(2025550000L)).isTrue();
    }

    @Test
    void theDncCheckRejectsAListedPhoneInACampaign() {
        String nationalList = list("national_dnc");
        String listedPhone = randomNumber(205);
        imported(nationalList, "", listedPhone + "\n");
        String leadType = createLeadType(List.of(field("phone", "phone", true)));
        Api.Response setup = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, Map.of(
                "integration_id", "builtin.dnc", "settings", Map.of("lists", nationalList + ",internal_dnc"),
                "rules", List.of(Map.of("when", Map.of("field", "on_any_list", "operator", "is_true"),
                        "action", "reject", "reason", "on a Do Not Call list"))));
        assertThat(setup.status()).as(setup.toString()).isEqualTo(201);
        TestCampaign campaign = createCampaign(leadType);
        api().postJson("/api/v1/campaigns/" + campaign.id() + "/steps", ADMIN_TOKEN,
                Map.of("setup_id", setup.json().path("id").asString(), "stop_on_reject", true));

        Api.Response listed = postLead(campaign, Map.of("phone", listedPhone));
        Api.Response clean = postLead(campaign, Map.of("phone", randomNumber(206)));

        assertThat(listed.json().path("disposition").asString()).as(listed.toString()).isEqualTo("REJECTED");
        assertThat(listed.json().path("reasons").get(0).asString()).isEqualTo("on a Do Not Call list");
        assertThat(clean.json().path("disposition").asString()).as(clean.toString()).isEqualTo("ACCEPTED");
        JsonNode checks = api().get("/api/v1/leads/" + listed.json().path("lead_id").asString() + "/checks", ADMIN_TOKEN).json();
        assertThat(checks.get(0).path("raw_response").asString()).contains("\"matched_lists\":\"" + nationalList + "\"");
        Api.Response badSetting = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, Map.of(
                "integration_id", "builtin.dnc", "settings", Map.of("lists", "Not A List!")));
        assertThat(badSetting.status()).isEqualTo(422);
        assertThat(badSetting.json().at("/errors/0/field").asString()).isEqualTo("settings.lists");
    }
}
