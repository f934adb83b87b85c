package io.leadgate.integration.ipqs;

import static io.leadgate.integration.ipqs.IpqsField.derived;
import static io.leadgate.integration.ipqs.IpqsField.of;
import static io.leadgate.integration.ipqs.IpqsField.renamed;

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
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A check that scores the fraud risk of the IP address a lead was submitted from with IPQualityScore: proxies, VPNs
 * and Tor, bots and crawlers, recent abuse, the connection type and network, where the address is, and a fraud score
 * from 0 to 100. The submitter's user agent and language, when the seller sends them, let IPQS spot bots better.
 */
@Component
public class IpqsIpCheck implements Integration {

    public static final String ID = "ipqs.ip";

    public static final String IP = "ip";
    public static final String USER_AGENT = "user_agent";
    public static final String USER_LANGUAGE = "user_language";
    public static final String STRICTNESS = IpqsParameters.STRICTNESS;
    public static final String FAST = "fast";
    public static final String MOBILE = "mobile";
    public static final String ALLOW_PUBLIC_ACCESS_POINTS = "allow_public_access_points";
    public static final String LIGHTER_PENALTIES = "lighter_penalties";

    private static final List<SettingSpec> SETTINGS = List.of(
            SettingSpec.choice(STRICTNESS, "0", IpqsParameters.STRICTNESS_0_TO_3,
                    "How deep IPQS checks the address: 0 loose to 3 strictest. Higher levels take longer and flag "
                            + "more addresses, and more of them wrongly; IPQS recommends 0 or 1 for most traffic."),
            SettingSpec.of(FAST, FieldType.BOOLEAN, "false",
                    "Whether IPQS skips its slower forensic checks: much faster, with little loss of accuracy."),
            SettingSpec.of(MOBILE, FieldType.BOOLEAN, "false",
                    "Whether to score the address as a mobile device's; use it for leads from mobile apps that send "
                            + "no user agent."),
            SettingSpec.of(ALLOW_PUBLIC_ACCESS_POINTS, FieldType.BOOLEAN, "false",
                    "Whether IPQS goes easier on schools, universities, libraries and corporate networks, whose "
                            + "addresses many people share."),
            SettingSpec.of(LIGHTER_PENALTIES, FieldType.BOOLEAN, "false",
                    "Whether IPQS lowers the fraud score of addresses of mixed quality, to flag fewer real people."));

    static final List<IpqsField> RESPONSE = List.of(
            of("fraud_score", FieldType.NUMBER, "IPQS's fraud score from 0 (clean) to 100: 75 and above is suspicious, "
                    + "above 85 high risk."),
            derived("risk_level", FieldType.STRING, "The fraud score's band: low (below 40), moderate (40 to 74), "
                    + "suspicious (75 to 85) or high (above 85)."),
            of("proxy", FieldType.BOOLEAN, "Whether the address is a proxy, VPN or Tor exit, hiding the person's own "
                    + "address."),
            of("vpn", FieldType.BOOLEAN, "Whether the address belongs to a VPN service."),
            of("tor", FieldType.BOOLEAN, "Whether the address is a Tor exit node."),
            of("active_vpn", FieldType.BOOLEAN, "Whether the address was seen as an active VPN connection."),
            of("active_tor", FieldType.BOOLEAN, "Whether the address was seen as an active Tor connection."),
            of("is_crawler", FieldType.BOOLEAN, "Whether the address is a known search engine crawler."),
            of("bot_status", FieldType.BOOLEAN, "Whether the visitor looks like a bot or automated script."),
            of("recent_abuse", FieldType.BOOLEAN, "Whether the address was used in confirmed abuse (fraud, chargebacks, "
                    + "fake sign-ups) recently."),
            of("mobile", FieldType.BOOLEAN, "Whether the address belongs to a mobile network."),
            of("connection_type", FieldType.STRING, "The kind of network: Residential, Mobile, Corporate, Education or "
                    + "Data Center (a server, not a home)."),
            of("abuse_velocity", FieldType.STRING, "How often the address was abused lately: none, low, medium or high."),
            renamed("isp", "ISP", FieldType.STRING, "The internet service provider of the address."),
            renamed("asn", "ASN", FieldType.NUMBER, "The autonomous system number of the address's network."),
            of("organization", FieldType.STRING, "The organisation the address is assigned to."),
            of("host", FieldType.STRING, "The address's host name, or the address when it has none."),
            of("country_code", FieldType.STRING, "The two-letter country of the address (US)."),
            of("region", FieldType.STRING, "The state or region of the address, as IPQS writes it (often a full name: "
                    + "Colorado)."),
            of("city", FieldType.STRING, "The city of the address."),
            of("zip_code", FieldType.STRING, "The ZIP or postal code of the address, when known."),
            of("latitude", FieldType.NUMBER, "The approximate latitude of the address."),
            of("longitude", FieldType.NUMBER, "The approximate longitude of the address."),
            of("timezone", FieldType.STRING, "The time zone of the address (America/Denver)."),
            of("shared_connection", FieldType.BOOLEAN, "Whether many people share the address."),
            of("dynamic_connection", FieldType.BOOLEAN, "Whether the address is assigned dynamically and changes often."),
            of("frequent_abuser", FieldType.BOOLEAN, "Whether the address is abused again and again."),
            of("high_risk_attacks", FieldType.BOOLEAN, "Whether the address took part in high-risk attacks."),
            of("security_scanner", FieldType.BOOLEAN, "Whether the address runs security scans."),
            of("trusted_network", FieldType.BOOLEAN, "Whether the address belongs to a network IPQS trusts."),
            of("operating_system", FieldType.STRING, "The visitor's operating system, from the user agent."),
            of("browser", FieldType.STRING, "The visitor's browser, from the user agent."),
            of("device_brand", FieldType.STRING, "The visitor's device brand, from the user agent."),
            of("device_model", FieldType.STRING, "The visitor's device model, from the user agent."),
            of("request_id", FieldType.STRING, "IPQS's id of the lookup, to quote to IPQS support."));

