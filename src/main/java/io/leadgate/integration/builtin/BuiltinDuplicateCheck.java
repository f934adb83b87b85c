package io.leadgate.integration.builtin;

import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.integration.SettingSpec.Choice;
import io.leadgate.integration.Values;
import io.leadgate.integration.builtin.DuplicateLeads.Current;
import io.leadgate.integration.builtin.DuplicateLeads.Earlier;
import io.leadgate.integration.builtin.DuplicateLeads.Wanted;
import io.leadgate.lead.field.BooleanValue;
import io.leadgate.lead.field.EmailValue;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.lead.field.PhoneValue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A free check of whether the same consumer was already sent in: an earlier lead with the same normalised phone
 * ({@code (212) 555-1212} equals {@code 2125551212}) or email, within a window of days, in the campaign or in every
 * campaign of the lead type.
 */
@Component
public class BuiltinDuplicateCheck implements Integration {

    public static final String ID = "builtin.duplicate";

    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String MATCH_ON = "match_on";
    public static final String WINDOW_DAYS = "window_days";
    public static final String SCOPE = "scope";
    public static final String COUNT_REJECTED = "count_rejected";

    static final int MAX_WINDOW_DAYS = 3650;

    private static final IntegrationDescriptor DESCRIPTOR = new IntegrationDescriptor(
            ID,
            "Duplicate check (built-in)",
            "builtin",
            Category.BUILTIN,
            "Finds an earlier lead of the same consumer: the same phone number or email address, compared in their "
                    + "normalised form ((212) 555-1212 is 2125551212, Jane@Gmail.com is jane@gmail.com), received within "
                    + "the last window_days days, in this campaign or in every campaign of the lead type. A value is "
                    + "looked for in every field of its type, so a phone sent as alt_phone before is found too. An "
                    + "empty or invalid value is never a duplicate. Free; it reads only LeadGate's own leads.",
            List.of(FieldSpec.optional(PHONE, FieldType.PHONE, "The consumer's phone number."),
                    FieldSpec.optional(EMAIL, FieldType.EMAIL, "The consumer's email address.")),
            List.of(
                    FieldSpec.response("is_duplicate", FieldType.BOOLEAN,
                            "Whether an earlier lead matches, as the settings say."),
                    FieldSpec.response("duplicate_of", FieldType.STRING,
                            "The id of the most recent earlier lead that matches. Left out when there is none."),
                    FieldSpec.response("days_since", FieldType.NUMBER,
                            "Whole days between that earlier lead and this one (0 on the same day)."),
                    FieldSpec.response("matched_on", FieldType.STRING,
                            "What matched: phone, email, or phone,email."),
                    FieldSpec.response("duplicate_campaign", FieldType.STRING,
                            "The campaign the earlier lead came in through.")),
            List.of(
                    SettingSpec.choice(MATCH_ON, "phone_or_email", List.of(
                            new Choice("phone", "Same phone number"),
                            new Choice("email", "Same email address"),
                            new Choice("phone_or_email", "Same phone number or same email address"),
                            new Choice("phone_and_email", "Same phone number and same email address")),
                            "What makes two leads the same consumer."),
                    SettingSpec.of(WINDOW_DAYS, FieldType.NUMBER, "30",
                            "How many days back to look, from when this lead was received (1 to 3650)."),
                    SettingSpec.choice(SCOPE, "campaign", List.of(
                            new Choice("campaign", "This campaign only"),
                            new Choice("lead_type", "Every campaign of the lead type")),
                            "Where to look for earlier leads."),
                    SettingSpec.of(COUNT_REJECTED, FieldType.BOOLEAN, "false",
                            "Whether rejected earlier leads count: off, a seller may send again a lead that was "
                                    + "rejected (say, for a bad email) once it is fixed.")),
            BigDecimal.ZERO,
            Duration.ZERO);

    private final DuplicateLeads leads;
    private final Clock clock;

    BuiltinDuplicateCheck(DuplicateLeads leads, Clock clock) {
        this.leads = leads;
        this.clock = clock;
    }

    @Override
    public IntegrationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, String> settingProblems(Map<String, String> settings) {
        return windowProblem(settings.getOrDefault(WINDOW_DAYS, "30")).map(p -> Map.of(WINDOW_DAYS, p)).orElse(Map.of());
    }

    private static Optional<String> windowProblem(String text) {
        try {
            int days = new BigDecimal(text.strip()).intValueExact();
            return days >= 1 && days <= MAX_WINDOW_DAYS ? Optional.empty()
                    : Optional.of("the window is 1 to " + MAX_WINDOW_DAYS + " days, not " + days);
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.of("'" + text + "' is not a whole number of days");
        }
    }

