package io.leadgate.integration.ipqs;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The query parameters of the IPQS checks: their declarations and how a check reads them.
 *
 * <p>Each tuning parameter (strictness, country, fast...) is a setting with a default, checked when a setup is saved,
 * and also an optional request field of the same name: when a setup maps it (from a lead field or a constant), the
 * lead's value wins over the setting for that lead. A check refuses a value IPQS cannot take before calling, with a
 * message naming the parameter.
 */
final class IpqsParameters {

    static final String STRICTNESS = "strictness";

    /** The strictness levels of the phone and email lookups, as IPQS names them. */
    static final List<SettingSpec.Choice> STRICTNESS_0_TO_2 = List.of(
            new SettingSpec.Choice("0", "0 - loose"),
            new SettingSpec.Choice("1", "1 - normal"),
            new SettingSpec.Choice("2", "2 - strict"));

    /** The IP lookup has one level more; higher levels flag more addresses and take longer. */
    static final List<SettingSpec.Choice> STRICTNESS_0_TO_3 = List.of(
            new SettingSpec.Choice("0", "0 - loose"),
            new SettingSpec.Choice("1", "1 - normal"),
            new SettingSpec.Choice("2", "2 - strict"),
            new SettingSpec.Choice("3", "3 - strictest"));

    private static final Set<String> PHONE_REGIONS = PhoneNumberUtil.getInstance().getSupportedRegions();

    private IpqsParameters() {
    }

    /** A value IPQS cannot take; the message names the parameter and says what it accepts. */
    static final class Invalid extends RuntimeException {

        private final String problem;

        Invalid(String name, String problem) {
            super(name + ": " + problem, null, false, false);
            this.problem = problem;
        }

        /** The problem without the parameter's name, as {@link io.leadgate.integration.Integration#settingProblems} gives it. */
        String problem() {
            return problem;
        }
    }

    /** The request field (optional) and the setting of one tuning parameter, with the same name and meaning. */
    static FieldSpec field(SettingSpec setting, FieldType type) {
        return FieldSpec.optional(setting.name(), type, "Overrides the " + setting.name() + " setting for this lead "
                + "when mapped (from a lead field or a constant). " + setting.description());
    }

    /**
     * The text of a parameter: the request field when the lead gave one, else the setting, else the setting's
     * default; empty when none of them has a value.
     */
    static Optional<String> text(CheckRequest request, IntegrationDescriptor descriptor, String name) {
        Optional<String> fromLead = request.field(name).map(FieldValue::text).filter(t -> !t.isBlank());
        if (fromLead.isPresent()) {
            return fromLead.map(String::strip);
        }
        if (request.settings().containsKey(name)) {
            return request.setting(name).map(String::strip);
        }
        return descriptor.setting(name).map(SettingSpec::defaultValue).filter(t -> !t.isBlank()).map(String::strip);
    }

    /** A whole number from {@code min} to {@code max}, as IPQS takes it; empty when not given. */
    static Optional<String> integer(CheckRequest request, IntegrationDescriptor descriptor, String name, int min, int max) {
        return text(request, descriptor, name).map(text -> integer(name, text, min, max));
    }

    static String integer(String name, String text, int min, int max) {
        Optional<BigDecimal> number = FieldType.NUMBER.normalise(text, FieldOptions.NONE).flatMap(FieldValue::number);
        boolean whole = number.isPresent() && number.get().stripTrailingZeros().scale() <= 0;
        if (!whole || number.get().compareTo(BigDecimal.valueOf(min)) < 0 || number.get().compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new Invalid(name, "'" + text + "' is not a whole number from " + min + " to " + max);
        }
        return number.get().toBigInteger().toString();
    }

    /** {@code true} or {@code false}; empty when not given. */
    static Optional<String> bool(CheckRequest request, IntegrationDescriptor descriptor, String name) {
        return text(request, descriptor, name).map(text -> {
            FieldValue value = FieldType.BOOLEAN.normalise(text, FieldOptions.NONE).orElseThrow();
            if (!value.valid()) {
                throw new Invalid(name, "'" + text + "' is not true or false");
            }
            return value.text();
        });
    }

    /** Free text as the lead gave it (user agent, language); empty when not given. */
    static Optional<String> leadText(CheckRequest request, String name) {
        return request.field(name).map(FieldValue::raw).map(String::strip).filter(t -> !t.isEmpty());
    }

    /**
     * Two-letter country codes separated by commas or spaces ({@code US,CA}), upper-cased, each once, in order.
     *
     * @throws Invalid when one is not a country with phone numbers
     */
    static List<String> countries(String name, String text) {
        Set<String> countries = new LinkedHashSet<>();
        for (String code : text.split("[,;\\s]+")) {
            String country = code.strip().toUpperCase(Locale.ROOT);
            if (country.isEmpty()) {
                continue;
            }
            if (!PHONE_REGIONS.contains(country)) {
                throw new Invalid(name, "'" + code.strip() + "' is not a two-letter ISO 3166 country code with phone numbers "
                        + "(for example US, CA, GB)");
            }
            countries.add(country);
        }
        return new ArrayList<>(countries);
    }
}
