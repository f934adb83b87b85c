package io.leadgate.integration.trustedform;

import static io.leadgate.integration.trustedform.TrustedFormField.at;
import static io.leadgate.integration.trustedform.TrustedFormField.derived;

import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.integration.Values;
import io.leadgate.lead.field.DateValue;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.lead.field.PhoneValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A check that verifies a lead's TrustedForm consent certificate: that it exists and can be claimed, that the phone
 * and email recorded on it are the lead's ({@code match_lead}), and optionally retains it in the buyer's account and
 * reads TrustedForm Insights (bot detection, form input method, approximate location, page, age).
 *
 * <p>The certificate URL is judged before any call: a URL that is malformed, on another host, or a ping URL, and a
 * certificate whose lead was submitted longer ago than any certificate lasts, are answered at once with an
 * {@code outcome} ({@code invalid}, {@code expired}) and a {@code reason}, without a paid call, and without sending the
 * key to a host a seller chose. TrustedForm's own refusals about the certificate (404, 405, 422) are answers too. They
 * are answers rather than errors so that a rule ({@code outcome not_equals success}) rejects them, whatever the error
 * policy: an error policy of "pass" must not let a lead with a bad certificate through.
 *
 * <p>Answers are never reused for another lead: {@code retain} records the lead's id on the certificate, and the
 * match depends on the lead's phone and email.
 */
@Component
public class TrustedFormVerifyCheck implements Integration {

    public static final String ID = "trustedform.verify";

    public static final String CERTIFICATE_URL = "certificate_url";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String SUBMITTED_AT = "submitted_at";
    public static final String VENDOR = "vendor";

    public static final String RETAIN = "retain";
    public static final String INSIGHTS = "insights";
    public static final String PHONE_FORMAT = "phone_format";
    public static final String HASH_CONTACT = "hash_contact";

    static final String NATIONAL = "national";
    static final String E164 = "e164";

    /** The Insights properties TrustedForm's v4 description lists (its enum, and {@code browser} from its examples). */
    static final Set<String> INSIGHTS_PROPERTIES = Set.of("age_seconds", "approx_ip_geo", "bot_detected", "browser",
            "confirmed_owner", "created_at", "domain", "expires_at", "form_input_kpm", "form_input_method",
            "form_input_wpm", "ip", "is_framed", "is_masked", "num_sensitive_content_elements",
            "num_sensitive_form_elements", "os", "page_url", "parent_page_url", "seconds_on_page");

    /** The Insights properties that fill this check's response fields, for the settings' help. */
    static final String SUGGESTED_INSIGHTS = "age_seconds,bot_detected,form_input_method,approx_ip_geo,ip,page_url,"
            + "domain,created_at,expires_at,seconds_on_page,is_framed,is_masked";

    private static final String GEO = "/insights/properties/approx_ip_geo/";
    private static final String INSIGHT = "/insights/properties/";

    private static final List<SettingSpec> SETTINGS = List.of(
            SettingSpec.of(RETAIN, FieldType.BOOLEAN, "true",
                    "Whether TrustedForm also retains the certificate in your account (kept per your account's "
                            + "retention, 5 years by default), with the lead's id as reference and the vendor, so you "
                            + "hold the consent record when a consumer disputes it. TrustedForm bills it as its own "
                            + "operation and needs a Self-Service plan or higher; it is sent only with a phone or email "
                            + "to match, as TrustedForm requires."),
            SettingSpec.of(VENDOR, FieldType.STRING, null,
                    "The vendor name recorded on a retained certificate, to filter TrustedForm's reports by seller; "
                            + "set it per campaign in the step's overrides. When empty, the campaign's id."),
            SettingSpec.of(INSIGHTS, FieldType.STRING, null,
                    "The TrustedForm Insights properties to read, separated by commas (for example " + SUGGESTED_INSIGHTS
                            + "). Empty reads none. Insights needs TrustedForm's Professional plan and is billed per "
                            + "property returned; it fills bot_detected, age_seconds, form_input_method, the ip_ fields, "
                            + "page_url, domain, created_at and expires_at."),
            SettingSpec.choice(PHONE_FORMAT, NATIONAL, List.of(
                            new SettingSpec.Choice(NATIONAL, "national digits (5125551212)"),
                            new SettingSpec.Choice(E164, "international E.164 (+15125551212)")),
                    "How the lead's phone is written for the match. TrustedForm compares it with what the consumer "
                            + "typed, stripped of spaces, hyphens and brackets; consumers in the US type national "
                            + "numbers, as TrustedForm's own example (5125551212) does."),
            SettingSpec.of(HASH_CONTACT, FieldType.BOOLEAN, "false",
                    "Whether the phone and email go to TrustedForm as SHA-1 hashes (of the lower-cased email, and of "
                            + "the phone as written by phone_format) instead of in clear, which TrustedForm accepts for "
                            + "matching."));