    private final IpqsClient client;
    private final IntegrationDescriptor descriptor;

    public IpqsIpCheck(IpqsClient client) {
        this.client = client;
        IpqsProperties.Lookup lookup = client.properties().ip();
        this.descriptor = new IntegrationDescriptor(
                ID,
                "IP fraud score (IPQualityScore)",
                IpqsProvider.ID,
                Category.FRAUD,
                "Scores the fraud risk of the IP address a lead was submitted from with IPQualityScore: proxies, VPNs "
                        + "and Tor, bots and crawlers, recent abuse, the connection type and network, the address's "
                        + "location, and a fraud score from 0 to 100 with its risk level. One paid IPQS lookup per call.",
                List.of(
                        FieldSpec.required(IP, FieldType.IP, "The IP address the consumer submitted the lead from, sent in "
                                + "the URL path."),
                        FieldSpec.optional(USER_AGENT, FieldType.STRING, "The submitter's browser user agent, when the "
                                + "seller sends it; lets IPQS detect bots and fills the device fields."),
                        FieldSpec.optional(USER_LANGUAGE, FieldType.STRING, "The submitter's browser language header "
                                + "(en-US,en;q=0.9), when the seller sends it."),
                        IpqsParameters.field(SETTINGS.get(0), FieldType.NUMBER),
                        IpqsParameters.field(SETTINGS.get(1), FieldType.BOOLEAN),
                        IpqsParameters.field(SETTINGS.get(2), FieldType.BOOLEAN),
                        IpqsParameters.field(SETTINGS.get(3), FieldType.BOOLEAN),
                        IpqsParameters.field(SETTINGS.get(4), FieldType.BOOLEAN)),
                IpqsField.specs(RESPONSE),
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
    public CheckResponse check(CheckRequest request) {
        Optional<FieldValue> ip = request.field(IP).flatMap(value -> value.type() == FieldType.IP
                ? Optional.of(value) : FieldType.IP.normalise(value.raw(), FieldOptions.NONE));
        if (ip.isEmpty()) {
            return refused("no IP address was given to check");
        }
        if (!ip.get().valid()) {
            // IPQS would refuse it too; not calling keeps the refusal free
            return refused("the IP address is not an IPv4 or IPv6 address");
        }
        IpqsRequest ipqs;
        try {
            ipqs = IpqsRequest.of(IP, client.properties().ip().path(), ip.get().text(), new IpqsRequest.Parameters()
                    .add(STRICTNESS, IpqsParameters.integer(request, descriptor, STRICTNESS, 0, 3).orElse(null))
                    .add(USER_AGENT, IpqsParameters.leadText(request, USER_AGENT).orElse(null))
                    .add(USER_LANGUAGE, IpqsParameters.leadText(request, USER_LANGUAGE).orElse(null))
                    .add(FAST, IpqsParameters.bool(request, descriptor, FAST).orElse(null))
                    .add(MOBILE, IpqsParameters.bool(request, descriptor, MOBILE).orElse(null))
                    .add(ALLOW_PUBLIC_ACCESS_POINTS, IpqsParameters.bool(request, descriptor, ALLOW_PUBLIC_ACCESS_POINTS).orElse(null))
                    .add(LIGHTER_PENALTIES, IpqsParameters.bool(request, descriptor, LIGHTER_PENALTIES).orElse(null))
                    .list());
        } catch (IpqsParameters.Invalid e) {
            return refused(e.getMessage());
        }
        return switch (client.lookup(ipqs)) {
            case IpqsReply.Failure failure -> failure.failed();
            case IpqsReply.Answer answer -> answered(answer);
        };
    }

    private static CheckResponse answered(IpqsReply.Answer answer) {
        IpqsValues values = IpqsValues.read(answer.body(), RESPONSE);
        values.number("fraud_score").ifPresent(score -> values.put("risk_level", Values.text(IpqsRiskLevel.ofPhoneOrIp(score))));
        return new CheckResponse.Answered(values.inOrder(RESPONSE), values.partial(), answer.requestAsSent(), answer.rawResponse());
    }

    private static CheckResponse refused(String message) {
        return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, message, null, null);
    }
}
