package io.leadgate.integration.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.prefixmapper.PhonePrefixMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Holds the shipped area code table to libphonenumber's geocoder on the class path, so that an upgrade of either
 * names the area codes to revisit (see {@code src/main/resources/integration/builtin/README.md}).
 */
class BuiltinPhoneCheckAreaCodeTest {

    /** Area codes shared by several provinces, left out of the table on purpose. */
    private static final Set<String> SHARED = Set.of("782", "867", "902");

    private final NanpAreaCodes table = NanpAreaCodes.load();

    @Test
    void shipsAStateForEveryGeographicAreaCodeOfTheUnitedStatesAndCanada() {
        assertThat(table.all()).hasSizeGreaterThan(400);
        assertThat(table.all()).containsEntry("212", "NY").containsEntry("416", "ON").containsEntry("787", "PR")
                .containsEntry("671", "GU").containsEntry("202", "DC");
        assertThat(table.all()).doesNotContainKeys("800", "888", "900", "500", "902", "867");
    }

    @Test
    void agreesWithTheStateMostOfTheGeocodersDescriptionsName() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (int npa = 200; npa <= 999; npa++) {
            String areaCode = Integer.toString(npa);
            Optional<String> described = mostNamedState(areaCode);
            Optional<String> shipped = table.state(areaCode);
            compared += described.isPresent() ? 1 : 0;
            if (described.isPresent() && shipped.isPresent() && !described.equals(shipped)) {
                disagreements.add(areaCode + ": table " + shipped.get() + ", geocoder " + described.get());
            }
            if (described.isPresent() && shipped.isEmpty() && !SHARED.contains(areaCode)) {
                disagreements.add(areaCode + ": geocoder " + described.get() + ", missing from the table");
            }
        }
        assertThat(compared).as("area codes the geocoder describes").isGreaterThan(400);
        assertThat(disagreements).as("area codes to revisit in " + NanpAreaCodes.RESOURCE).isEmpty();
    }

    @Test
    void readsTheStateACityOrStateDescriptionNames() {
        assertThat(NanpAreaCodes.stateIn("Jersey City, NJ")).contains("NJ");
        assertThat(NanpAreaCodes.stateIn("New Jersey")).contains("NJ");
        assertThat(NanpAreaCodes.stateIn("Washington State")).contains("WA");
        assertThat(NanpAreaCodes.stateIn("Washington D.C.")).contains("DC");
        assertThat(NanpAreaCodes.stateIn("Northwest Territories/Nunavut/Yukon")).isEmpty();
        assertThat(NanpAreaCodes.stateIn("Canada")).isEmpty();
        assertThat(NanpAreaCodes.stateIn(null)).isEmpty();
    }

    /** The state named by most of the geocoder's descriptions of the area code's numbers, when there is one. */
    private static Optional<String> mostNamedState(String areaCode) throws IOException {
        try (InputStream in = BuiltinPhoneCheckAreaCodeTest.class.getResourceAsStream(
                "/com/google/i18n/phonenumbers/geocoding/data/1" + areaCode + "_en")) {
            if (in == null) {
                return Optional.empty();
            }
            PhonePrefixMap map = new PhonePrefixMap();
            map.readExternal(new ObjectInputStream(in));
            Map<String, Integer> counts = new HashMap<>();
            for (String line : map.toString().split("\n")) {
                NanpAreaCodes.stateIn(line.substring(line.indexOf('|') + 1)).ifPresent(s -> counts.merge(s, 1, Integer::sum));
            }
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            return counts.entrySet().stream()
                    .filter(e -> e.getValue() * 10 >= total * 9)
                    .map(Map.Entry::getKey)
                    .findFirst();
        }
    }
}