    static final List<TrustedFormField> RESPONSE = List.of(
            at("outcome", FieldType.STRING, "The overall result: success when every operation succeeded; TrustedForm's "
                    + "failure or error; or, when the certificate cannot be used, invalid (malformed URL, not "
                    + "TrustedForm's, a ping URL), expired (submitted too long ago), not_found (expired or unknown to "
                    + "TrustedForm), not_claimable (a sandboxed test certificate) or claimed_too_many_times. Anything "
                    + "but success means the lead should not be contacted.", "/outcome"),
            at("reason", FieldType.STRING, "Why the outcome is not success, in TrustedForm's words or LeadGate's.", "/reason"),
            at("phone_match", FieldType.BOOLEAN, "Whether the lead's phone is the one recorded on the certificate. "
                    + "False means the lead was altered or the certificate is someone else's. Left out when no phone "
                    + "was sent.", "/match_lead/result/phone_match"),
            at("email_match", FieldType.BOOLEAN, "Whether the lead's email is the one recorded on the certificate. Left "
                    + "out when no email was sent.", "/match_lead/result/email_match"),
            at("match_success", FieldType.BOOLEAN, "Whether TrustedForm matched the phone or the email to the "
                    + "certificate (any one of them).", "/match_lead/result/success"),
            at("bot_detected", FieldType.BOOLEAN, "Whether TrustedForm judges the form was filled by a bot (Insights).",
                    INSIGHT + "bot_detected"),
            at("age_seconds", FieldType.NUMBER, "Seconds since the consumer's last interaction recorded on the "
                    + "certificate (Insights).", INSIGHT + "age_seconds"),
            at("form_input_method", FieldType.STRING, "How the consumer filled the form, separated by commas: typing, "
                    + "paste, autofill, pre-populated (Insights).", INSIGHT + "form_input_method"),
            at("ip_city", FieldType.STRING, "The consumer's approximate city from their IP address (Insights).",
                    GEO + "city"),
            at("ip_state", FieldType.STRING, "The consumer's approximate state or province from their IP address, as "
                    + "TrustedForm writes it (TX or Texas) (Insights).", GEO + "state"),
            at("ip_postal_code", FieldType.STRING, "The consumer's approximate postal code from their IP address "
                    + "(Insights).", GEO + "postal_code"),
            at("ip_country", FieldType.STRING, "The consumer's approximate country code from their IP address "
                    + "(Insights).", GEO + "country_code"),
            at("ip", FieldType.IP, "The consumer's public IP address when the form was filled (Insights).",
                    INSIGHT + "ip"),
            at("page_url", FieldType.STRING, "The URL of the page that hosted the form (Insights).", INSIGHT + "page_url"),
            at("domain", FieldType.STRING, "The domain shown to the consumer (Insights).", INSIGHT + "domain"),
            at("seconds_on_page", FieldType.NUMBER, "Seconds between loading the form and the last recorded event "
                    + "(Insights).", INSIGHT + "seconds_on_page"),
            at("is_framed", FieldType.BOOLEAN, "Whether the form was shown inside an iframe (Insights).",
                    INSIGHT + "is_framed"),
            at("is_masked", FieldType.BOOLEAN, "Whether the certificate is masked: it shows neither the source nor a "
                    + "session replay (Insights).", INSIGHT + "is_masked"),
            at("created_at", FieldType.DATE, "When the form with TrustedForm was loaded (Insights), as a date; the raw "
                    + "value keeps the time.", INSIGHT + "created_at"),
            at("expires_at", FieldType.DATE, "When the certificate stops being available to the API (Insights, else "
                    + "retain), as a date; the raw value keeps the time.", INSIGHT + "expires_at",
                    "/retain/results/expires_at"),
            at("masked_cert_url", FieldType.STRING, "A certificate URL that hides the lead source and the replay, to "
                    + "share onward (retain).", "/retain/results/masked_cert_url"),
            at("share_url", FieldType.STRING, "A URL to share the retained certificate (retain), when TrustedForm gives "
                    + "one.", "/retain/results/share_url"),
            at("previously_retained", FieldType.BOOLEAN, "Whether your account had already retained this certificate "
                    + "(retain): the same consent sold to you twice.", "/retain/results/previously_retained"),
            derived("certificate_id", FieldType.STRING, "The certificate's id, read from the certificate URL."));

    private final TrustedFormClient client;
    private final Clock clock;
    private final IntegrationDescriptor descriptor;