    @Override
    public CheckResponse check(CheckRequest request) {
        String requestAsSent = BuiltinInputs.requestAsSent(DESCRIPTOR, request);
        String window = request.setting(WINDOW_DAYS).orElse("30");
        Optional<String> problem = windowProblem(window);
        if (problem.isPresent()) {
            return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, "setting " + WINDOW_DAYS + ": " + problem.get(),
                    requestAsSent, "{}");
        }
        String leadId = request.context().leadId();
        String campaignId = request.context().campaignId();
        Optional<Current> lead = leadId != null ? leads.current(leadId)
                : campaignId != null ? leads.unsaved(campaignId, clock.instant()) : Optional.empty();
        if (lead.isEmpty()) {
            return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, "the duplicate check compares a lead with the leads "
                    + "stored before it: it needs a stored lead, or a campaign to look in", requestAsSent, "{}");
        }
        String matchOn = request.setting(MATCH_ON).orElse("phone_or_email").strip().toLowerCase(Locale.ROOT);
        boolean campaignOnly = !"lead_type".equalsIgnoreCase(request.setting(SCOPE).orElse("campaign").strip());
        boolean countRejected = request.setting(COUNT_REJECTED)
                .flatMap(text -> FieldType.BOOLEAN.normalise(text, FieldOptions.NONE))
                .filter(v -> v instanceof BooleanValue b && Boolean.TRUE.equals(b.value())).isPresent();
        Optional<Wanted> phone = BuiltinInputs.read(request, PHONE, FieldType.PHONE, PhoneValue.class, FieldOptions.NONE)
                .filter(FieldValue::valid).map(p -> new Wanted(FieldType.PHONE, p.text()));
        Optional<Wanted> email = BuiltinInputs.read(request, EMAIL, FieldType.EMAIL, EmailValue.class, FieldOptions.NONE)
                .filter(FieldValue::valid).map(e -> new Wanted(FieldType.EMAIL, e.text()));

        Current current = lead.get();
        Instant since = current.receivedAt().minus(Duration.ofDays(new BigDecimal(window.strip()).intValueExact()));
        boolean usePhone = !"email".equals(matchOn);
        boolean useEmail = !"phone".equals(matchOn);
        boolean both = "phone_and_email".equals(matchOn);
        Optional<Earlier> byPhone = usePhone && !both ? find(current, phone, Optional.empty(), since, campaignOnly, countRejected)
                : Optional.empty();
        Optional<Earlier> byEmail = useEmail && !both ? find(current, email, Optional.empty(), since, campaignOnly, countRejected)
                : Optional.empty();
        Optional<Earlier> byBoth = both && phone.isPresent() && email.isPresent()
                ? find(current, phone, email, since, campaignOnly, countRejected) : Optional.empty();
        Optional<Earlier> duplicate = newest(byBoth, newest(byPhone, byEmail));
        Map<String, FieldValue> values = new LinkedHashMap<>();
        Values.put(values, "is_duplicate", Values.bool(duplicate.isPresent()));
        if (duplicate.isPresent()) {
            Earlier earlier = duplicate.get();
            boolean onPhone = byBoth.isPresent() || byPhone.filter(e -> e.id().equals(earlier.id())).isPresent();
            boolean onEmail = byBoth.isPresent() || byEmail.filter(e -> e.id().equals(earlier.id())).isPresent();
            Values.put(values, "duplicate_of", Values.text(earlier.id()));
            Values.put(values, "days_since", Values.number(Duration.between(earlier.receivedAt(), current.receivedAt()).toDays()));
            Values.put(values, "matched_on", Values.text(onPhone && onEmail ? "phone,email" : onPhone ? "phone" : "email"));
            Values.put(values, "duplicate_campaign", Values.text(earlier.campaignId()));
        }
        return new CheckResponse.Answered(values, false, requestAsSent, BuiltinInputs.rawResponse(values));
    }

    private Optional<Earlier> find(Current lead, Optional<Wanted> first, Optional<Wanted> second, Instant since,
            boolean campaignOnly, boolean countRejected) {
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<Wanted> wanted = second.map(s -> List.of(first.get(), s)).orElse(List.of(first.get()));
        return leads.latest(lead, wanted, since, campaignOnly, countRejected);
    }

    private static Optional<Earlier> newest(Optional<Earlier> a, Optional<Earlier> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        int order = a.get().receivedAt().compareTo(b.get().receivedAt());
        return order > 0 || (order == 0 && a.get().id().compareTo(b.get().id()) >= 0) ? a : b;
    }
}
