package io.leadgate.integration.ipqs;

import static io.leadgate.integration.ipqs.IpqsField.derived;
import static io.leadgate.integration.ipqs.IpqsField.of;

import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.http.ProviderHttp;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.integration.Values;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A check that scores an email address's fraud risk with IPQualityScore: whether mail can be delivered, disposable
 * and catch-all domains, spam traps and honeypots, recent abuse, leaks, how long the address and its domain have
 * existed, and a fraud score from 0 to 100.
 */
@Component
public class IpqsEmailCheck implements Integration {

    public static final String ID = "ipqs.email";

    public static final String EMAIL = "email";
    public static final String STRICTNESS = IpqsParameters.STRICTNESS;
    public static final String ABUSE_STRICTNESS = "abuse_strictness";
    public static final String FAST = "fast";
    public static final String TIMEOUT = "timeout";
    public static final String SUGGEST_DOMAIN = "suggest_domain";

    /** What IPQS accepts for {@code timeout}, in seconds, and what it uses when none is sent. */
    static final int MIN_TIMEOUT = 1;
    static final int MAX_TIMEOUT = 60;
    static final int IPQS_DEFAULT_TIMEOUT = 7;

    private static List<SettingSpec> settings(int longestTimeout) {
        return List.of(
            SettingSpec.choice(STRICTNESS, "0", IpqsParameters.STRICTNESS_0_TO_2,
                    "How strictly IPQS detects spam traps and honeypots: 0 loose, 1 normal, 2 strict. Stricter levels "
                            + "flag more addresses, and more of them wrongly."),
            SettingSpec.choice(ABUSE_STRICTNESS, "0", IpqsParameters.STRICTNESS_0_TO_2,
                    "How strictly IPQS weighs the address's history of abuse in recent_abuse and the fraud score: 0 "
                            + "loose, 1 normal, 2 strict."),
            SettingSpec.of(FAST, FieldType.BOOLEAN, "false",
                    "Whether IPQS skips asking the mail server whether the mailbox exists (the SMTP check): much "
                            + "faster, but deliverability and smtp_score are less certain."),
            SettingSpec.of(TIMEOUT, FieldType.NUMBER, String.valueOf(Math.min(IPQS_DEFAULT_TIMEOUT, longestTimeout)),
                    "How many seconds IPQS waits for the mail server, from 1 to 60 (IPQS's default is 7). LeadGate "
                            + "waits for IPQS itself only so long (leadgate.providers.ipqs.read-timeout), so at most "
                            + longestTimeout + " is sent."),
            SettingSpec.of(SUGGEST_DOMAIN, FieldType.BOOLEAN, "false",
                    "Whether IPQS always checks the domain for a typo of a popular mail service (gmial.com) and "
                            + "fills suggested_domain."));
    }

