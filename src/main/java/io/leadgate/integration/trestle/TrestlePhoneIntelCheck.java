package io.leadgate.integration.trestle;

import static io.leadgate.integration.trestle.TrestleField.at;
import static io.leadgate.integration.trestle.TrestleField.derived;

import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.lead.field.FieldType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A check that validates a phone number with Trestle's Phone Validation API: whether it is valid, its activity score,
 * line type, carrier and prepaid status, and its country; as a paid add-on, the TCPA litigator flag. Real Contact does
 * not return the carrier or prepaid status: this check does.
 */
@Component
public class TrestlePhoneIntelCheck implements Integration {

    public static final String ID = "trestle.phone_intel";

    public static final String PHONE = "phone";
    public static final String COUNTRY_HINT = "country_hint";
    public static final String LITIGATOR_CHECKS = TrestleInputs.LITIGATOR_CHECKS;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private static final List<SettingSpec> SETTINGS = List.of(
            SettingSpec.of(COUNTRY_HINT, FieldType.STRING, null,
                    "The two-letter ISO 3166 country the number is expected to be from (US), sent as "
                            + "phone.country_hint. Only helps with numbers written without their country code outside "
                            + "North America: LeadGate sends every number it can read in full with its country."),
            SettingSpec.of(LITIGATOR_CHECKS, FieldType.BOOLEAN, "false",
                    "Whether Trestle also checks the phone's subscriber against known TCPA litigators; fills "
                            + "litigator_risk. A paid add-on."));

    static final List<TrestleField> RESPONSE = List.of(
            at("valid", FieldType.BOOLEAN, "Whether Trestle found the phone number valid.", "is_valid"),
            at("activity_score", FieldType.NUMBER, "Trestle's phone activity score from 0 to 100: 70 and above the line "
                    + "is connected and answered, 30 and below it is disconnected or nobody answers, 50 Trestle lacks "
                    + "signals.", "activity_score"),
            derived("activity", FieldType.STRING, "The activity score's band: connected (70 and above), disconnected "
                    + "(30 and below) or uncertain."),
            at("line_type", FieldType.STRING, "The line type as Trestle names it: Landline, Mobile, FixedVOIP, "
                    + "NonFixedVOIP, Premium, TollFree, Voicemail or Other.", "line_type", "linetype"),
            at("carrier", FieldType.STRING, "The carrier the number belongs to (Level 3 Communications, LLC).", "carrier"),
            at("prepaid", FieldType.BOOLEAN, "Whether the number is a prepaid line. Left out when Trestle does not know.",
                    "is_prepaid"),
            at("country_code", FieldType.STRING, "The two-letter country of the number (US).", "country_code"),
            at("country_calling_code", FieldType.STRING, "The country calling code (1 for the US and Canada).",
                    "country_calling_code"),
            at("country_name", FieldType.STRING, "The country of the number in English (United States).", "country_name"),
            at("phone_number", FieldType.STRING, "The number as Trestle read it (2069735100).", "phone_number"),
            at("litigator_risk", FieldType.BOOLEAN, "Whether the phone's subscriber is a known TCPA litigator (litigator "
                    + "checks add-on).", "add_ons/litigator_checks/phone.is_litigator_risk",
                    "add_ons/litigator_checks/phone_is_litigator_risk"),
            derived("warnings", FieldType.STRING, "Trestle's warnings separated by commas. Left out when there are none."),
            at("phone_id", FieldType.STRING, "Trestle's persistent id of the number (Phone.<uuid>), to quote to Trestle "
                    + "support.", "id"));

    private static final Set<String> ANSWER_KEYS = TrestleInputs.answerKeys(RESPONSE);

    private final TrestleClient client;
    private final IntegrationDescriptor descriptor;

    public TrestlePhoneIntelCheck(TrestleClient client) {
        this.client = client;
        TrestleProperties.Lookup lookup = client.properties().phoneIntel();
        this.descriptor = new IntegrationDescriptor(
                ID,
                "Phone validation (Trestle Phone Validation)",
                TrestleProvider.ID,
                Category.CONTACT,
                "Validates a phone number with Trestle's Phone Validation API: validity, activity score, line type, "
                        + "carrier and prepaid status, and country. An optional paid add-on flags TCPA litigators. One "
                        + "paid Trestle lookup per call.",
                List.of(FieldSpec.required(PHONE, FieldType.PHONE, "The phone number to validate. A North American "
                        + "number is sent as its ten digits (2069735100), any other in E.164 form.")),
                TrestleField.specs(RESPONSE),
                SETTINGS,
                lookup.price(),
                lookup.cacheTtl());
    }

    @Override
    public IntegrationDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public boolean needsConnection() {
        return true;
    }

    @Override
    public Map<String, String> settingProblems(Map<String, String> settings) {
        Map<String, String> problems = new LinkedHashMap<>();
        String hint = settings.get(COUNTRY_HINT);
        if (hint != null && !hint.isBlank() && !COUNTRIES.contains(hint.strip().toUpperCase(Locale.ROOT))) {
            problems.put(COUNTRY_HINT, "'" + hint.strip() + "' is not a two-letter ISO 3166 country code (for example US, "
                    + "CA, GB)");
        }
        return problems;
    }

    @Override
    public CheckResponse check(CheckRequest request) {
        Optional<String> phone = TrestleInputs.phone(request, PHONE);
        if (phone.isEmpty()) {
            return TrestleInputs.refused("no phone number with digits was given to validate", null);
        }
        String hint = TrestleInputs.setting(request, descriptor, COUNTRY_HINT).map(h -> h.toUpperCase(Locale.ROOT)).orElse(null);
        if (hint != null && !COUNTRIES.contains(hint)) {
            return TrestleInputs.refused(COUNTRY_HINT + ": '" + hint + "' is not a two-letter ISO 3166 country code", null);
        }
        boolean litigator;
        try {
            litigator = TrestleInputs.bool(request, descriptor, LITIGATOR_CHECKS);
        } catch (TrestleInputs.Invalid e) {
            return TrestleInputs.refused(e.getMessage(), null);
        }
        TrestleRequest trestle = new TrestleRequest("Phone Validation", client.properties().phoneIntel().path(),
                new TrestleRequest.Parameters()
                        .add("phone", phone.get())
                        .add("phone.country_hint", hint)
                        .add("add_ons", litigator ? LITIGATOR_CHECKS : null)
                        .list(),
                ANSWER_KEYS);
        return switch (client.lookup(trestle)) {
            case TrestleReply.Failure failure -> failure.failed();
            case TrestleReply.Answer answer -> TrestleInputs.answered(answer, RESPONSE, "activity_score", "activity",
                    "warnings");
        };
    }
}
