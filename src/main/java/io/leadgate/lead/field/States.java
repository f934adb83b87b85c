package io.leadgate.lead.field;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The state normaliser: US states, DC, territories and USPS military and freely associated state codes, and
 * Canadian provinces and territories, read from their postal code or their name.
 */
final class States {

    /** One state or province: its postal code, English name and country. */
    record State(String code, String name, String country) {}

    /** By postal code, in the order the API documents them. */
    static final Map<String, State> BY_CODE = new LinkedHashMap<>();

    /** By name key (letters only, lower case, accents removed), including common alternative names. */
    private static final Map<String, State> BY_NAME = new HashMap<>();

    static {
        us("AL", "Alabama");
        us("AK", "Alaska");
        us("AZ", "Arizona");
        us("AR", "Arkansas");
        us("CA", "California");
        us("CO", "Colorado");
        us("CT", "Connecticut");
        us("DE", "Delaware");
        us("DC", "District of Columbia", "Washington DC", "Washington D.C.", "D.C.");
        us("FL", "Florida");
        us("GA", "Georgia");
        us("HI", "Hawaii");
        us("ID", "Idaho");
        us("IL", "Illinois");
        us("IN", "Indiana");
        us("IA", "Iowa");
        us("KS", "Kansas");
        us("KY", "Kentucky");
        us("LA", "Louisiana");
        us("ME", "Maine");
        us("MD", "Maryland");
        us("MA", "Massachusetts");
        us("MI", "Michigan");
        us("MN", "Minnesota");
        us("MS", "Mississippi");
        us("MO", "Missouri");
        us("MT", "Montana");
        us("NE", "Nebraska");
        us("NV", "Nevada");
        us("NH", "New Hampshire");
        us("NJ", "New Jersey");
        us("NM", "New Mexico");
        us("NY", "New York", "New York State");
        us("NC", "North Carolina");
        us("ND", "North Dakota");
        us("OH", "Ohio");
        us("OK", "Oklahoma");
        us("OR", "Oregon");
        us("PA", "Pennsylvania");
        us("RI", "Rhode Island");
        us("SC", "South Carolina");
        us("SD", "South Dakota");
        us("TN", "Tennessee");
        us("TX", "Texas");
        us("UT", "Utah");
        us("VT", "Vermont");
        us("VA", "Virginia");
        us("WA", "Washington", "Washington State");
        us("WV", "West Virginia");
        us("WI", "Wisconsin");
        us("WY", "Wyoming");
        us("AS", "American Samoa");
        us("GU", "Guam");
        us("MP", "Northern Mariana Islands", "Commonwealth of the Northern Mariana Islands");
        us("PR", "Puerto Rico");
        us("VI", "U.S. Virgin Islands", "Virgin Islands", "United States Virgin Islands", "US Virgin Islands");
        us("UM", "U.S. Minor Outlying Islands", "United States Minor Outlying Islands");
        // USPS codes that appear in real mailing addresses: military post offices and the freely associated states
        us("AA", "Armed Forces Americas");
        us("AE", "Armed Forces Europe");
        us("AP", "Armed Forces Pacific");
        us("FM", "Federated States of Micronesia", "Micronesia");
        us("MH", "Marshall Islands");
        us("PW", "Palau");
        ca("AB", "Alberta");
        ca("BC", "British Columbia");
        ca("MB", "Manitoba");
        ca("NB", "New Brunswick");
        ca("NL", "Newfoundland and Labrador", "Newfoundland", "Newfoundland & Labrador", "Labrador");
        ca("NS", "Nova Scotia");
        ca("NT", "Northwest Territories");
        ca("NU", "Nunavut");
        ca("ON", "Ontario");
        ca("PE", "Prince Edward Island", "PEI", "P.E.I.");
        ca("QC", "Quebec", "Québec", "Province of Quebec");
        ca("SK", "Saskatchewan");
        ca("YT", "Yukon", "Yukon Territory");
        // codes Canada Post retired but old forms and lead lists still carry
        BY_NAME.putIfAbsent("nf", BY_CODE.get("NL"));
        BY_NAME.putIfAbsent("pq", BY_CODE.get("QC"));
        BY_NAME.putIfAbsent("yk", BY_CODE.get("YT"));
    }

    private States() {}

    private static void us(String code, String name, String... aliases) {
        add(new State(code, name, "US"), aliases);
    }

    private static void ca(String code, String name, String... aliases) {
        add(new State(code, name, "CA"), aliases);
    }

    private static void add(State state, String... aliases) {
        BY_CODE.put(state.code(), state);
        BY_NAME.put(key(state.name()), state);
        for (String alias : aliases) {
            BY_NAME.put(key(alias), state);
        }
    }

    static StateValue normalise(String raw, String text) {
        State state = find(text);
        return state == null
                ? new StateValue(raw, false, text, null, null, null)
                : new StateValue(raw, true, state.code(), state.code(), state.name(), state.country());
    }

    private static State find(String text) {
        String key = key(text);
        if (key.length() == 2) {
            State byCode = BY_CODE.get(key.toUpperCase(Locale.ROOT));
            return byCode != null ? byCode : BY_NAME.get(key);
        }
        State byName = BY_NAME.get(key);
        return byName != null ? byName : BY_NAME.get(key(expandCompass(text)));
    }

    /** "N. Carolina", "S Dakota", "W Virginia": the abbreviated compass word sellers' forms often produce. */
    private static String expandCompass(String text) {
        String[] words = text.strip().split("[\\s.]+", 2);
        if (words.length < 2) {
            return text;
        }
        String first = switch (words[0].toLowerCase(Locale.ROOT)) {
            case "n", "no" -> "north";
            case "s", "so" -> "south";
            case "w" -> "west";
            default -> words[0];
        };
        return first + " " + words[1];
    }

    /** Letters only, lower case, accents removed: "Québec", "QUEBEC" and "que-bec" share one key. */
    private static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}
