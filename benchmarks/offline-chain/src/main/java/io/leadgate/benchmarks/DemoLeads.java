package io.leadgate.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's lead type ({@code src/main/resources/config/demo.yaml}) and a pool of varied payloads posted to it.
 *
 * <p>The pool mixes what sellers really send: US numbers in every common format, a few toll-free, premium-rate and
 * foreign ones, free, company, disposable, role, mistyped and malformed email addresses, public, private, loopback and
 * malformed IPv4 and IPv6 addresses, optional fields left out, keys spelt {@code firstName} or {@code First-Name}, and a
 * few payloads intake refuses (no first name, an unreadable phone). Every email address and phone number is distinct.
 */
final class DemoLeads {

    private static final String[] AREA_CODES = {
        "201", "202", "206", "212", "213", "214", "215", "216", "224", "248", "267", "281", "301", "303", "305", "310",
        "312", "313", "314", "317", "323", "347", "404", "407", "408", "412", "414", "415", "425", "469", "480", "503",
        "504", "512", "513", "602", "609", "612", "614", "615", "617", "619", "646", "650", "678", "702", "703", "704",
        "713", "714", "718", "720", "732", "773", "786", "801", "813", "818", "832", "858", "904", "916", "917", "919",
        "951", "954", "972", "973"};
    private static final String[] STATES = {"CA", "California", "ny", "TX", "Florida", "IL", "oh", "Pennsylvania", "GA", "WA"};
    private static final String[] FIRST_NAMES = {"Jane", "John", "Maria", "James", "Linda", "Robert", "Patricia", "Michael",
        "Jennifer", "David", "Elizabeth", "William", "Susan", "Carlos", "Aisha", "Wei"};
    private static final String[] LAST_NAMES = {"Smith", "Johnson", "Garcia", "Brown", "Miller", "Davis", "Rodriguez",
        "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Nguyen", "O'Brien", "Kim", "Patel"};
    private static final String[] FREE_DOMAINS = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com"};
    private static final String[] COMPANY_DOMAINS = {"acme-roofing.com", "brightpath.net", "smithlaw.org", "northwind.co",
        "bluesky-dental.com", "harborfreight-logistics.com"};
    private static final String[] DISPOSABLE_DOMAINS = {"mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com"};
    private static final String[] TYPO_DOMAINS = {"gmial.com", "yahoo.con", "hotmial.com", "gmail.co", "outlok.com"};
    private static final String[] ROLES = {"info", "sales", "admin", "support", "office"};

    private DemoLeads() {
    }

