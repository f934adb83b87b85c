package io.leadgate.integration.builtin;

import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.Values;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.lead.field.IpValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A free, offline check of the IP address a lead was submitted from: whether it is an address at all, and whether it
 * is a public one a consumer's browser could post from rather than a private, loopback or reserved one.
 */
@Component
public class BuiltinIpCheck implements Integration {

    public static final String ID = "builtin.ip";

    public static final String IP = "ip";

    private static final IntegrationDescriptor DESCRIPTOR = new IntegrationDescriptor(
            ID,
            "IP address check (built-in)",
            "builtin",
            Category.BUILTIN,
            "Checks the lead's IP address offline: whether it is a well-formed IPv4 or IPv6 address, and whether it "
                    + "is public, or a private, loopback or reserved address that no consumer's browser posts from "
                    + "(a sign the seller filled it in). Free and instant; it does not locate the address or tell a "
                    + "proxy from a home connection.",
            List.of(FieldSpec.required(IP, FieldType.IP, "The IP address the consumer submitted the lead from.")),
            List.of(
                    FieldSpec.response("valid", FieldType.BOOLEAN,
                            "Whether the value is an IPv4 (203.0.113.7) or IPv6 (2001:db8::1) address. Host names "
                                    + "and shortened or zero-padded forms are not valid."),
                    FieldSpec.response("version", FieldType.NUMBER,
                            "4 or 6. An IPv4 address written in IPv6 form (::ffff:203.0.113.7) counts as 4."),
                    FieldSpec.response("is_public", FieldType.BOOLEAN,
                            "Whether the address is a public internet address, the only kind a consumer's browser "
                                    + "reaches a seller's form from."),
                    FieldSpec.response("is_private", FieldType.BOOLEAN,
                            "Whether the address is in a private network range (10.x, 172.16-31.x, 192.168.x, "
                                    + "IPv6 fc00::/7): the address of a device inside a home or office, not of the "
                                    + "consumer on the internet."),
                    FieldSpec.response("is_loopback", FieldType.BOOLEAN,
                            "Whether the address is the machine's own (127.x, ::1): the lead was posted from the "
                                    + "seller's server, not by a consumer."),
                    FieldSpec.response("is_reserved", FieldType.BOOLEAN,
                            "Whether the address is in any other range no consumer posts from: link-local, "
                                    + "multicast, unspecified (0.0.0.0), documentation examples, benchmarking, "
                                    + "carrier-grade NAT (100.64.x), broadcast or unassigned."),
                    FieldSpec.response("category", FieldType.STRING,
                            "The range the address falls in: public, private, loopback, link_local, multicast, "
                                    + "unspecified, documentation, shared (carrier-grade NAT), benchmarking, "
                                    + "broadcast or reserved.")),
            List.of(),
            BigDecimal.ZERO,
            Duration.ZERO);

    @Override
    public IntegrationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckResponse check(CheckRequest request) {
        String requestAsSent = BuiltinInputs.requestAsSent(DESCRIPTOR, request);
        Optional<IpValue> ip = BuiltinInputs.read(request, IP, FieldType.IP, IpValue.class, FieldOptions.NONE);
        if (ip.isEmpty()) {
            return BuiltinInputs.missing(IP, requestAsSent);
        }
        Map<String, FieldValue> values = answer(ip.get());
        return new CheckResponse.Answered(values, false, requestAsSent, BuiltinInputs.rawResponse(values));
    }

    /** An invalid address answers only valid=false: nothing else about it is known. */
    private static Map<String, FieldValue> answer(IpValue ip) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        Values.put(values, "valid", Values.bool(ip.valid()));
        if (ip.valid()) {
            Values.put(values, "version", Values.number(ip.version()));
            Values.put(values, "is_public", Values.bool("public".equals(ip.category())));
            Values.put(values, "is_private", Values.bool(ip.isPrivate()));
            Values.put(values, "is_loopback", Values.bool(ip.isLoopback()));
            Values.put(values, "is_reserved", Values.bool(ip.isReserved()));
            Values.put(values, "category", Values.text(ip.category()));
        }
        return values;
    }
}
