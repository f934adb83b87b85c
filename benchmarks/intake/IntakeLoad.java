import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for the LeadGate intake endpoint ({@code POST /api/v1/campaigns/{campaign}/leads}).
 *
 * <p>Runs with the JDK alone (21 or newer), no build and no dependencies:
 *
 * <pre>
 *   java IntakeLoad.java --url http://127.0.0.1:8080 --key POSTING_KEY --concurrency 8 --warmup 5 --duration 20
 * </pre>
 *
 * <p>A fixed number of posters (virtual threads by default) post leads back to back, each waiting for the answer before
 * sending the next one (a closed loop: the offered load is whatever the server can take at that concurrency). Requests
 * started during the warm-up are sent but not measured. Every measured request's latency (from just before sending to
 * the last byte of the answer) is kept, so the percentiles are exact. Every lead is different (phone, email, name,
 * address, IP...), so nothing is a duplicate.
 *
 * <p>The run is bounded: the measured phase ends after {@code --duration} seconds or {@code --count} requests, every
 * request has a timeout, and the whole program gives up after {@code --max-seconds}.
 *
 * <p>Exit status: 0 when every measured request answered the expected status, 1 when some did not, 2 on a usage or
 * pre-flight error (server not answering, posting key refused...).
 */
public class IntakeLoad {

    // ------------------------------------------------------------------------------------------------ options

    static final class Options {
        String url = "http://127.0.0.1:8080";
        String campaign = "demo";
        String key = System.getenv("LEADGATE_POSTING_KEY");
        int concurrency = 8;
        double warmupSeconds = 5;
        double durationSeconds = 20;
        long count = 0;                 // > 0: measure this many requests instead of a fixed duration
        double timeoutSeconds = 30;     // per request
        double maxSeconds = 0;          // hard cap for the whole run; 0 = warm-up + duration (or 600 s for --count) + 60 s
        double waitSeconds = 0;         // wait up to this long for the server to answer before starting
        boolean platformThreads = false;
        boolean async = false;          // ?mode=async: expect 202
        boolean idempotencyKeys = false; // send a fresh Idempotency-Key with every post
        long seed = System.nanoTime();
        String label = "";
        int expect = 0;                 // expected status; 0 = 201 (202 with --async)
        boolean quiet = false;
        double slowMillis = 0;          // > 0: list measured requests slower than this (time they started, latency)
    }

