package io.leadgate.integration.builtin;

import io.leadgate.dnc.DncList;
import io.leadgate.dnc.DncListKind;
import io.leadgate.dnc.DncLists;
import io.leadgate.dnc.DncNumbers;
import io.leadgate.dnc.DncProperties;
import io.leadgate.dnc.DncSnapshot;
import io.leadgate.dnc.DncSnapshot.Loaded;
import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.integration.Values;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.lead.field.PhoneValue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A free, offline check of a phone number against the suppression lists loaded on this node: the National Do Not Call
 * Registry, state lists, litigator lists, the buyer's internal list and any custom list, with how current each is.
 */
@Component
public class BuiltinDncCheck implements Integration {

    public static final String ID = "builtin.dnc";

    public static final String PHONE = "phone";
    public static final String LISTS = "lists";

    static final String DEFAULT_LISTS = "national_dnc,state_dnc,litigator,internal_dnc";

    /** The kinds a response field of their own reports. */
    private static final Set<DncListKind> REPORTED = EnumSet.of(DncListKind.NATIONAL_DNC, DncListKind.STATE_DNC,
            DncListKind.LITIGATOR, DncListKind.INTERNAL_DNC);

    private static final String UNKNOWN_UNTIL_LOADED = " Left out when this kind of list is consulted but none has been "
            + "imported yet: a rule on it is then undecided and the step's error policy applies.";

    private static final IntegrationDescriptor DESCRIPTOR = new IntegrationDescriptor(
            ID,
            "Do Not Call check (built-in)",
            "builtin",
            Category.BUILTIN,
            "Looks the phone number up, in well under a microsecond and without any call out, in the suppression lists "
                    + "imported into LeadGate: the National Do Not Call Registry, state Do Not Call lists, litigator "
                    + "lists, your internal Do Not Call list and any custom list. Says which lists hold the number and "
                    + "how current each list is; the registry must be refreshed at least every 31 days.",
            List.of(FieldSpec.required(PHONE, FieldType.PHONE,
                    "The phone number to look up. Only US, Canadian and Caribbean (+1) numbers can be on these lists.")),
            List.of(
                    FieldSpec.response("on_national_dnc", FieldType.BOOLEAN,
                            "Whether the number is on the National Do Not Call Registry." + UNKNOWN_UNTIL_LOADED),
                    FieldSpec.response("on_state_dnc", FieldType.BOOLEAN,
                            "Whether the number is on a state's own Do Not Call list (any state list imported)."
                                    + UNKNOWN_UNTIL_LOADED),
                    FieldSpec.response("dnc_state", FieldType.STATE,
                            "The state whose Do Not Call list holds the number (the first, if several do). Left out "
                                    + "when no state list holds it."),
                    FieldSpec.response("on_litigator_list", FieldType.BOOLEAN,
                            "Whether the number is on a litigator list: it belongs to someone known to sue over "
                                    + "telemarketing calls." + UNKNOWN_UNTIL_LOADED),
                    FieldSpec.response("on_internal_dnc", FieldType.BOOLEAN,
                            "Whether the number is on your internal Do Not Call list: the consumer asked your company "
                                    + "to stop calling."),
                    FieldSpec.response("on_any_list", FieldType.BOOLEAN,
                            "Whether the number is on any list consulted, custom lists included. Left out when it is "
                                    + "on none but a list consulted has not been imported yet."),
                    FieldSpec.response("matched_lists", FieldType.STRING,
                            "The ids of the lists that hold the number, separated by commas (national_dnc,litigator). "
                                    + "Left out when none does."),
                    FieldSpec.response("lists_checked", FieldType.STRING,
                            "The ids of the lists the number was looked up in, separated by commas."),
                    FieldSpec.response("lists_missing", FieldType.STRING,
                            "The lists or kinds of list asked for in the lists setting that have not been imported "
                                    + "yet, separated by commas. Left out when every one was there."),
                    FieldSpec.response("national_dnc_as_of", FieldType.DATE,
                            "How current the National Do Not Call Registry copy is: the date of its last import (the "
                                    + "download date given with it)."),
                    FieldSpec.response("state_dnc_as_of", FieldType.DATE,
                            "How current the state lists are: the date of the oldest one's last import."),
                    FieldSpec.response("litigator_list_as_of", FieldType.DATE,
                            "How current the litigator lists are: the date of the oldest one's last import."),
                    FieldSpec.response("oldest_list_as_of", FieldType.DATE,
                            "The date of the least current list consulted, your internal list aside (it is kept "
                                    + "current here)."),
                    FieldSpec.response("lists_stale", FieldType.BOOLEAN,
                            "Whether a list consulted is stale: last refreshed more than 31 days ago (the registry must "
                                    + "be re-downloaded at least every 31 days)."),
                    FieldSpec.response("stale_lists", FieldType.STRING,
                            "The ids of the stale lists, separated by commas. Left out when none is stale.")),
            List.of(SettingSpec.of(LISTS, FieldType.STRING, DEFAULT_LISTS,
                    "The lists to look the number up in, separated by commas: kinds of list (national_dnc, state_dnc, "
                            + "litigator, internal_dnc, custom: every list of that kind) or list ids "
                            + "(state_dnc_tx, partner_suppression).")),
            BigDecimal.ZERO,
            Duration.ZERO);

