package io.leadgate.lead.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalisationTest {

    static TextValue text(String raw) {
        return (TextValue) FieldType.STRING.normalise(raw, FieldOptions.NONE).orElseThrow();
    }

    @Test
    void trimsSurroundingSpacesAndKeepsTheRest() {
        TextValue value = text("  Jane   Doe \t\n");

        assertThat(value.valid()).isTrue();
        assertThat(value.text()).isEqualTo("Jane   Doe");
        assertThat(value.raw()).isEqualTo("  Jane   Doe \t\n");
        assertThat(value.number()).isEmpty();
        assertThat(value.type()).isEqualTo(FieldType.STRING);
    }

    @Test
    void trimsTheNoBreakAndZeroWidthSpacesThatCopyPasteLeaves() {
        assertThat(text("\u00A0\uFEFFJane\u200B\u202F").text()).isEqualTo("Jane");
    }

    @Test
    void readsBlankTextAsNoValueAtAll() {
        assertThat(FieldType.STRING.normalise(" \t ", FieldOptions.NONE)).isEmpty();
        assertThat(FieldType.STRING.normalise("", FieldOptions.NONE)).isEmpty();
        assertThat(FieldType.STRING.normalise("\u00A0\u200B", FieldOptions.NONE)).isEmpty();
    }
}