    /** {@code size} distinct payloads, the same for the same seed. */
    static List<ObjectNode> pool(int size, long seed) {
        Random random = new Random(seed);
        List<ObjectNode> leads = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            leads.add(lead(i, random));
        }
        return leads;
    }

    private static ObjectNode lead(int i, Random r) {
        ObjectNode lead = JsonNodeFactory.instance.objectNode();
        boolean camel = r.nextInt(5) == 0;
        String first = pick(r, FIRST_NAMES);
        String last = pick(r, LAST_NAMES);
        if (r.nextInt(100) != 0) {
            lead.put(camel ? "firstName" : r.nextInt(10) == 0 ? "First-Name" : "first_name", first);
        }
        lead.put(camel ? "lastName" : "last_name", last);
        lead.put("phone", phone(r));
        String email = email(i, first, last, r);
        if (email != null) {
            lead.put("email", email);
        }
        String ip = ip(r);
        if (ip != null) {
            lead.put(camel ? "ipAddress" : "ip_address", ip);
        }
        lead.put("state", pick(r, STATES));
        lead.put(camel ? "postalCode" : "postal_code", postalCode(r));
        lead.put(camel ? "dateOfBirth" : "date_of_birth", dateOfBirth(r));
        lead.put("currently_insured", pick(r, "yes", "no", "true", "false", "1", "Y"));
        if (r.nextBoolean()) {
            lead.put("vehicle_year", 1998 + r.nextInt(28));
        } else {
            lead.put("vehicle_year", " " + (1998 + r.nextInt(28)) + " ");
        }
        lead.put("coverage", pick(r, "full", "Liability", "FULL", "liability", "comprehensive"));
        if (r.nextBoolean()) {
            lead.put("trustedform_cert_url", "https://cert.trustedform.com/" + hex(r, 40));
        }
        lead.put("sub_id", "aff-" + r.nextInt(500) + "-" + i);
        lead.put("landing_page", "https://quotes.example.com/auto?utm_source=aff&lead=" + i);
        lead.put("user_agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148");
        return lead;
    }

    /** Mostly US consumer numbers in the formats sellers use; some toll-free, premium, foreign or unreadable. */
    private static String phone(Random r) {
        int kind = r.nextInt(100);
        String exchange = Integer.toString(200 + r.nextInt(800));
        if (exchange.equals("555") || exchange.endsWith("11")) {
            exchange = "467";
        }
        String line = String.format("%04d", r.nextInt(10_000));
        if (kind < 82) {
            String area = pick(r, AREA_CODES);
            return switch (r.nextInt(6)) {
                case 0 -> "(" + area + ") " + exchange + "-" + line;
                case 1 -> area + "." + exchange + "." + line;
                case 2 -> "+1 " + area + " " + exchange + " " + line;
                case 3 -> "1-" + area + "-" + exchange + "-" + line;
                case 4 -> area + "-" + exchange + "-" + line;
                default -> area + exchange + line;
            };
        } else if (kind < 88) {
            return "1-" + pick(r, "800", "833", "844", "855", "866", "877", "888") + "-" + exchange + "-" + line;
        } else if (kind < 90) {
            return "900-" + exchange + "-" + line;
        } else if (kind < 94) {
            return switch (r.nextInt(3)) {
                case 0 -> "+44 20 7946 0" + String.format("%03d", r.nextInt(1000));
                case 1 -> "+52 55 " + exchange.charAt(0) + line + exchange.substring(1, 3);
                default -> "+1 416 " + exchange + " " + line;
            };
        } else if (kind < 96) {
            return pick(r, "555-1234", "12345", "n/a", "000-000-0000", "(212) 555-0147");
        } else {
            return "+1 (" + pick(r, AREA_CODES) + ") " + exchange + "-" + line;
        }
    }

    /** Distinct addresses: mostly free mailboxes, some company, disposable, role, mistyped, malformed or absent. */
    private static String email(int i, String first, String last, Random r) {
        String user = (first + "." + last).toLowerCase().replace("'", "") + i;
        int kind = r.nextInt(100);
        if (kind < 55) {
            return user + "@" + pick(r, FREE_DOMAINS);
        } else if (kind < 72) {
            return user + "@" + pick(r, COMPANY_DOMAINS);
        } else if (kind < 77) {
            return user + "@" + pick(r, DISPOSABLE_DOMAINS);
        } else if (kind < 82) {
            return pick(r, ROLES) + i + "@" + pick(r, COMPANY_DOMAINS).replace(".", i + ".");
        } else if (kind < 87) {
            return user + "@" + pick(r, TYPO_DOMAINS);
        } else if (kind < 92) {
            return pick(r, user + "@", user + ".gmail.com", user + "@@gmail.com", user + "@gmail");
        } else if (kind < 95) {
            return (" " + user + "@" + pick(r, FREE_DOMAINS) + " ").toUpperCase();
        }
        return null;
    }

    /** Mostly public IPv4 and IPv6 addresses; some private, loopback, carrier NAT, malformed or absent. */
    private static String ip(Random r) {
        int kind = r.nextInt(100);
        if (kind < 68) {
            return (24 + r.nextInt(150)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
        } else if (kind < 78) {
            return String.format("2600:1700:%x:%x::%x", r.nextInt(0x10000), r.nextInt(0x10000), 1 + r.nextInt(0xffff));
        } else if (kind < 85) {
            return switch (r.nextInt(3)) {
                case 0 -> "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
                case 1 -> "192.168." + r.nextInt(256) + "." + (1 + r.nextInt(254));
                default -> "172." + (16 + r.nextInt(16)) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
            };
        } else if (kind < 88) {
            return pick(r, "127.0.0.1", "::1", "100.64." + r.nextInt(64) + "." + (1 + r.nextInt(254)));
        } else if (kind < 93) {
            return pick(r, "999.12.4.1", "localhost", "192.168.1", "::ffff:203.0.113.7", "203.000.113.007");
        }
        return null;
    }

    private static String postalCode(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> String.format("%05d-%04d", r.nextInt(100_000), r.nextInt(10_000));
            case 1 -> Integer.toString(r.nextInt(10_000));
            default -> String.format("%05d", 1000 + r.nextInt(98_000));
        };
    }

    private static String dateOfBirth(Random r) {
        int year = 1950 + r.nextInt(56);
        int month = 1 + r.nextInt(12);
        int day = 1 + r.nextInt(28);
        return r.nextBoolean()
                ? String.format("%04d-%02d-%02d", year, month, day)
                : String.format("%02d/%02d/%04d", month, day, year);
    }

    private static String hex(Random r, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(Character.forDigit(r.nextInt(16), 16));
        }
        return s.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
