package io.leadgate.integration.dncscrub;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The result codes of DNC.com's full scrub, each with the word LeadGate answers as {@code result_meaning} (so a rule
 * reads "result meaning is do_not_call") and what it means.
 *
 * <p>The codes and meanings of the providers notes: C, D, W, Y, I, M, B, P, S, E, O, R, X, L. F, G, H and V combine an
 * existing business relationship (EBR) with a wireless or VoIP line; they come from DNC.com's output guide and are
 * read so that an account with EBRs on file does not see them as unknown. The notes group R with E and O as "EBR
 * states" without spelling it out, so its meaning stays generic: its reason says more.
 */
enum DncScrubResultCode {
    C("clean", "not on any Do Not Call list, not a wireless or VoIP line: safe to call"),
    D("do_not_call", "on a Do Not Call list: national, state, the account's internal list, or a litigator list (the "
            + "reason says which)"),
    W("wireless", "a wireless number on no Do Not Call list"),
    Y("voip", "a VoIP number on no Do Not Call list (treated as wireless by the law)"),
    I("invalid", "not a valid phone number: its area code or exchange is not in service"),
    M("malformed", "not a 10-digit phone number"),
    B("blocked", "blocked by the account's or project's settings"),
    P("project_dnc", "on the project's own Do Not Call list"),
    S("disconnected", "a disconnected number"),
    E("ebr_valid", "a valid existing business relationship (EBR) and on no Do Not Call list: callable"),
    O("ebr_override", "a valid EBR overrides an otherwise Do Not Call number: callable"),
    R("ebr", "an existing business relationship state (the reason says which)"),
    X("exempt", "an industry exemption applies to an otherwise Do Not Call number"),
    L("wireless_restricted", "a wireless number in a state that forbids telephone solicitation to wireless numbers, even "
            + "dialled by hand"),
    F("ebr_wireless_restricted", "a valid EBR, and a wireless number in a state that forbids telephone solicitation to "
            + "wireless numbers"),
    G("ebr_wireless_or_voip", "a valid EBR, and a wireless or VoIP number on no Do Not Call list"),
    H("ebr_override_wireless_or_voip", "a valid EBR overrides an otherwise Do Not Call wireless or VoIP number"),
    V("ebr_override_wireless_restricted", "a valid EBR overrides an otherwise Do Not Call wireless number in a state "
            + "that forbids telephone solicitation to wireless numbers");

    private final String meaning;
    private final String description;

    DncScrubResultCode(String meaning, String description) {
        this.meaning = meaning;
        this.description = description;
    }

    /** The word LeadGate answers as {@code result_meaning}. */
    String meaning() {
        return meaning;
    }

    String description() {
        return description;
    }

    /** The code DNC.com sent ({@code "D"}), whatever its case; empty for a code LeadGate does not know. */
    static Optional<DncScrubResultCode> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst();
    }

    /** Every code with its meaning, for descriptions: {@code C clean, D do_not_call, ...}. */
    static String legend() {
        return String.join(", ", Arrays.stream(values()).map(c -> c.name() + " " + c.meaning).toList());
    }
}