    static final List<IpqsField> RESPONSE = List.of(
            of("valid", FieldType.BOOLEAN, "Whether IPQS found the address valid: well formed, on a domain that "
                    + "receives mail, and (without fast) accepted by the mail server."),
            of("disposable", FieldType.BOOLEAN, "Whether the address is on a disposable (throw-away) mail service."),
            of("fraud_score", FieldType.NUMBER, "IPQS's fraud score from 0 (clean) to 100: 80 and above is "
                    + "suspicious, 90 and above risky."),
            derived("risk_level", FieldType.STRING, "The fraud score's band: low (below 80), suspicious (80 to 89) or "
                    + "risky (90 and above)."),
            of("smtp_score", FieldType.NUMBER, "How the mail server answered, from -1 to 3: -1 invalid address, 0 no "
                    + "mail server, 1 temporary error, 2 catch-all or unsure, 3 mailbox exists."),
            of("overall_score", FieldType.NUMBER, "IPQS's overall quality of the address from 0 (invalid) to 4 "
                    + "(valid, mailbox verified)."),
            of("deliverability", FieldType.STRING, "How likely mail reaches the address: high, medium or low."),
            of("catch_all", FieldType.BOOLEAN, "Whether the domain accepts mail for any address, so the mailbox "
                    + "cannot be verified."),
            of("honeypot", FieldType.BOOLEAN, "Whether the address looks like a spam trap (honeypot)."),
            of("frequent_complainer", FieldType.BOOLEAN, "Whether the address often marks mail as spam."),
            of("suspect", FieldType.BOOLEAN, "Whether IPQS suspects the address is a spam trap or otherwise bad to "
                    + "send to."),
            of("recent_abuse", FieldType.BOOLEAN, "Whether the address was used in confirmed abuse (fraud, "
                    + "chargebacks, fake sign-ups) recently."),
            of("leaked", FieldType.BOOLEAN, "Whether the address appeared in a data breach or leak."),
            of("first_seen", FieldType.DATE, "The day IPQS first saw the address."),
            derived("domain_age", FieldType.NUMBER, "How many whole days ago the address's domain was registered: a "
                    + "domain a few days old is a common sign of fraud."),
            of("sanitized_email", FieldType.EMAIL, "The address as IPQS cleaned it (spaces and obvious typos removed)."),
            of("suggested_domain", FieldType.STRING, "The popular mail domain the address's domain is probably a typo "
                    + "of (gmail.com for gmial.com). Left out when there is none."),
            of("generic", FieldType.BOOLEAN, "Whether the address is generic (info@, sales@) rather than a person's."),
            of("common", FieldType.BOOLEAN, "Whether the domain is a common free mail service."),
            of("dns_valid", FieldType.BOOLEAN, "Whether the domain has the DNS records needed to receive mail."),
            of("timed_out", FieldType.BOOLEAN, "Whether the mail server did not answer in time, so the answer is less "
                    + "certain (the check is then marked partial)."),
            of("spam_trap_score", FieldType.STRING, "How likely the address is a spam trap: none, low, medium or high."),
            of("risky_tld", FieldType.BOOLEAN, "Whether the domain's ending (.xyz, .top...) is one fraud often uses."),
            of("spf_record", FieldType.BOOLEAN, "Whether the domain publishes an SPF record."),
            of("dmarc_record", FieldType.BOOLEAN, "Whether the domain publishes a DMARC record."),
            of("domain_trust", FieldType.STRING, "How much IPQS trusts the domain, as IPQS words it (trusted...)."),
            of("domain_velocity", FieldType.STRING, "How many lookups of the domain IPQS saw lately: none, low, "
                    + "medium or high."),
            of("first_name", FieldType.STRING, "The first name IPQS links to the address. Left out when unknown."),
            of("user_activity", FieldType.STRING, "How active the address's owner is online, as IPQS reports it (some "
                    + "accounts get a notice that the data is not enabled)."),
            of("request_id", FieldType.STRING, "IPQS's id of the lookup, to quote to IPQS support."));

    private final IpqsClient client;
    private final Clock clock;
    private final int longestTimeout;
    private final IntegrationDescriptor descriptor;

