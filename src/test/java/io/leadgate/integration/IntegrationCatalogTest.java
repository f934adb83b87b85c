package io.leadgate.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadgate.lead.field.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntegrationCatalogTest {

    private static Integration named(String id) {
        IntegrationDescriptor d = new IntegrationDescriptor(id, id, "test", Category.CUSTOM, "",
                List.of(FieldSpec.required("phone", FieldType.PHONE, "")), List.of(), List.of(), null, null);
        return new Integration() {
            @Override
            public IntegrationDescriptor descriptor() {
                return d;
            }

            @Override
            public CheckResponse check(CheckRequest request) {
                return new CheckResponse.Answered(java.util.Map.of(), false, "{}", "{}");
            }
        };
    }

    @Test
    void failsAtStartUpOnTwoIntegrationsWithTheSameId() {
        assertThatThrownBy(() -> new IntegrationCatalog(List.of(named("a.check"), named("a.check"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a.check");
    }

    @Test
    void findsIntegrationsById() {
        IntegrationCatalog catalog = new IntegrationCatalog(List.of(named("b.check"), named("a.check")));

        assertThat(catalog.all()).extracting(i -> i.descriptor().id()).containsExactly("a.check", "b.check");
        assertThat(catalog.find("b.check")).isPresent();
        assertThat(catalog.find("c.check")).isEmpty();
    }

    @Test
    void refusesDescriptorsWithBadIdsOrTwiceDeclaredFields() {
        assertThatThrownBy(() -> named("NoDot")).hasMessageContaining("NoDot");
        assertThatThrownBy(() -> new IntegrationDescriptor("x.y", "x", "t", Category.CUSTOM, "",
                List.of(FieldSpec.required("a", FieldType.STRING, ""), FieldSpec.optional("a", FieldType.STRING, "")),
                List.of(), List.of(), null, null)).hasMessageContaining("'a' twice");
    }
}
