package io.leadgate.lead.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChoiceNormalisationTest {

    private static final FieldOptions CREDIT_RATINGS = new FieldOptions(null, List.of("Excellent", "Good", "Fair", "Poor", "Very Poor"));

    static ChoiceValue choice(String raw, FieldOptions options) {
        return (ChoiceValue) FieldType.CHOICE.normalise(raw, options).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Good", "good", "GOOD", " gOOd "})
    void answersWithTheDeclaredSpelling(String raw) {
        ChoiceValue value = choice(raw, CREDIT_RATINGS);

        assertThat(value.valid()).isTrue();
        assertThat(value.text()).isEqualTo("Good");
        assertThat(value.raw()).isEqualTo(raw);
        assertThat(value.type()).isEqualTo(FieldType.CHOICE);
    }

    @Test
    void matchesAMultiWordChoiceWhateverTheSpacing() {
        assertThat(choice("very  poor", CREDIT_RATINGS).text()).isEqualTo("Very Poor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Great", "Goo", "Good!", "Very"})
    void rejectsAValueThatIsNotDeclared(String raw) {
        ChoiceValue value = choice(raw, CREDIT_RATINGS);

        assertThat(value.valid()).isFalse();
        assertThat(value.text()).isEqualTo(raw);
    }

    @Test
    void rejectsEveryValueWhenNoChoiceIsDeclared() {
        assertThat(choice("Good", FieldOptions.NONE).valid()).isFalse();
        assertThat(FieldType.CHOICE.normalise("Good", null).orElseThrow().valid()).isFalse();
    }
}
