package io.leadgate.criteria;

import static io.leadgate.criteria.Action.ACCEPT;
import static io.leadgate.criteria.Action.FLAG;
import static io.leadgate.criteria.Action.QUALITY_CONTROL;
import static io.leadgate.criteria.Action.REJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionTest {

    @Test
    void rejectBeatsQualityControlBeatsFlagBeatsAccept() {
        assertThat(REJECT.beats(QUALITY_CONTROL)).isTrue();
        assertThat(QUALITY_CONTROL.beats(FLAG)).isTrue();
        assertThat(FLAG.beats(ACCEPT)).isTrue();
        assertThat(ACCEPT.beats(FLAG)).isFalse();
        assertThat(REJECT.beats(REJECT)).isFalse();
        assertThat(REJECT.precedence()).isGreaterThan(QUALITY_CONTROL.precedence());
    }

    @Test
    void sortsWeakestFirstByPrecedenceAndNaturalOrderAlike() {
        List<Action> actions = new ArrayList<>(List.of(REJECT, ACCEPT, FLAG, QUALITY_CONTROL));
        actions.sort(Action.BY_PRECEDENCE);
        assertThat(actions).containsExactly(ACCEPT, FLAG, QUALITY_CONTROL, REJECT);
        assertThat(Arrays.stream(Action.values()).sorted().toList()).isEqualTo(actions);
    }

    @Test
    void picksTheStrongestActionIgnoringNulls() {
        assertThat(Action.strongest(FLAG, REJECT, ACCEPT)).isEqualTo(REJECT);
        assertThat(Action.strongest(FLAG, QUALITY_CONTROL)).isEqualTo(QUALITY_CONTROL);
        assertThat(Action.strongest(ACCEPT, FLAG)).isEqualTo(FLAG);
        assertThat(Action.strongest(Arrays.asList(null, FLAG))).isEqualTo(FLAG);
        assertThat(FLAG.max(REJECT)).isEqualTo(REJECT);
        assertThat(REJECT.max(FLAG)).isEqualTo(REJECT);
        assertThat(FLAG.max(null)).isEqualTo(FLAG);
    }

    @Test
    void acceptsWhenThereIsNoActionAtAll() {
        assertThat(Action.strongest()).isEqualTo(ACCEPT);
        assertThat(Action.strongest((Action[]) null)).isEqualTo(ACCEPT);
        assertThat(Action.strongest(List.of())).isEqualTo(ACCEPT);
    }

    @Test
    void readsActionsByTheirStableIds() {
        assertThat(QUALITY_CONTROL.id()).isEqualTo("quality_control");
        assertThat(Action.fromId(" Reject ")).contains(REJECT);
        assertThat(Action.fromId("quality_control")).contains(QUALITY_CONTROL);
        assertThat(Action.fromId("deny")).isEmpty();
        assertThat(Action.fromId(null)).isEmpty();
        assertThat(Action.ids()).isEqualTo("accept, flag, quality_control, reject");
    }
}
