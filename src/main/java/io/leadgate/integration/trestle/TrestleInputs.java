package io.leadgate.integration.trestle;

import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.integration.Values;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.lead.field.PhoneValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the Trestle checks share: how a phone number and a setting are sent, and how an answer is read. */
final class TrestleInputs {

    /** The add-on that flags TCPA litigators; Real Contact and Phone Validation both offer it. */
    static final String LITIGATOR_CHECKS = "litigator_checks";

    /** Trestle reads a number without a country code as a US number (+1), as in all its examples. */
    private static final int NANP = 1;

    private TrestleInputs() {
    }

    /**
     * The phone number as Trestle's examples write it: a North American number as its ten digits ({@code 4259853735}),
     * any other as E.164 ({@code +442071838750}), which Trestle also reads; a number that could not be parsed as its
     * digits as written, for Trestle to judge. Empty when the value has no digit.
     */
    static Optional<String> phone(CheckRequest request, String field) {
        Optional<FieldValue> value = request.field(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        PhoneValue phone = value.get() instanceof PhoneValue p ? p
                : (PhoneValue) FieldType.PHONE.normalise(value.get().raw(), FieldOptions.NONE).orElse(null);
        if (phone != null && phone.e164() != null) {
            return Optional.of(phone.countryCode() != null && phone.countryCode() == NANP ? phone.nationalNumber() : phone.e164());
        }
        String raw = value.get().raw().strip();
        String digits = raw.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(raw.startsWith("+") ? "+" + digits : digits);
    }

    /** The text of a request field as LeadGate normalised it (a state's code, an email's canonical form), if sent. */
    static Optional<String> text(CheckRequest request, String field) {
        return request.field(field).map(FieldValue::text).map(String::strip).filter(t -> !t.isEmpty());
    }

    /**
     * A boolean setting: its value, else its default.
     *
     * @throws Invalid when the value is not true or false (a setup saved before the setting's type changed)
     */
    static boolean bool(CheckRequest request, IntegrationDescriptor descriptor, String name) {
        String text = setting(request, descriptor, name).orElse("false");
        FieldValue value = FieldType.BOOLEAN.normalise(text, FieldOptions.NONE).orElseThrow();
        if (!value.valid()) {
            throw new Invalid(name + ": '" + text + "' is not true or false");
        }
        return Boolean.parseBoolean(value.text());
    }

    /** A setting's value, else its default; empty when neither has one. */
    static Optional<String> setting(CheckRequest request, IntegrationDescriptor descriptor, String name) {
        if (request.settings().containsKey(name)) {
            return request.setting(name).map(String::strip);
        }
        return descriptor.setting(name).map(SettingSpec::defaultValue).filter(t -> !t.isBlank()).map(String::strip);
    }

    /** A value Trestle cannot take; the message names the setting or field. */
    static final class Invalid extends RuntimeException {

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The top-level keys of a lookup's answers: the first key of each field's locations, the warnings and the partial
     * error. A JSON object with none of them is not Trestle's answer.
     */
    static Set<String> answerKeys(List<TrestleField> fields) {
        Set<String> keys = new LinkedHashSet<>();
        fields.forEach(f -> f.locations().forEach(location -> keys.add(location.split("/")[0])));
        keys.add(TrestleValues.WARNINGS);
        keys.addAll(TrestleValues.PARTIAL_ERROR_KEYS);
        return keys;
    }

    /**
     * Reads an answer: every declared field, the activity band derived from the activity score, and the warnings
     * joined with commas.
     */
    static CheckResponse answered(TrestleReply.Answer answer, List<TrestleField> fields, String activityScore,
            String activity, String warnings) {
        TrestleValues values = TrestleValues.read(answer.body(), fields);
        values.number(activityScore).ifPresent(score -> values.put(activity, Values.text(TrestleActivity.of(score))));
        List<String> said = TrestleValues.warnings(answer.body());
        values.put(warnings, said.isEmpty() ? null : Values.text(String.join(", ", said)));
        return new CheckResponse.Answered(values.inOrder(fields), values.partial(), answer.requestAsSent(), answer.rawResponse());
    }

    static CheckResponse refused(String message, String requestAsSent) {
        return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, message, requestAsSent, null);
    }
}
