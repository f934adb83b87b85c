import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.leadgate.dnc.DncActor;
import io.leadgate.dnc.DncImportMode;
import io.leadgate.dnc.DncLists;
import io.leadgate.dnc.DncNumbers;
import io.leadgate.dnc.DncProperties;
import io.leadgate.dnc.DncRepository;
import io.leadgate.dnc.DncService;
import io.leadgate.dnc.DncSet;
import io.leadgate.dnc.DncSnapshot;
import io.leadgate.support.Ids;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;
import org.roaringbitmap.buffer.MappeableContainerPointer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * DNC benchmark: generates a registry-sized synthetic data set (one registry-format file per US area code, numbers
 * clustered in assigned exchanges and thousands-blocks), imports it through the same code as the API and the command
 * line (read, build, store in the database), then measures memory, lookups on one core and on all cores, a full reload
 * from the database, and lookups while that reload runs. Run through run.sh, which builds the application and cleans up.
 */
public class DncBenchmark {

    static final String LIST = "national_dnc";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        long target = Long.parseLong(options.getOrDefault("numbers", "258000000"));
        Path dir = Path.of(options.getOrDefault("dir", Files.createTempDirectory("dnc-bench").toString()));
        String db = options.getOrDefault("db", "postgres");
        int lookupSeconds = Integer.parseInt(options.getOrDefault("lookup-seconds", "10"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        int quietSeconds = Integer.parseInt(options.getOrDefault("quiet-seconds", "120"));
        int threads = Runtime.getRuntime().availableProcessors();
        Cpu cpu = new Cpu();

        System.out.printf(Locale.ROOT, "# DNC benchmark: %,d numbers, %d cores, %s, JDK %s, heap max %d MB, GC %s%n",
                target, threads, db, Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, gcNames());

        // ---- 1. the data set
        long t0 = System.nanoTime();
        Generated generated = generate(dir, target, threads);
        System.out.printf(Locale.ROOT, "generated %,d numbers in %d area code files, %.2f GB, in %.1f s%n",
                generated.numbers, generated.files.size(), generated.bytes / 1e9, secs(t0));

        // ---- 2. the database and the services, as a node has them
        Database database = Database.open(db, dir);
        DncRepository repository = new DncRepository(JdbcClient.create(database.dataSource),
                new JdbcTemplate(database.dataSource), database.dataSource, JsonMapper.builder().build());
        JdbcTransactionManager transactions = new JdbcTransactionManager(database.dataSource);
        DncLists node = new DncLists(repository, transactions);
        node.afterPropertiesSet();
        DncService service = new DncService(repository, node, new TransactionTemplate(transactions),
                DncProperties.defaults(), Clock.systemUTC(), new Ids(Clock.systemUTC()));

        long heapBefore = usedHeapAfterGc();
        Cpu.Mark importCpu = cpu.mark();
        long i0 = System.nanoTime();
        long[] phase = new long[3];
        DncService.ImportResult result = service.importFiles(LIST, generated.files.stream()
                        .map(f -> new DncService.Input(f.getFileName().toString(), () -> Files.newInputStream(f))).toList(),
                new DncService.ImportOptions(DncImportMode.REPLACE, "synthetic registry", null, false),
                DncActor.commandLine("benchmark"), new DncService.ImportObserver() {
                    @Override
                    public void phase(String description) {
                        if (description.startsWith("building")) {
                            phase[0] = System.nanoTime();
                        } else if (description.startsWith("storing")) {
                            phase[1] = System.nanoTime();
                        }
                    }
                });
        long i1 = System.nanoTime();
        String importOther = importCpu.others();
        System.out.printf(Locale.ROOT, "import: %.1f s in all (read %.1f s, build %.1f s, store in %s %.1f s); "
                        + "%,d lines, %,d numbers on the list, %,d malformed [%s]%n",
                (i1 - i0) / 1e9, (phase[0] - i0) / 1e9, (phase[1] - phase[0]) / 1e9, db, (i1 - phase[1]) / 1e9,
                result.record().lines(), result.list().count(), result.record().malformed(), importOther);

        // ---- 3. memory
        DncSnapshot snapshot = node.snapshot();
        DncSet set = snapshot.get(LIST).orElseThrow().numbers();
        long heapAfter = usedHeapAfterGc();
        long bitmapBytes = set.sizeInBytes();
        System.out.printf(Locale.ROOT, "memory: bitmaps %,d MB = %.2f bits per number; heap retained %,d MB = %.2f bits "
                        + "per number; containers: %s%n",
                bitmapBytes >> 20, bitmapBytes * 8.0 / set.count(), (heapAfter - heapBefore) >> 20,
                (heapAfter - heapBefore) * 8.0 / set.count(), containers(set));

        // ---- 4. lookups, in several rounds each started on a quiet host; the round other processes disturbed least counts
        long[] probes = probes(set, generated.plans, 1 << 22);
        Lookup.warm(node, probes, 5);
        double overhead = Lookup.timerOverhead();
        for (int t : threads == 1 ? List.of(1) : List.of(1, threads)) {
            Histogram best = null;
            for (int round = 1; round <= rounds; round++) {
                Cpu.quiet(quietSeconds);
                Histogram h = Lookup.run(node, probes, t, lookupSeconds, cpu);
                System.out.printf(Locale.ROOT, "  round %d, %d thread(s): p50 %s, p99 %s [%s]%n", round, t,
                        ns(h.percentile(50)), ns(h.percentile(99)), h.cpu);
                best = best == null || h.others < best.others ? h : best;
            }
            System.out.printf(Locale.ROOT, "lookup, %d thread(s): p50 %s, p99 %s, p99.9 %s, max %s; %,.1f M lookups/s in all, "
                            + "each timed (a clock read, ~%.0f ns, is included) [%s]%n",
                    t, ns(best.percentile(50)), ns(best.percentile(99)), ns(best.percentile(99.9)), ns(best.max()),
                    best.throughput / 1e6, overhead, best.cpu);
        }

        // ---- 5. reload: a new node starting
        double bestLoad = Double.MAX_VALUE;
        String loadLine = null;
        for (int round = 1; round <= rounds; round++) {
            Cpu.quiet(quietSeconds);
            Cpu.Mark mark = cpu.mark();
            long r0 = System.nanoTime();
            DncLists fresh = new DncLists(repository, transactions);
            fresh.afterPropertiesSet();
            long r1 = System.nanoTime();
            boolean same = fresh.snapshot().get(LIST).orElseThrow().numbers().count() == set.count();
            System.out.printf(Locale.ROOT, "  round %d: %.1f s [%s]%n", round, (r1 - r0) / 1e9, mark.others());
            if ((r1 - r0) / 1e9 < bestLoad) {
                bestLoad = (r1 - r0) / 1e9;
                loadLine = String.format(Locale.ROOT, "reload: a new node loads the list from %s in %.1f s (%s) [%s]", db,
                        bestLoad, same ? "same count" : "COUNT DIFFERS", mark.others());
            }
        }
        System.out.println(loadLine);

        // ---- 6. lookups while the running node reloads the whole list (as after another node's full import)
        Histogram bestDuring = null;
        String duringLine = null;
        for (int round = 1; round <= rounds; round++) {
            Cpu.quiet(quietSeconds);
            Histogram idle = Lookup.run(node, probes, 1, 3, cpu);
            DncSet before = node.snapshot().get(LIST).orElseThrow().numbers();
            touchAllRows(database);
            AtomicBoolean reloading = new AtomicBoolean(true);
            long gc0 = gcMillis();
            long gcCount0 = gcCount();
            Cpu.Mark mark = cpu.mark();
            ExecutorService reload = Executors.newSingleThreadExecutor();
            Future<Long> reloaded = reload.submit(() -> {
                long s0 = System.nanoTime();
                node.refresh();
                reloading.set(false);
                return System.nanoTime() - s0;
            });
            Histogram during = Lookup.during(node, probes, reloading);
            long reloadNanos = reloaded.get();
            reload.shutdown();
            during.cpu = mark.others();
            during.others = mark.othersCores();
            boolean swapped = node.snapshot().get(LIST).orElseThrow().numbers() != before;
            String line = String.format(Locale.ROOT, "lookup during a full reload (%.1f s, %s): p50 %s, p99 %s, p99.9 %s, "
                            + "max %s over %,d lookups; before it: p99.9 %s, max %s; %d GCs (%d ms) meanwhile [%s]",
                    reloadNanos / 1e9, swapped ? "swapped" : "NOT SWAPPED", ns(during.percentile(50)),
                    ns(during.percentile(99)), ns(during.percentile(99.9)), ns(during.max()), during.count(),
                    ns(idle.percentile(99.9)), ns(idle.max()), gcCount() - gcCount0, gcMillis() - gc0, during.cpu);
            System.out.println("  round " + round + ": " + line);
            if (bestDuring == null || during.others < bestDuring.others) {
                bestDuring = during;
                duringLine = line;
            }
        }
        System.out.println(duringLine);
        System.out.printf(Locale.ROOT, "total %.0f s%n", secs(t0));
        database.close();
    }

    // ---- the data set

    record Generated(List<Path> files, List<Plan> plans, long numbers, long bytes) {
    }

    /**
     * One file per US area code (the shipped area code table, Canada left out), in the registry's two line formats
     * (even area codes {@code 2015551234}, odd ones {@code 201,5551234}), sorted. About 60% of the area codes are old
     * and full (85-98% of their exchanges in service, 90% of thousands-blocks assigned), the rest overlays and newer
     * codes (15-60% of exchanges, 60% of blocks); registered numbers are denser in old codes, as registrations date
     * back to 2003. Densities are scaled so the total comes to the target.
     */
    static Generated generate(Path dir, long target, int threads) throws Exception {
        List<Integer> areaCodes = usAreaCodes();
        List<Plan> plans = new ArrayList<>();
        double expected = 0;
        for (int areaCode : areaCodes) {
            Plan plan = Plan.of(areaCode);
            plans.add(plan);
            expected += plan.weightedBlocks() * 1000;
        }
        double scale = target / expected;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Plan plan : plans) {
            Path file = dir.resolve("dnc-" + plan.areaCode + ".txt");
            files.add(file);
            results.add(pool.submit(() -> plan.write(file, scale)));
        }
        long numbers = 0;
        long bytes = 0;
        for (Future<long[]> r : results) {
            numbers += r.get()[0];
            bytes += r.get()[1];
        }
        pool.shutdown();
        return new Generated(files, plans, numbers, bytes);
    }