    public TrustedFormVerifyCheck(TrustedFormClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
        List<FieldSpec> request = List.of(
                FieldSpec.required(CERTIFICATE_URL, FieldType.TRUSTEDFORM_URL, "The certificate URL the seller sent "
                        + "(https://cert.trustedform.com/<id>). Checked before any call: a malformed URL, another host "
                        + "or a ping URL is answered with outcome invalid, without calling TrustedForm."),
                FieldSpec.optional(PHONE, FieldType.PHONE, "The lead's phone, matched against the one the consumer "
                        + "typed on the form (match_lead)."),
                FieldSpec.optional(EMAIL, FieldType.EMAIL, "The lead's email, matched against the one the consumer "
                        + "typed on the form (match_lead). A phone or an email is needed to match or retain."),
                // text, not date: a setup maps an unmapped field from the only lead field of its type, and a lead
                // type's only date is often the consumer's birth date, which would make every certificate expired
                FieldSpec.optional(SUBMITTED_AT, FieldType.STRING, "When the consumer submitted the form: map the "
                        + "seller's lead date or timestamp (2025-06-09, 06/09/2025, 2025-06-09T10:00:00-05:00). When it "
                        + "is older than any certificate lasts (90 days), the certificate is answered expired without "
                        + "a call; text that is not a date is ignored."));
        this.descriptor = new IntegrationDescriptor(
                ID,
                "Consent certificate (TrustedForm)",
                TrustedFormProvider.ID,
                Category.CONSENT,
                "Verifies a TrustedForm consent certificate: that it exists and can be claimed, that the phone and "
                        + "email recorded when the consumer filled the form are the lead's, and, as settings, retains "
                        + "it in your account and reads Insights (bot detection, input method, approximate location). "
                        + "Malformed, foreign, ping and clearly expired certificate URLs are answered without a call. "
                        + "One paid TrustedForm call per lead.",
                request,
                TrustedFormField.specs(RESPONSE),
                SETTINGS,
                client.properties().price(),
                Duration.ZERO);
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
        String insights = settings.get(INSIGHTS);
        if (insights != null) {
            List<String> unknown = properties(insights).stream().filter(p -> !INSIGHTS_PROPERTIES.contains(p)).toList();
            if (!unknown.isEmpty()) {
                problems.put(INSIGHTS, String.join(", ", unknown) + (unknown.size() == 1 ? " is not an" : " are not")
                        + " Insights propert" + (unknown.size() == 1 ? "y" : "ies") + " of TrustedForm; use "
                        + String.join(", ", INSIGHTS_PROPERTIES.stream().sorted().toList()));
            }
        }
        return problems;
    }

    @Override
    public CheckResponse check(CheckRequest request) {
        TrustedFormCertificate certificate;
        switch (TrustedFormCertificate.read(request.field(CERTIFICATE_URL).orElse(null))) {
            case TrustedFormCertificate.Unusable unusable -> {
                return decided(TrustedFormOutcome.INVALID, unusable.reason(), unusable.certificateId());
            }
            case TrustedFormCertificate.Usable usable -> certificate = usable.certificate();
        }
        Optional<String> expired = expiry(request);
        if (expired.isPresent()) {
            return decided(TrustedFormOutcome.EXPIRED, expired.get(), certificate.id());
        }

        boolean hash = bool(request, HASH_CONTACT);
        String email = request.field(EMAIL).map(FieldValue::text).map(String::strip).filter(t -> !t.isEmpty())
                .map(e -> hash ? sha1(e.toLowerCase(Locale.ROOT)) : e).orElse(null);
        String phone = phone(request).map(p -> hash ? sha1(p) : p).orElse(null);
        List<String> insights = setting(request, INSIGHTS).map(TrustedFormVerifyCheck::properties).orElse(List.of());
        if (email == null && phone == null && insights.isEmpty()) {
            return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, "nothing to verify the certificate with: map the lead's "
                    + "phone or email (for match_lead), or set the insights setting", null, null);
        }
        TrustedFormRequest.Retain retain = bool(request, RETAIN) ? new TrustedFormRequest.Retain(
                request.context().leadId(), vendor(request).orElse(null)) : null;
        TrustedFormRequest call = TrustedFormRequest.of(certificate, email, phone, retain, insights);