    private final DncLists lists;
    private final DncProperties properties;
    private final Clock clock;

    public BuiltinDncCheck(DncLists lists, DncProperties properties, Clock clock) {
        this.lists = lists;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public IntegrationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, String> settingProblems(Map<String, String> settings) {
        List<String> tokens = tokens(settings.getOrDefault(LISTS, DEFAULT_LISTS));
        for (String token : tokens) {
            if (DncListKind.fromId(token).isEmpty() && !DncList.ID.matcher(token).matches()) {
                return Map.of(LISTS, "'" + token + "' is neither a kind of list (" + DncListKind.ids() + ") nor a list id");
            }
        }
        return tokens.isEmpty() ? Map.of(LISTS, "name at least one list or kind of list (e.g. " + DEFAULT_LISTS + ")") : Map.of();
    }

    @Override
    public CheckResponse check(CheckRequest request) {
        String requestAsSent = BuiltinInputs.requestAsSent(DESCRIPTOR, request);
        Optional<PhoneValue> phone = BuiltinInputs.read(request, PHONE, FieldType.PHONE, PhoneValue.class, FieldOptions.NONE);
        if (phone.isEmpty()) {
            return BuiltinInputs.missing(PHONE, requestAsSent);
        }
        if (phone.get().countryCode() == null) {
            return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, "'" + phone.get().raw() + "' is not a phone number",
                    requestAsSent, "{}");
        }
        List<String> asked = tokens(request.setting(LISTS).orElse(DEFAULT_LISTS));
        if (!settingProblems(Map.of(LISTS, String.join(",", asked))).isEmpty()) {
            return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, "setting " + LISTS + ": "
                    + settingProblems(Map.of(LISTS, String.join(",", asked))).get(LISTS), requestAsSent, "{}");
        }
        OptionalLong number = DncNumbers.of(phone.get()).stream().filter(DncNumbers::valid).findFirst();
        Map<String, FieldValue> values = answer(lists.snapshot(), asked, number);
        return new CheckResponse.Answered(values, false, requestAsSent, BuiltinInputs.rawResponse(values));
    }

    /** The answer for a number (empty when it is no valid +1 number: then it is on no list) and the lists asked for. */
    Map<String, FieldValue> answer(DncSnapshot snapshot, List<String> asked, OptionalLong number) {
        Instant now = clock.instant();
        Set<DncListKind> kindsAsked = EnumSet.noneOf(DncListKind.class);
        Map<String, Loaded> consulted = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String token : asked) {
            Optional<DncListKind> kind = DncListKind.fromId(token);
            List<Loaded> found = kind.isPresent()
                    ? snapshot.lists().stream().filter(l -> l.list().kind() == kind.get() && l.list().hasData()).toList()
                    : snapshot.get(token).filter(l -> l.list().hasData()).stream().toList();
            kind.or(() -> snapshot.get(token).map(l -> l.list().kind())).ifPresent(kindsAsked::add);
            if (found.isEmpty()) {
                missing.add(token);
            }
            found.forEach(l -> consulted.putIfAbsent(l.list().id(), l));
        }
        List<Loaded> matched = number.isEmpty() ? List.of()
                : consulted.values().stream().filter(l -> l.contains(number.getAsLong())).toList();

        Map<String, FieldValue> values = new LinkedHashMap<>();
        for (DncListKind kind : REPORTED) {
            if (!kindsAsked.contains(kind)) {
                continue;
            }
            boolean loaded = consulted.values().stream().anyMatch(l -> l.list().kind() == kind);
            if (loaded || number.isEmpty()) {
                Values.put(values, field(kind), Values.bool(matched.stream().anyMatch(l -> l.list().kind() == kind)));
            }
            if (kind == DncListKind.STATE_DNC) {
                matched.stream().filter(l -> l.list().kind() == DncListKind.STATE_DNC).map(l -> l.list().state())
                        .filter(Objects::nonNull).findFirst()
                        .ifPresent(state -> Values.put(values, "dnc_state", Values.of(FieldType.STATE, state)));
            }
        }
        if (!matched.isEmpty() || missing.isEmpty() || number.isEmpty()) {
            Values.put(values, "on_any_list", Values.bool(!matched.isEmpty()));
        }
        Values.put(values, "matched_lists", Values.text(ids(matched)));
        Values.put(values, "lists_checked", Values.text(ids(consulted.values())));
        Values.put(values, "lists_missing", Values.text(String.join(",", missing)));
        Values.put(values, "national_dnc_as_of", oldest(consulted.values(), DncListKind.NATIONAL_DNC));
        Values.put(values, "state_dnc_as_of", oldest(consulted.values(), DncListKind.STATE_DNC));
        Values.put(values, "litigator_list_as_of", oldest(consulted.values(), DncListKind.LITIGATOR));
        Values.put(values, "oldest_list_as_of", oldest(consulted.values(), null));
        List<Loaded> stale = consulted.values().stream().filter(l -> l.list().staleAt(now, properties.maxAge())).toList();
        if (consulted.values().stream().anyMatch(l -> l.list().kind().ages())) {
            Values.put(values, "lists_stale", Values.bool(!stale.isEmpty()));
        }
        Values.put(values, "stale_lists", Values.text(ids(stale)));
        return values;
    }

    private static String field(DncListKind kind) {
        return switch (kind) {
            case NATIONAL_DNC -> "on_national_dnc";
            case STATE_DNC -> "on_state_dnc";
            case LITIGATOR -> "on_litigator_list";
            case INTERNAL_DNC -> "on_internal_dnc";
            case CUSTOM -> throw new IllegalArgumentException("custom lists have no field of their own");
        };
    }

    /** The date of the least current list of a kind (of any ageing kind for null). */
    private static FieldValue oldest(java.util.Collection<Loaded> lists, DncListKind kind) {
        return lists.stream().map(Loaded::list)
                .filter(l -> kind == null ? l.kind().ages() : l.kind() == kind)
                .map(DncList::refreshedAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .map(at -> Values.of(FieldType.DATE, at.atOffset(ZoneOffset.UTC).toLocalDate().toString()))
                .orElse(null);
    }

    private static String ids(java.util.Collection<Loaded> lists) {
        return String.join(",", lists.stream().map(l -> l.list().id()).toList());
    }

    static List<String> tokens(String setting) {
        List<String> tokens = new ArrayList<>();
        Arrays.stream(setting == null ? new String[0] : setting.split(","))
                .map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).distinct().forEach(tokens::add);
        return tokens;
    }
}
