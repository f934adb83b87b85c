package io.leadgate.criteria;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a rule does to a lead when its criterion holds, ranked so the strongest fired action decides the disposition.
 *
 * <p>REJECT beats QUALITY_CONTROL beats FLAG beats ACCEPT. The constants are declared weakest first, so the natural
 * order agrees with {@link #precedence()}.
 */
public enum Action {
    ACCEPT(0),
    FLAG(1),
    QUALITY_CONTROL(2),
    REJECT(3);

    /** Orders actions weakest first. */
    public static final Comparator<Action> BY_PRECEDENCE = Comparator.comparingInt(Action::precedence);

    private final int precedence;

    Action(int precedence) {
        this.precedence = precedence;
    }

    /** The rank of this action: a higher number beats a lower one. */
    public int precedence() {
        return precedence;
    }

    /** Whether this action wins over the other one (a null other is beaten by everything but ACCEPT). */
    public boolean beats(Action other) {
        return precedence > (other == null ? ACCEPT.precedence : other.precedence);
    }

    /** The stronger of this action and the other one. */
    public Action max(Action other) {
        return other != null && other.beats(this) ? other : this;
    }

    /** The strongest of the given actions, ignoring nulls; ACCEPT when there are none. */
    public static Action strongest(Action... actions) {
        return actions == null ? ACCEPT : strongest(Arrays.asList(actions));
    }

    /** The strongest of the given actions, ignoring nulls; ACCEPT when there are none. */
    public static Action strongest(Collection<Action> actions) {
        if (actions == null) {
            return ACCEPT;
        }
        return actions.stream().filter(Objects::nonNull).max(BY_PRECEDENCE).orElse(ACCEPT);
    }

    /** The stable identifier used in the API and configuration ({@code quality_control}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action for an id such as {@code reject} (case-insensitive), or empty when there is none. */
    public static Optional<Action> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.id().equals(wanted)).findFirst();
    }

    /** All ids, comma separated, for error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(Action::id).collect(Collectors.joining(", "));
    }
}