        return switch (client.verify(call)) {
            case TrustedFormReply.Failure failure -> failure.failed();
            case TrustedFormReply.Unusable unusable -> new CheckResponse.Answered(
                    values(unusable.outcome(), unusable.reason(), certificate.id()), false,
                    unusable.requestAsSent(), unusable.rawResponse());
            case TrustedFormReply.Answer answer -> answered(answer, call, certificate);
        };
    }

    private static CheckResponse answered(TrustedFormReply.Answer answer, TrustedFormRequest call,
            TrustedFormCertificate certificate) {
        TrustedFormValues values = TrustedFormValues.read(answer.body(), RESPONSE);
        values.put("certificate_id", Values.text(certificate.id()));
        // an operation asked for without its result in the answer: the fields it fills are unknown, not false
        if (call.operations().stream().anyMatch(op -> !answer.body().at(TrustedFormRequest.RESULTS.get(op)).isObject())) {
            values.markPartial();
        }
        return new CheckResponse.Answered(values.inOrder(RESPONSE), values.partial(), answer.requestAsSent(),
                answer.rawResponse());
    }

    /** An answer LeadGate gives without calling TrustedForm. */
    private static CheckResponse decided(TrustedFormOutcome outcome, String reason, String certificateId) {
        return CheckResponse.Answered.withoutCall(values(outcome, reason, certificateId),
                "not sent: " + reason + " (decided by LeadGate without calling TrustedForm)");
    }

    private static Map<String, FieldValue> values(TrustedFormOutcome outcome, String reason, String certificateId) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        Values.put(values, "outcome", Values.text(outcome.id()));
        Values.put(values, "reason", Values.text(reason));
        Values.put(values, "certificate_id", Values.text(certificateId));
        return values;
    }

    /**
     * Why the certificate is clearly expired, when the lead says when it was submitted: a certificate exists before
     * the lead does, so it is at least as old as the submission. A date without time is given the benefit of the doubt
     * of the latest moment it can mean in any time zone.
     */
    private Optional<String> expiry(CheckRequest request) {
        Optional<FieldValue> given = request.field(SUBMITTED_AT);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Instant latest;
        String when;
        try {
            latest = OffsetDateTime.parse(given.get().raw().strip()).toInstant();
            when = latest.toString();
        } catch (DateTimeParseException e) {
            FieldValue value = FieldType.DATE.normalise(given.get().raw(), FieldOptions.NONE).orElse(null);
            if (!(value instanceof DateValue date) || !date.valid()) {
                return Optional.empty();
            }
            latest = date.date().plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
            when = date.text();
        }
        Duration window = client.properties().claimWindow();
        if (!latest.plus(window).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of("certificate expired: the lead was submitted on " + when + ", more than " + words(window)
                + " ago, and TrustedForm keeps a certificate available for at most " + words(window));
    }

    /** The phone as the setting writes it; empty when the lead has no digits. */
    private static Optional<String> phone(CheckRequest request) {
        Optional<FieldValue> value = request.field(PHONE);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        PhoneValue phone = value.get() instanceof PhoneValue p ? p
                : (PhoneValue) FieldType.PHONE.normalise(value.get().raw(), FieldOptions.NONE).orElse(null);
        boolean e164 = E164.equals(setting(request, PHONE_FORMAT).orElse(NATIONAL));
        if (phone != null && phone.e164() != null) {
            return Optional.of(e164 ? phone.e164() : phone.nationalNumber());
        }
        String digits = value.get().raw().replaceAll("\\D", "");
        return digits.isEmpty() ? Optional.empty() : Optional.of(digits);
    }

    /** The vendor: the setting (a campaign's step may override it), else the campaign's id. */
    private static Optional<String> vendor(CheckRequest request) {
        return setting(request, VENDOR).or(() -> Optional.ofNullable(request.context().campaignId()));
    }

    /** A setting's effective value: the request's, else the declared default; empty when neither has one. */
    private static Optional<String> setting(CheckRequest request, String name) {
        return request.setting(name).map(String::strip)
                .or(() -> SETTINGS.stream().filter(s -> s.name().equals(name)).findFirst().map(SettingSpec::defaultValue)
                        .filter(v -> !v.isBlank()));
    }

    private static boolean bool(CheckRequest request, String name) {
        return setting(request, name).flatMap(v -> FieldType.BOOLEAN.normalise(v, FieldOptions.NONE))
                .filter(FieldValue::valid).map(v -> v.text().equals("true")).orElse(false);
    }

    /** Insights properties separated by commas or spaces, lower-cased, each once, in order. */
    static List<String> properties(String text) {
        Set<String> properties = new LinkedHashSet<>();
        for (String p : text.split("[,;\\s]+")) {
            if (!p.isBlank()) {
                properties.add(p.strip().toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(properties);
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    private static String words(Duration duration) {
        return duration.toHours() % 24 == 0 ? duration.toDays() + " days" : duration.toHours() + " hours";
    }
}
