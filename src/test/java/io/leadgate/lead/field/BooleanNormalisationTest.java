package io.leadgate.lead.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanNormalisationTest {

    static BooleanValue bool(String raw) {
        return (BooleanValue) FieldType.BOOLEAN.normalise(raw, FieldOptions.NONE).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "True", "yes", "YES", "y", "Y", "1", "on", "ON", " yes "})
    void readsEverySpellingOfTrue(String raw) {
        BooleanValue value = bool(raw);

        assertThat(value.valid()).isTrue();
        assertThat(value.value()).isTrue();
        assertThat(value.text()).isEqualTo("true");
        assertThat(value.type()).isEqualTo(FieldType.BOOLEAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "no", "No", "n", "N", "0", "off", "Off"})
    void readsEverySpellingOfFalse(String raw) {
        BooleanValue value = bool(raw);

        assertThat(value.valid()).isTrue();
        assertThat(value.value()).isFalse();
        assertThat(value.text()).isEqualTo("false");
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "2", "-1", "yes please", "nope", "null", "checked"})
    void keepsOtherTextAsInvalid(String raw) {
        BooleanValue value = bool(raw);

        assertThat(value.valid()).isFalse();
        assertThat(value.value()).isNull();
        assertThat(value.text()).isEqualTo(raw);
    }
}