    static void usage(PrintStream out) {
        out.println("""
                usage: java IntakeLoad.java --key POSTING_KEY [options]
                  --url URL            LeadGate base URL (default http://127.0.0.1:8080)
                  --campaign ID        campaign id (default demo)
                  --key SECRET         posting key (or env LEADGATE_POSTING_KEY)
                  --concurrency N      concurrent posters (default 8)
                  --warmup SECONDS     warm-up, not measured (default 5; 0 for none)
                  --duration SECONDS   measured phase length (default 20)
                  --count N            measure N requests instead of a fixed duration
                  --timeout SECONDS    per-request timeout (default 30)
                  --max-seconds S      hard limit for the whole run (default: phases + 60 s)
                  --wait SECONDS       wait up to this long for the server to answer first (default 0)
                  --platform-threads   posters on platform threads instead of virtual threads
                  --async              post with ?mode=async (expects 202)
                  --idempotency-keys   send a unique Idempotency-Key header with each post
                  --expect STATUS      status counted as success (default 201, or 202 with --async)
                  --seed N             seed for the generated leads (default: time based)
                  --label TEXT         tag printed on the RESULT line
                  --quiet              print only the RESULT line
                  --slow MS            list up to 50 measured requests slower than MS (start time, latency, status)
                """);
    }

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                v = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--platform-threads" -> o.platformThreads = true;
                case "--async" -> o.async = true;
                case "--idempotency-keys" -> o.idempotencyKeys = true;
                case "--quiet" -> o.quiet = true;
                case "-h", "--help" -> {
                    usage(System.out);
                    System.exit(0);
                }
                default -> {
                    if (v == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("missing value for " + a);
                        }
                        v = args[++i];
                    }
                    switch (a) {
                        case "--url" -> o.url = v.replaceAll("/+$", "");
                        case "--campaign" -> o.campaign = v;
                        case "--key" -> o.key = v;
                        case "--concurrency", "-c" -> o.concurrency = Integer.parseInt(v);
                        case "--warmup" -> o.warmupSeconds = Double.parseDouble(v);
                        case "--duration", "-d" -> o.durationSeconds = Double.parseDouble(v);
                        case "--count", "-n" -> o.count = Long.parseLong(v);
                        case "--timeout" -> o.timeoutSeconds = Double.parseDouble(v);
                        case "--max-seconds" -> o.maxSeconds = Double.parseDouble(v);
                        case "--wait" -> o.waitSeconds = Double.parseDouble(v);
                        case "--expect" -> o.expect = Integer.parseInt(v);
                        case "--seed" -> o.seed = Long.parseLong(v);
                        case "--label" -> o.label = v;
                        case "--slow" -> o.slowMillis = Double.parseDouble(v);
                        default -> throw new IllegalArgumentException("unknown option " + a);
                    }
                }
            }
        }
        if (o.key == null || o.key.isBlank()) {
            throw new IllegalArgumentException("a posting key is required (--key or LEADGATE_POSTING_KEY)");
        }
        if (o.concurrency < 1 || o.concurrency > 10_000) {
            throw new IllegalArgumentException("--concurrency must be between 1 and 10000");
        }
        if (o.warmupSeconds < 0 || o.durationSeconds <= 0 || o.count < 0 || o.timeoutSeconds <= 0) {
            throw new IllegalArgumentException("--warmup must be >= 0, --duration and --timeout > 0, --count >= 0");
        }
        if (o.count > MAX_MEASURED) {
            throw new IllegalArgumentException("--count is limited to " + MAX_MEASURED);
        }
        if (o.expect == 0) {
            o.expect = o.async ? 202 : 201;
        }
        if (o.maxSeconds <= 0) {
            o.maxSeconds = o.warmupSeconds + (o.count > 0 ? 600 : o.durationSeconds) + 60;
        }
        return o;
    }

    /** No run keeps more latencies than this (8 bytes each): a bound on memory whatever the options. */
    static final int MAX_MEASURED = 20_000_000;

    // ------------------------------------------------------------------------------------------------ leads

    /** US area codes (all in service) with a ZIP code and state inside them, so that the address is plausible. */
    static final String[][] PLACES = {
            {"212", "NY", "10001"}, {"718", "NY", "11201"}, {"516", "NY", "11501"}, {"518", "NY", "12207"},
            {"213", "CA", "90012"}, {"310", "CA", "90401"}, {"415", "CA", "94103"}, {"619", "CA", "92101"},
            {"916", "CA", "95814"}, {"408", "CA", "95113"}, {"512", "TX", "78701"}, {"214", "TX", "75201"},
            {"713", "TX", "77002"}, {"210", "TX", "78205"}, {"305", "FL", "33130"}, {"407", "FL", "32801"},
            {"813", "FL", "33602"}, {"904", "FL", "32202"}, {"312", "IL", "60601"}, {"217", "IL", "62701"},
            {"404", "GA", "30303"}, {"912", "GA", "31401"}, {"602", "AZ", "85004"}, {"520", "AZ", "85701"},
            {"206", "WA", "98101"}, {"509", "WA", "99201"}, {"503", "OR", "97204"}, {"303", "CO", "80202"},
            {"617", "MA", "02108"}, {"413", "MA", "01103"}, {"215", "PA", "19103"}, {"412", "PA", "15222"},
            {"614", "OH", "43215"}, {"216", "OH", "44113"}, {"313", "MI", "48226"}, {"616", "MI", "49503"},
            {"704", "NC", "28202"}, {"919", "NC", "27601"}, {"615", "TN", "37203"}, {"901", "TN", "38103"},
            {"612", "MN", "55401"}, {"414", "WI", "53202"}, {"317", "IN", "46204"}, {"314", "MO", "63101"},
            {"816", "MO", "64105"}, {"504", "LA", "70112"}, {"205", "AL", "35203"}, {"801", "UT", "84101"},
            {"702", "NV", "89101"}, {"505", "NM", "87102"}, {"502", "KY", "40202"}, {"405", "OK", "73102"},
            {"501", "AR", "72201"}, {"601", "MS", "39201"}, {"319", "IA", "52401"}, {"316", "KS", "67202"},
            {"402", "NE", "68102"}, {"808", "HI", "96813"}, {"907", "AK", "99501"}, {"207", "ME", "04101"},
    };
    static final String[] FIRST = {"Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Dennis", "Barbara",
            "Ken", "Frances", "John", "Mary", "James", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David",
            "Elizabeth", "William", "Susan", "Carlos", "María", "José", "Nguyen", "Wei", "Aisha", "Omar", "Zoë",
            "Sean", "Siobhán", "Raj", "Priya", "Chen", "Olga", "Dmitri", "Fatima", "Kwame", "Ngozi"};
    static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Johnson", "Torvalds", "Hamilton", "Ritchie",
            "Liskov", "Thompson", "Allen", "Smith", "Garcia", "Williams", "Brown", "Jones", "Miller", "Davis",
            "Rodriguez", "Martinez", "Hernández", "Lopez", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Lee",
            "O'Brien", "Nguyen", "Kim", "Patel", "Singh", "Okafor", "Mensah", "Ivanova", "Müller", "Dubois", "Rossi",
            "Van der Berg", "St. John"};
    static final String[] MAIL_DOMAINS = {"gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
            "aol.com", "comcast.net", "att.net", "verizon.net", "protonmail.com", "example.com", "mail.example.org"};
    /** First octets of public unicast IPv4 space (no 10/8, 127/8, 100.64/10, 169.254/16, 172.16/12, 192.168/16). */
    static final int[] IP_FIRST_OCTETS = {23, 24, 45, 47, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76,
            96, 97, 98, 99, 104, 107, 108, 173, 174, 184, 199, 208, 209}; // not 198 or 203: test and benchmark nets
    static final String[] PHONE_FORMATS = {"(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s%s%s", "+1 %s %s %s", "1-%s-%s-%s"};
    static final String[] INSURED = {"yes", "no", "true", "false", "Y", "N", "1", "0"};
    static final String[] COVERAGE = {"full", "liability", "Full", "LIABILITY"};
    /** Central office codes 200-999 without N11 service codes and 555 (mostly fictional): 720 codes. */
    static final int[] EXCHANGES = java.util.stream.IntStream.rangeClosed(200, 999)
            .filter(x -> x % 100 != 11 && x != 555).toArray();
    static final String HEX = "0123456789abcdef";

    /**
     * Makes lead {@code n} of a run. Phone and email are a bijection of {@code n} (mixed with the run's salt), so no
     * two leads of a run share them; the other fields come from a generator seeded by {@code n}.
     */
    static String lead(long n, long salt) {
        SplittableRandom r = new SplittableRandom(n * 0x9E3779B97F4A7C15L ^ salt);
        String[] place = PLACES[(int) Math.floorMod(n, (long) PLACES.length)];
        // 720 exchanges x 10,000 lines per area code; k -> (k * 1,000,003 + salt) mod 7.2 million is a bijection
        // (1,000,003 is prime and does not divide 7.2 million): unique for 7.2 million leads per area code per run
        long numbers = (long) EXCHANGES.length * 10_000;
        long perArea = Math.floorMod(Math.floorMod(n / PLACES.length, numbers) * 1_000_003L + salt, numbers);
        String exchange = Integer.toString(EXCHANGES[(int) (perArea / 10_000)]);
        String line = String.format("%04d", perArea % 10_000);
        String phone = String.format(PHONE_FORMATS[r.nextInt(PHONE_FORMATS.length)], place[0], exchange, line);
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        String local = (first.charAt(0) + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "")
                + "." + Long.toString(n, 36) + Long.toString(salt & 0xffff, 36);
        String email = local + "@" + MAIL_DOMAINS[r.nextInt(MAIL_DOMAINS.length)];
        String ip = IP_FIRST_OCTETS[r.nextInt(IP_FIRST_OCTETS.length)] + "." + r.nextInt(256) + "." + r.nextInt(256)
                + "." + (1 + r.nextInt(254));
        int birthYear = 1950 + r.nextInt(55);
        String dob = r.nextBoolean()
                ? String.format("%d-%02d-%02d", birthYear, 1 + r.nextInt(12), 1 + r.nextInt(28))
                : String.format("%02d/%02d/%d", 1 + r.nextInt(12), 1 + r.nextInt(28), birthYear);
        StringBuilder json = new StringBuilder(512).append('{');
        field(json, "first_name", first);
        field(json, "last_name", last);
        field(json, "phone", phone);
        field(json, "email", email);
        field(json, "state", place[1]);
        field(json, "postal_code", place[2]);
        field(json, "ip_address", ip);
        field(json, "date_of_birth", dob);
        field(json, "vehicle_year", Integer.toString(2005 + r.nextInt(21)));
        field(json, "currently_insured", INSURED[r.nextInt(INSURED.length)]);
        field(json, "coverage", COVERAGE[r.nextInt(COVERAGE.length)]);
        if (r.nextInt(4) == 0) {
            StringBuilder cert = new StringBuilder(40);
            for (int i = 0; i < 40; i++) {
                cert.append(HEX.charAt(r.nextInt(16)));
            }
            field(json, "trustedform_cert_url", "https://cert.trustedform.com/" + cert);
        }
        if (r.nextInt(3) == 0) {
            field(json, "sub_id", "aff-" + r.nextInt(1000)); // not a field of the lead type: kept as extra
        }
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append("\",");
    }

    // ------------------------------------------------------------------------------------------------ the run

    static final Pattern DISPOSITION = Pattern.compile("\"disposition\"\\s*:\\s*\"([A-Z_]+)\"");

    /** What one poster measured; merged after the run, so the hot path shares nothing but counters. */
    static final class Recorder {
        long[] latencies = new long[1024];
        int size;

        void add(long nanos) {
            if (size == latencies.length) {
                latencies = Arrays.copyOf(latencies, Math.min(MAX_MEASURED, size * 2));
            }
            latencies[size++] = nanos;
        }
    }

    final Options o;
    final HttpClient client;
    final URI target;
    final AtomicLong sequence = new AtomicLong();
    final AtomicLong measuredClaims = new AtomicLong();
    final AtomicBoolean stop = new AtomicBoolean();
    final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    final Map<String, LongAdder> dispositions = new ConcurrentHashMap<>();
    final Map<String, String> errorSamples = new ConcurrentHashMap<>();
    final LongAdder warmupRequests = new LongAdder();
    final LongAdder warmupFailures = new LongAdder();
    final LongAdder failures = new LongAdder();
    final AtomicLong lastCompletion = new AtomicLong();
    final java.util.Queue<String> slow = new java.util.concurrent.ConcurrentLinkedQueue<>();
    final AtomicLong slowCount = new AtomicLong();
    /** Completions per second of the measured phase, to spot stalls that an average hides. */
    AtomicLongArray perSecond;
    volatile long measureStart;
    volatile long measureEnd;

    IntakeLoad(Options o) {
        this.o = o;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.target = URI.create(o.url + "/api/v1/campaigns/" + o.campaign + "/leads" + (o.async ? "?mode=async" : ""));
    }

    HttpRequest request(long n) {
        HttpRequest.Builder b = HttpRequest.newBuilder(target)
                .timeout(Duration.ofMillis((long) (o.timeoutSeconds * 1000)))
                .header("Authorization", "Bearer " + o.key)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(lead(n, o.seed), StandardCharsets.UTF_8));
        if (o.idempotencyKeys) {
            b.header("Idempotency-Key", "bench-" + Long.toHexString(o.seed) + "-" + n);
        }
        return b.build();
    }

    /** One request outside the measurement: answers the status and body, or throws. */
    HttpResponse<String> once(long n) throws IOException, InterruptedException {
        return client.send(request(n), HttpResponse.BodyHandlers.ofString());
    }

    void waitForServer() throws InterruptedException {
        long deadline = System.nanoTime() + (long) (o.waitSeconds * 1e9);
        HttpRequest probe = HttpRequest.newBuilder(URI.create(o.url + "/")).timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            try {
                client.send(probe, HttpResponse.BodyHandlers.discarding());
                return; // any answer at all: the server is up
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the server at " + o.url + " did not answer within "
                            + o.waitSeconds + " s: " + e);
                }
                Thread.sleep(200);
            }
        }
    }

    void poster(Recorder rec, CountDownLatch done) {
        try {
            while (!stop.get()) {
                long start = System.nanoTime();
                boolean measured;
                if (start < measureStart) {
                    measured = false;
                } else if (o.count > 0) {
                    measured = measuredClaims.incrementAndGet() <= o.count;
                    if (!measured) {
                        break;
                    }
                } else {
                    if (start >= measureEnd) {
                        break;
                    }
                    measured = true;
                }
                long n = sequence.getAndIncrement();
                String outcome;
                String body = null;
                try {
                    HttpResponse<String> response = client.send(request(n), HttpResponse.BodyHandlers.ofString());
                    outcome = Integer.toString(response.statusCode());
                    body = response.body();
                } catch (HttpTimeoutException e) {
                    outcome = "timeout";
                } catch (ConnectException e) {
                    outcome = "connect_error";
                } catch (IOException e) {
                    outcome = "io_error:" + e.getClass().getSimpleName();
                    body = String.valueOf(e.getMessage());
                }
                long end = System.nanoTime();
                boolean ok = outcome.equals(Integer.toString(o.expect));
                if (!measured) {
                    warmupRequests.increment();
                    if (!ok) {
                        warmupFailures.increment();
                        errorSamples.putIfAbsent("warm-up " + outcome, abbreviate(body));
                    }
                    continue;
                }
                rec.add(end - start);
                if (o.slowMillis > 0 && end - start > o.slowMillis * 1e6 && slowCount.incrementAndGet() <= 50) {
                    slow.add(String.format(Locale.ROOT, "%s  +%.3f s  %.1f ms  %s",
                            java.time.Instant.now().minusNanos(System.nanoTime() - start),
                            (start - measureStart) / 1e9, (end - start) / 1e6, outcome));
                }
                lastCompletion.accumulateAndGet(end, Math::max);
                int second = (int) ((end - measureStart) / 1_000_000_000L);
                if (second >= 0 && second < perSecond.length()) {
                    perSecond.incrementAndGet(second);
                }
                statuses.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                if (ok) {
                    Matcher m = body == null ? null : DISPOSITION.matcher(body);
                    dispositions.computeIfAbsent(m != null && m.find() ? m.group(1) : "(none)", k -> new LongAdder())
                            .increment();
                } else {
                    failures.increment();
                    errorSamples.putIfAbsent(outcome, abbreviate(body));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.countDown();
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        s = s.replaceAll("\\s+", " ");
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }

    int run() throws InterruptedException {
        if (o.waitSeconds > 0) {
            waitForServer();
        }
        // pre-flight: one lead outside the measurement, so that a wrong key or URL fails fast and clearly
        try {
            HttpResponse<String> first = once(sequence.getAndIncrement());
            if (first.statusCode() != o.expect) {
                System.err.println("pre-flight post answered " + first.statusCode() + " (expected " + o.expect + "): "
                        + abbreviate(first.body()));
                return 2;
            }
        } catch (IOException e) {
            System.err.println("pre-flight post to " + target + " failed: " + e);
            return 2;
        }

        Recorder[] recorders = new Recorder[o.concurrency];
        CountDownLatch done = new CountDownLatch(o.concurrency);
        long now = System.nanoTime();
        measureStart = now + (long) (o.warmupSeconds * 1e9);
        measureEnd = o.count > 0 ? Long.MAX_VALUE : measureStart + (long) (o.durationSeconds * 1e9);
        perSecond = new AtomicLongArray((int) Math.ceil(o.count > 0 ? o.maxSeconds : o.durationSeconds) + 1);
        long hardDeadline = now + (long) (o.maxSeconds * 1e9);
        if (!o.quiet) {
            System.out.printf("%s posting to %s with %d %s poster(s): %.0f s warm-up, then %s%n",
                    o.label.isEmpty() ? "" : "[" + o.label + "]", target, o.concurrency,
                    o.platformThreads ? "platform-thread" : "virtual-thread", o.warmupSeconds,
                    o.count > 0 ? o.count + " measured requests" : o.durationSeconds + " s measured");
        }
        Thread.Builder threads = o.platformThreads ? Thread.ofPlatform().name("poster-", 0).daemon(true)
                : Thread.ofVirtual().name("poster-", 0);
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < o.concurrency; i++) {
            Recorder rec = recorders[i] = new Recorder();
            started.add(threads.start(() -> poster(rec, done)));
        }
        boolean finished = done.await(Math.max(0, hardDeadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (!finished) {
            stop.set(true);
            System.err.printf("the run passed its limit of %.0f s; %d poster(s) still busy are abandoned%n",
                    o.maxSeconds, done.getCount());
            started.forEach(Thread::interrupt);
            done.await(2, TimeUnit.SECONDS);
        }
        long last = lastCompletion.get();

        // ---- report
        int total = 0;
        for (Recorder r : recorders) {
            total += r.size;
        }
        long[] all = new long[total];
        int at = 0;
        for (Recorder r : recorders) {
            System.arraycopy(r.latencies, 0, all, at, r.size);
            at += r.size;
        }
        Arrays.sort(all);
        double elapsed = last > measureStart ? (last - measureStart) / 1e9 : 0;
        long ok = total - failures.sum();
        double rate = elapsed > 0 ? ok / elapsed : 0;
        double mean = total == 0 ? 0 : Arrays.stream(all).average().orElse(0) / 1e6;

        Map<String, String> result = new LinkedHashMap<>();
        if (!o.label.isEmpty()) {
            result.put("label", o.label);
        }
        result.put("concurrency", Integer.toString(o.concurrency));
        result.put("requests", Integer.toString(total));
        result.put("ok", Long.toString(ok));
        result.put("errors", Long.toString(failures.sum()));
        result.put("seconds", fmt(elapsed));
        result.put("leads_per_s", fmt(rate));
        result.put("mean_ms", fmt(mean));
        result.put("p50_ms", fmt(percentile(all, 50)));
        result.put("p90_ms", fmt(percentile(all, 90)));
        result.put("p99_ms", fmt(percentile(all, 99)));
        result.put("p999_ms", fmt(percentile(all, 99.9)));
        result.put("max_ms", fmt(total == 0 ? 0 : all[total - 1] / 1e6));
        // every post answered as expected, the pre-flight one and the warm-up included: what the server must have stored
        result.put("ok_all_phases", Long.toString(1 + warmupRequests.sum() - warmupFailures.sum() + ok));

        if (!o.quiet) {
            System.out.printf("  measured  %d requests in %.2f s (%d warm-up requests before, %d of them failed)%n",
                    total, elapsed, warmupRequests.sum(), warmupFailures.sum());
            System.out.printf("  rate      %.1f leads/s stored and answered %d%n", rate, o.expect);
            System.out.printf("  latency   mean %s  p50 %s  p90 %s  p99 %s  p99.9 %s  max %s ms%n", result.get("mean_ms"),
                    result.get("p50_ms"), result.get("p90_ms"), result.get("p99_ms"), result.get("p999_ms"),
                    result.get("max_ms"));
            System.out.println("  statuses  " + counts(statuses));
            System.out.println("  dispositions " + counts(dispositions));
            int seconds = (int) Math.min(perSecond.length(), Math.floor(elapsed));
            if (seconds >= 2) {
                long min = Long.MAX_VALUE, max = 0;
                for (int i = 0; i < seconds; i++) { // whole seconds only: the last, partial one would look slow
                    min = Math.min(min, perSecond.get(i));
                    max = Math.max(max, perSecond.get(i));
                }
                System.out.printf("  per second  min %d  max %d completions (over %d whole seconds)%n", min, max, seconds);
            }
            errorSamples.forEach((k, v) -> System.out.println("  sample " + k + ": " + v));
            if (o.slowMillis > 0) {
                System.out.printf("  slower than %s ms: %d request(s)%s%n", fmt(o.slowMillis), slowCount.get(),
                        slowCount.get() > 50 ? ", the first 50:" : slowCount.get() > 0 ? ":" : "");
                slow.stream().sorted().forEach(line -> System.out.println("    started " + line));
            }
        }
        StringBuilder line = new StringBuilder("RESULT");
        result.forEach((k, v) -> line.append(' ').append(k).append('=').append(v.replace(' ', '_')));
        System.out.println(line);
        return failures.sum() == 0 && total > 0 && finished ? 0 : 1;
    }

    static String counts(Map<String, LongAdder> map) {
        if (map.isEmpty()) {
            return "(none)";
        }
        StringBuilder s = new StringBuilder();
        new TreeMap<>(map).forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append(": ").append(v.sum()));
        return s.toString();
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, d >= 100 ? "%.0f" : d >= 10 ? "%.1f" : "%.2f", d);
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("IntakeLoad: " + e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        int status;
        try {
            status = new IntakeLoad(o).run();
        } catch (IllegalStateException e) {
            System.err.println("IntakeLoad: " + e.getMessage());
            status = 2;
        }
        System.exit(status); // also ends abandoned posters and the client's threads
    }
}