    record Plan(int areaCode, boolean old, boolean[] blocks, double density) {

        static Plan of(int areaCode) {
            SplittableRandom random = new SplittableRandom(areaCode * 7919L);
            boolean old = random.nextDouble() < 0.6;
            double exchanges = old ? 0.85 + random.nextDouble() * 0.13 : 0.15 + random.nextDouble() * 0.45;
            double blockShare = old ? 0.9 : 0.6;
            boolean[] blocks = new boolean[8000];
            for (int exchange = 200; exchange < 1000; exchange++) {
                boolean reserved = exchange % 100 == 11 || exchange == 555 || exchange == 950 || exchange == 958
                        || exchange == 959 || exchange == 976;
                if (reserved || random.nextDouble() >= exchanges) {
                    continue;
                }
                for (int block = 0; block < 10; block++) {
                    blocks[(exchange - 200) * 10 + block] = random.nextDouble() < blockShare;
                }
            }
            double density = (old ? 1.0 : 0.4) * (0.7 + random.nextDouble() * 0.6);
            return new Plan(areaCode, old, blocks, density);
        }

        double weightedBlocks() {
            int assigned = 0;
            for (boolean b : blocks) {
                assigned += b ? 1 : 0;
            }
            return assigned * density;
        }

        long[] write(Path file, double scale) throws IOException {
            SplittableRandom random = new SplittableRandom(areaCode * 104729L);
            int threshold = (int) Math.min(1 << 24, Math.round(density * scale * (1 << 24)));
            boolean comma = areaCode % 2 == 1;
            byte[] prefix = (areaCode + (comma ? "," : "")).getBytes(StandardCharsets.US_ASCII);
            byte[] buffer = new byte[1 << 22];
            int at = 0;
            long count = 0;
            long bytes = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int b = 0; b < blocks.length; b++) {
                    if (!blocks[b]) {
                        continue;
                    }
                    int base = 2_000_000 + b * 1000;
                    for (int line = 0; line < 1000; line++) {
                        if (random.nextInt(1 << 24) >= threshold) {
                            continue;
                        }
                        if (at + 16 > buffer.length) {
                            out.write(buffer, 0, at);
                            bytes += at;
                            at = 0;
                        }
                        System.arraycopy(prefix, 0, buffer, at, prefix.length);
                        at += prefix.length;
                        int v = base + line;
                        for (int d = 6; d >= 0; d--) {
                            buffer[at + d] = (byte) ('0' + v % 10);
                            v /= 10;
                        }
                        at += 7;
                        buffer[at++] = '\n';
                        count++;
                    }
                }
                out.write(buffer, 0, at);
                bytes += at;
            }
            return new long[] {count, bytes};
        }
    }

    static List<Integer> usAreaCodes() throws IOException {
        List<String> canada = List.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");
        List<Integer> codes = new ArrayList<>();
        try (InputStream in = DncBenchmark.class.getResourceAsStream("/integration/builtin/nanp-area-codes.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length == 2 && !line.startsWith("#") && !canada.contains(parts[1])) {
                    codes.add(Integer.parseInt(parts[0]));
                }
            }
        }
        return codes;
    }

    /**
     * Phone numbers as leads bring them: half on the list (any registered number, equally likely), half numbers in
     * service that are not on it (any assigned number, equally likely: the way real consumers' phones spread over area
     * codes and exchanges), in random order.
     */
    static long[] probes(DncSet set, List<Plan> plans, int n) {
        SplittableRandom random = new SplittableRandom(42);
        long[] cumulative = new long[plans.size()];
        long assigned = 0;
        long registered = 0;
        long[] registeredCumulative = new long[plans.size()];
        for (int p = 0; p < plans.size(); p++) {
            for (boolean b : plans.get(p).blocks) {
                assigned += b ? 1000 : 0;
            }
            cumulative[p] = assigned;
            ImmutableRoaringBitmap bitmap = set.bitmap(plans.get(p).areaCode);
            registered += bitmap == null ? 0 : bitmap.getCardinality();
            registeredCumulative[p] = registered;
        }
        long[] probes = new long[n];
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                int p = pick(registeredCumulative, random.nextLong(registered));
                ImmutableRoaringBitmap bitmap = set.bitmap(plans.get(p).areaCode);
                probes[i] = DncNumbers.of(plans.get(p).areaCode, bitmap.select(random.nextInt(bitmap.getCardinality())));
            } else {
                long number;
                do {
                    Plan plan = plans.get(pick(cumulative, random.nextLong(assigned)));
                    int block;
                    do {
                        block = random.nextInt(plan.blocks.length);
                    } while (!plan.blocks[block]);
                    number = DncNumbers.of(plan.areaCode, 2_000_000 + block * 1000 + random.nextInt(1000));
                } while (set.contains(number));
                probes[i] = number;
            }
        }
        return probes;
    }

    /** The first index whose running total is above the value: picks an item with a chance in proportion to its weight. */
    private static int pick(long[] cumulative, long value) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > value) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** How the numbers are held: RoaringBitmap's array, bitmap and run containers (a container covers 65,536 values). */
    static String containers(DncSet set) {
        long arrays = 0;
        long bitmaps = 0;
        long runs = 0;
        long inArrays = 0;
        for (int areaCode : set.areaCodes()) {
            MappeableContainerPointer c = set.bitmap(areaCode).getContainerPointer();
            while (c.hasContainer()) {
                if (c.isBitmapContainer()) {
                    bitmaps++;
                } else if (c.isRunContainer()) {
                    runs++;
                } else {
                    arrays++;
                    inArrays += c.getCardinality();
                }
                c.advance();
            }
        }
        return String.format(Locale.ROOT, "%,d bitmap, %,d array (%.1f%% of the numbers), %,d run", bitmaps, arrays,
                100.0 * inArrays / set.count(), runs);
    }

    // ---- lookups

    /** A latency histogram: exact below 100 µs, anything longer kept as is. */
    static final class Histogram {
        final long[] counts = new long[100_000];
        final List<Long> large = new ArrayList<>();
        long max;
        double throughput;
        String cpu = "";
        double others;

        void record(long nanos) {
            if (nanos < counts.length) {
                counts[(int) nanos]++;
            } else {
                large.add(nanos);
            }
            if (nanos > max) {
                max = nanos;
            }
        }

        void add(Histogram other) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            large.addAll(other.large);
            max = Math.max(max, other.max);
        }

        long count() {
            long n = large.size();
            for (long c : counts) {
                n += c;
            }
            return n;
        }

        long max() {
            return max;
        }

        long percentile(double p) {
            long total = count();
            long rank = (long) Math.ceil(total * p / 100.0);
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen >= rank) {
                    return i;
                }
            }
            List<Long> sorted = new ArrayList<>(large);
            sorted.sort(null);
            return sorted.get((int) Math.max(0, Math.min(sorted.size() - 1, rank - seen - 1)));
        }
    }

    static final class Lookup {

        static volatile long sink;

        static boolean lookup(DncLists node, long number) {
            return !node.snapshot().matches(number).isEmpty();
        }

        static void warm(DncLists node, long[] probes, int seconds) {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long hits = 0;
            int mask = probes.length - 1;
            for (int i = 0; System.nanoTime() < end; i++) {
                for (int j = 0; j < 1000; j++) {
                    hits += lookup(node, probes[(i * 1000 + j) & mask]) ? 1 : 0;
                }
            }
            sink = hits;
        }

        static double timerOverhead() {
            long[] samples = new long[1_000_000];
            for (int i = 0; i < samples.length; i++) {
                long a = System.nanoTime();
                samples[i] = System.nanoTime() - a;
            }
            Arrays.sort(samples);
            return samples[samples.length / 2];
        }

        /** Each thread times every lookup, each on a part of the probes of its own. */
        static Histogram run(DncLists node, long[] probes, int threads, int seconds, Cpu cpu) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            Cpu.Mark mark = cpu.mark();
            List<Future<Histogram>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                // one thread must not bring into the cache what another looks up next
                int offset = t * (probes.length / threads);
                results.add(pool.submit(() -> {
                    Histogram h = new Histogram();
                    int mask = probes.length - 1;
                    long hits = 0;
                    int i = offset;
                    long started = System.nanoTime();
                    long end = started + seconds * 1_000_000_000L;
                    while (System.nanoTime() < end) {
                        for (int j = 0; j < 1000; j++) {
                            long number = probes[i++ & mask];
                            long a = System.nanoTime();
                            boolean hit = lookup(node, number);
                            h.record(System.nanoTime() - a);
                            hits += hit ? 1 : 0;
                        }
                    }
                    h.throughput = h.count() / ((System.nanoTime() - started) / 1e9);
                    sink = hits;
                    return h;
                }));
            }
            Histogram all = new Histogram();
            double throughput = 0;
            for (Future<Histogram> r : results) {
                Histogram h = r.get();
                all.add(h);
                throughput += h.throughput;
            }
            pool.shutdown();
            all.throughput = throughput;
            all.cpu = mark.others();
            all.others = mark.othersCores();
            return all;
        }

        /** One thread times every lookup for as long as the flag is up (the reload uses the other core). */
        static Histogram during(DncLists node, long[] probes, AtomicBoolean running) {
            Histogram h = new Histogram();
            int mask = probes.length - 1;
            long hits = 0;
            int i = 0;
            while (running.get()) {
                for (int j = 0; j < 1000; j++) {
                    long number = probes[i++ & mask];
                    long a = System.nanoTime();
                    boolean hit = lookup(node, number);
                    h.record(System.nanoTime() - a);
                    hits += hit ? 1 : 0;
                }
            }
            sink = hits;
            return h;
        }
    }

    // ---- the database

    static final class Database implements AutoCloseable {
        final HikariDataSource dataSource;
        final String schema;
        final String url;

        Database(HikariDataSource dataSource, String schema, String url) {
            this.dataSource = dataSource;
            this.schema = schema;
            this.url = url;
        }

        static Database open(String kind, Path dir) throws Exception {
            String schema = null;
            String url;
            if (kind.equals("postgres")) {
                String host = env("PGHOST", "127.0.0.1");
                String base = "jdbc:postgresql://" + host + ":" + env("PGPORT", "5432") + "/" + env("PGDATABASE", "test");
                schema = "dnc_bench_" + Long.toHexString(System.nanoTime());
                try (Connection c = DriverManager.getConnection(base, env("PGUSER", "postgres"), env("PGPASSWORD", ""));
                        Statement s = c.createStatement()) {
                    s.execute("CREATE SCHEMA " + schema);
                }
                url = base + "?currentSchema=" + schema + "&ApplicationName=" + schema;
            } else {
                url = "jdbc:h2:file:" + dir.resolve("bench-db").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH";
            }
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername(kind.equals("postgres") ? env("PGUSER", "postgres") : "sa");
            config.setPassword(kind.equals("postgres") ? env("PGPASSWORD", "") : "");
            config.setMaximumPoolSize(4);
            HikariDataSource dataSource = new HikariDataSource(config);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            return new Database(dataSource, schema, url);
        }

        @Override
        public void close() throws Exception {
            dataSource.close();
            if (schema != null) {
                String base = url.substring(0, url.indexOf('?'));
                try (Connection c = DriverManager.getConnection(base, env("PGUSER", "postgres"), env("PGPASSWORD", ""));
                        Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    /** Marks every row of the list as rewritten, as another node's full import does, so a refresh reads them all. */
    static void touchAllRows(Database database) throws Exception {
        try (Connection c = database.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE dnc_list SET version = version + 1 WHERE id = '" + LIST + "'");
            s.executeUpdate("UPDATE dnc_snapshot SET version = (SELECT version FROM dnc_list WHERE id = '" + LIST
                    + "') WHERE list_id = '" + LIST + "'");
        }
    }

    // ---- measuring

    /** CPU used by this process and by everything else on the host, from /proc, to tell how clean a figure is. */
    static final class Cpu {

        record Mark(long hostBusy, long hostAll, long self, int cores) {

            /** How many cores other processes kept busy since the mark. */
            double othersCores() {
                Mark now = Cpu.read();
                double elapsed = (now.hostAll - hostAll) / (double) cores;
                return elapsed <= 0 ? 0 : Math.max(0, (now.hostBusy - hostBusy - (now.self - self)) / elapsed);
            }

            String others() {
                Mark now = Cpu.read();
                double elapsed = (now.hostAll - hostAll) / (double) cores;
                if (elapsed <= 0) {
                    return "other processes: ?";
                }
                double busy = (now.hostBusy - hostBusy) / elapsed;
                double mine = (now.self - self) / elapsed;
                return String.format(Locale.ROOT, "this JVM %.2f cores, other processes %.2f cores", mine,
                        Math.max(0, busy - mine));
            }
        }

        Mark mark() {
            return read();
        }

        /** Waits (up to the given time) for a second in which other processes used under a quarter of one core. */
        static void quiet(int maxSeconds) throws InterruptedException {
            long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
            while (System.nanoTime() < deadline) {
                Mark mark = read();
                Thread.sleep(1000);
                if (mark.othersCores() < 0.25) {
                    return;
                }
            }
        }

        static Mark read() {
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                long busy = 0;
                long all = 0;
                for (int i = 1; i <= 8; i++) {
                    long v = Long.parseLong(cpu[i]);
                    all += v;
                    if (i != 4 && i != 5) {
                        busy += v;
                    }
                }
                String stat = Files.readString(Path.of("/proc/self/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long self = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                return new Mark(busy, all, self, Runtime.getRuntime().availableProcessors());
            } catch (Exception e) {
                return new Mark(0, 0, 0, 1);
            }
        }
    }

    static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    static long gcCount() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }

    static String gcNames() {
        return String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
    }

    static String ns(long nanos) {
        return nanos < 10_000 ? nanos + " ns" : nanos < 10_000_000 ? String.format(Locale.ROOT, "%.1f µs", nanos / 1e3)
                : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            }
        }
        return options;
    }
}
