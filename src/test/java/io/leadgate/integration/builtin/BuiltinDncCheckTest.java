package io.leadgate.integration.builtin;

import static io.leadgate.integration.builtin.BuiltinChecks.assertFitsDescriptor;
import static io.leadgate.integration.builtin.BuiltinChecks.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.leadgate.dnc.DncList;
import io.leadgate.dnc.DncListKind;
import io.leadgate.dnc.DncLists;
import io.leadgate.dnc.DncNumbers;
import io.leadgate.dnc.DncProperties;
import io.leadgate.dnc.DncSet;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.FieldSpec;
import io.leadgate.lead.field.FieldType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class BuiltinDncCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    /** Lists in memory only, filled by {@link #load}: no database. */
    private final DncLists lists = new DncLists(null, null);
    private long version;
    private final BuiltinDncCheck check = new BuiltinDncCheck(lists, DncProperties.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

    private void load(String id, DncListKind kind, String state, Instant refreshedAt, long... numbers) {
        Map<Integer, RoaringBitmap> bitmaps = new java.util.HashMap<>();
        for (long n : numbers) {
            bitmaps.computeIfAbsent(DncNumbers.areaCode(n), k -> new RoaringBitmap()).add(DncNumbers.remainder(n));
        }
        DncSet set = DncSet.of(bitmaps);
        lists.replaced(new DncList(id, kind, state, id, set.count(), ++version, "file.txt", refreshedAt, refreshedAt,
                NOW.minus(100, ChronoUnit.DAYS), NOW), set);
    }

    private void loadAll() {
        load("national_dnc", DncListKind.NATIONAL_DNC, null, NOW.minus(3, ChronoUnit.DAYS), 2015551234L, 2125550100L);
        load("state_dnc_tx", DncListKind.STATE_DNC, "TX", NOW.minus(40, ChronoUnit.DAYS), 7135551234L);
        load("litigator", DncListKind.LITIGATOR, null, NOW.minus(10, ChronoUnit.DAYS), 3055551234L);
        load("internal_dnc", DncListKind.INTERNAL_DNC, null, null, 6465551234L);
        load("partner_suppression", DncListKind.CUSTOM, null, NOW.minus(1, ChronoUnit.DAYS), 4155551234L);
    }

    private CheckResponse check(String phone, String... settings) {
        CheckResponse response = check.check(BuiltinChecks.request("phone", FieldType.PHONE, phone, settings));
        if (response instanceof CheckResponse.Answered) {
            assertFitsDescriptor(check, response);
        }
        return response;
    }

    @Test
    void reportsANumberOnTheNationalRegistryWithTheListsFreshness() {
        loadAll();

        assertThat(texts(check("(201) 555-1234"))).containsExactly(
                entry("on_national_dnc", "true"),
                entry("on_state_dnc", "false"),
                entry("on_litigator_list", "false"),
                entry("on_internal_dnc", "false"),
                entry("on_any_list", "true"),
                entry("matched_lists", "national_dnc"),
                entry("lists_checked", "national_dnc,state_dnc_tx,litigator,internal_dnc"),
                entry("national_dnc_as_of", "2026-11-19"),
                entry("state_dnc_as_of", "2026-10-13"),
                entry("litigator_list_as_of", "2026-11-12"),
                entry("oldest_list_as_of", "2026-10-13"),
                entry("lists_stale", "true"),
                entry("stale_lists", "state_dnc_tx"));
    }

    @Test
    void namesTheStateWhoseListHoldsTheNumber() {
        loadAll();

        assertThat(texts(check("713-555-1234"))).contains(entry("on_state_dnc", "true"), entry("dnc_state", "TX"),
                entry("on_national_dnc", "false"), entry("matched_lists", "state_dnc_tx"));
    }

    @Test
    void reportsLitigatorAndInternalMatches() {
        loadAll();

        assertThat(texts(check("+1 305 555 1234"))).contains(entry("on_litigator_list", "true"), entry("on_any_list", "true"));
        assertThat(texts(check("6465551234"))).contains(entry("on_internal_dnc", "true"), entry("matched_lists", "internal_dnc"));
    }

    @Test
    void answersNotListedForANumberOnNoList() {
        loadAll();

        assertThat(texts(check("(202) 555-9876"))).contains(entry("on_national_dnc", "false"), entry("on_state_dnc", "false"),
                entry("on_litigator_list", "false"), entry("on_internal_dnc", "false"), entry("on_any_list", "false"))
                .doesNotContainKeys("matched_lists", "dnc_state", "lists_missing");
    }

    @Test
    void leavesAKindNotYetImportedUnknownRatherThanNotListed() {
        load("internal_dnc", DncListKind.INTERNAL_DNC, null, null);

        assertThat(texts(check("(201) 555-1234"))).containsExactly(
                entry("on_internal_dnc", "false"),
                entry("lists_checked", "internal_dnc"),
                entry("lists_missing", "national_dnc,state_dnc,litigator"));
    }

    @Test
    void treatsAListCreatedButNeverImportedAsMissing() {
        load("internal_dnc", DncListKind.INTERNAL_DNC, null, null);
        load("national_dnc", DncListKind.NATIONAL_DNC, null, null);

        assertThat(texts(check("(201) 555-1234"))).doesNotContainKey("on_national_dnc")
                .contains(entry("lists_missing", "national_dnc,state_dnc,litigator"));
    }

    @Test
    void consultsOnlyTheListsTheSettingNames() {
        loadAll();

        assertThat(texts(check("415-555-1234", "lists", "partner_suppression, internal_dnc"))).containsExactly(
                entry("on_internal_dnc", "false"),
                entry("on_any_list", "true"),
                entry("matched_lists", "partner_suppression"),
                entry("lists_checked", "partner_suppression,internal_dnc"),
                entry("oldest_list_as_of", "2026-11-21"),
                entry("lists_stale", "false"));
        assertThat(texts(check("415-555-1234", "lists", "custom"))).contains(entry("matched_lists", "partner_suppression"));
        assertThat(texts(check("713-555-1234", "lists", "state_dnc_ca"))).containsEntry("lists_missing", "state_dnc_ca")
                .doesNotContainKey("on_any_list");
    }

    @Test
    void answersNotListedForANumberOutsideTheNanpEvenWithoutLists() {
        assertThat(texts(check("+44 20 7946 0958"))).contains(entry("on_national_dnc", "false"),
                entry("on_litigator_list", "false"), entry("on_any_list", "false"));
    }

    @Test
    void failsOnTextThatIsNoPhoneNumber() {
        CheckResponse response = check("call me maybe");

        assertThat(response).isInstanceOfSatisfying(CheckResponse.Failed.class,
                f -> assertThat(f.kind()).isEqualTo(ErrorKind.BAD_REQUEST));
    }

    @Test
    void refusesAListsSettingThatNamesNothingUsable() {
        assertThat(check.settingProblems(Map.of("lists", "national_dnc,Bad List!"))).containsKey("lists");
        assertThat(check.settingProblems(Map.of("lists", " , "))).containsKey("lists");
        assertThat(check.settingProblems(Map.of("lists", "national_dnc,state_dnc_tx,my_list"))).isEmpty();
        assertThat(check.settingProblems(Map.of())).isEmpty();
    }

    @Test
    void answersEveryDeclaredFieldForSomeInput() {
        loadAll();
        Set<String> answered = new HashSet<>();
        for (String phone : List.of("(201) 555-1234", "713-555-1234", "305-555-1234", "415-555-1234")) {
            answered.addAll(texts(check(phone)).keySet());
        }
        load("national_dnc", DncListKind.NATIONAL_DNC, null, null);
        answered.addAll(texts(check("(201) 555-1234")).keySet());

        assertThat(answered).containsExactlyInAnyOrderElementsOf(
                check.descriptor().responseFields().stream().map(FieldSpec::name).toList());
    }

    @Test
    void isAFreeOfflineBuiltInCheck() {
        assertThat(check.descriptor().id()).isEqualTo("builtin.dnc");
        assertThat(check.descriptor().cacheable()).isFalse();
        assertThat(check.needsConnection()).isFalse();
        assertThat(check.descriptor().settings()).allSatisfy(s -> assertThat(s.description()).endsWith("."));
        assertThat(check.descriptor().responseFields()).allSatisfy(f -> assertThat(f.description()).endsWith("."));
    }
}