    public IpqsEmailCheck(IpqsClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
        // IPQS needs a moment after the mail server's answer (or its own timeout) to send its own
        this.longestTimeout = (int) Math.max(MIN_TIMEOUT, Math.min(MAX_TIMEOUT, client.properties().readTimeout().toSeconds() - 1));
        List<SettingSpec> settings = settings(longestTimeout);
        IpqsProperties.Lookup lookup = client.properties().email();
        this.descriptor = new IntegrationDescriptor(
                ID,
                "Email fraud score (IPQualityScore)",
                IpqsProvider.ID,
                Category.FRAUD,
                "Scores an email address's fraud risk with IPQualityScore: deliverability, disposable and catch-all "
                        + "domains, spam traps and honeypots, recent abuse, leaks, the domain's age, and a fraud score "
                        + "from 0 to 100 with its risk level. One paid IPQS lookup per call.",
                List.of(
                        FieldSpec.required(EMAIL, FieldType.EMAIL, "The email address to score, sent in the URL path."),
                        IpqsParameters.field(settings.get(0), FieldType.NUMBER),
                        IpqsParameters.field(settings.get(1), FieldType.NUMBER),
                        IpqsParameters.field(settings.get(2), FieldType.BOOLEAN),
                        IpqsParameters.field(settings.get(3), FieldType.NUMBER),
                        IpqsParameters.field(settings.get(4), FieldType.BOOLEAN)),
                IpqsField.specs(RESPONSE),
                settings,
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
        String timeout = settings.get(TIMEOUT);
        if (timeout != null && !timeout.isBlank()) {
            try {
                int seconds = Integer.parseInt(IpqsParameters.integer(TIMEOUT, timeout.strip(), MIN_TIMEOUT, MAX_TIMEOUT));
                if (seconds > longestTimeout) {
                    problems.put(TIMEOUT, seconds + " seconds leaves IPQualityScore no time to answer before "
                            + "LeadGate stops waiting (leadgate.providers.ipqs.read-timeout is "
                            + ProviderHttp.seconds(client.properties().readTimeout()) + "); use at most " + longestTimeout
                            + ", or raise the read timeout");
                }
            } catch (IpqsParameters.Invalid e) {
                problems.put(TIMEOUT, e.problem());
            }
        }
        return problems;
    }

    @Override
    public CheckResponse check(CheckRequest request) {
        Optional<String> email = request.field(EMAIL).map(FieldValue::text).map(String::strip).filter(t -> !t.isEmpty());
        if (email.isEmpty()) {
            return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, "no email address was given to check", null, null);
        }
        IpqsRequest ipqs;
        try {
            ipqs = IpqsRequest.of(EMAIL, client.properties().email().path(), email.get(), new IpqsRequest.Parameters()
                    .add(STRICTNESS, IpqsParameters.integer(request, descriptor, STRICTNESS, 0, 2).orElse(null))
                    .add(ABUSE_STRICTNESS, IpqsParameters.integer(request, descriptor, ABUSE_STRICTNESS, 0, 2).orElse(null))
                    .add(FAST, IpqsParameters.bool(request, descriptor, FAST).orElse(null))
                    .add(TIMEOUT, IpqsParameters.text(request, descriptor, TIMEOUT).map(this::timeout).orElse(null))
                    .add(SUGGEST_DOMAIN, IpqsParameters.bool(request, descriptor, SUGGEST_DOMAIN).orElse(null))
                    .list());
        } catch (IpqsParameters.Invalid e) {
            return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, e.getMessage(), null, null);
        }
        return switch (client.lookup(ipqs)) {
            case IpqsReply.Failure failure -> failure.failed();
            case IpqsReply.Answer answer -> answered(answer);
        };
    }

    /**
     * The mail server timeout to send. One longer than LeadGate waits for IPQS would turn every slow mail server into
     * a timeout error instead of an answer, so it is cut to what fits: a setup saved before the read timeout was
     * lowered keeps working (saving such a setup now is refused by {@link #settingProblems}).
     */
    private String timeout(String text) {
        int seconds = Integer.parseInt(IpqsParameters.integer(TIMEOUT, text, MIN_TIMEOUT, MAX_TIMEOUT));
        return String.valueOf(Math.min(seconds, longestTimeout));
    }

    private CheckResponse answered(IpqsReply.Answer answer) {
        IpqsValues values = IpqsValues.read(answer.body(), RESPONSE);
        values.number("fraud_score").ifPresent(score -> values.put("risk_level", Values.text(IpqsRiskLevel.ofEmail(score))));
        values.put("domain_age", daysSince(answer.body().path("domain_age").path("timestamp")));
        // IPQS writes "Unknown" when it knows no name
        values.text("first_name").filter(name -> name.equalsIgnoreCase("unknown")).ifPresent(name -> values.remove("first_name"));
        boolean timedOut = values.text("timed_out").map(Boolean::parseBoolean).orElse(false);
        return new CheckResponse.Answered(values.inOrder(RESPONSE), values.partial() || timedOut,
                answer.requestAsSent(), answer.rawResponse());
    }

    /** Whole days from a Unix timestamp to now; null when there is no timestamp. */
    private FieldValue daysSince(JsonNode timestamp) {
        if (!timestamp.isIntegralNumber()) {
            return null;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(timestamp.longValue()), clock.instant());
        return Values.number(Math.max(0, age.toDays()));
    }
}
