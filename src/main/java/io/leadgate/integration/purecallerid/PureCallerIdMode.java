package io.leadgate.integration.purecallerid;

import io.leadgate.integration.SettingSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which Pure CallerID call(s) a {@code purecallerid.compliance} check makes. */
enum PureCallerIdMode {
    /** The single lead load: Pure CallerID screens the lead against the campaign's rules and accepts or rejects it. */
    LEAD_LOAD("lead load: accepted or rejected with a reason, by the Pure CallerID campaign's rules"),
    /** The spam check: a spam score and risk level for the number. */
    SPAM_CHECK("spam check: spam score and risk level of the number"),
    /** The lead load, then the spam check. */
    BOTH("both: the lead load, then the spam check (two calls)");

    private final String label;

    PureCallerIdMode(String label) {
        this.label = label;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean loadsLead() {
        return this != SPAM_CHECK;
    }

    boolean checksSpam() {
        return this != LEAD_LOAD;
    }

    static Optional<PureCallerIdMode> of(String id) {
        return id == null ? Optional.empty()
                : Arrays.stream(values()).filter(m -> m.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    static List<SettingSpec.Choice> choices() {
        return Arrays.stream(values()).map(m -> new SettingSpec.Choice(m.id(), m.label)).toList();
    }
}
