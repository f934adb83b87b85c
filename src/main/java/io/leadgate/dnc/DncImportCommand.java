package io.leadgate.dnc;

import io.leadgate.dnc.DncService.ImportObserver;
import io.leadgate.dnc.DncService.ImportOptions;
import io.leadgate.dnc.DncService.ImportResult;
import io.leadgate.dnc.DncService.Input;
import io.leadgate.support.ApiException;
import io.leadgate.support.Ids;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The command-line import, for registry files of several gigabytes: reads the files on this machine with a progress
 * line every few seconds and writes the list straight into LeadGate's database (the same settings as the server:
 * {@code LEADGATE_DB_URL}...). Running nodes pick the new numbers up within {@code leadgate.dnc.refresh-interval}.
 *
 * <pre>
 * java -cp leadgate-exec.jar -Dloader.main=io.leadgate.dnc.DncImportCommand \
 *     org.springframework.boot.loader.launch.PropertiesLauncher --list national_dnc --file registry.zip
 * </pre>
 */
public final class DncImportCommand {

    private static final String USAGE = """
            Imports a Do Not Call, litigator, internal or custom list file into LeadGate's database.

              java -cp leadgate-exec.jar -Dloader.main=io.leadgate.dnc.DncImportCommand \\
                  org.springframework.boot.loader.launch.PropertiesLauncher --list <id> --file <path> [options]

              --list <id>          the list: national_dnc, litigator, internal_dnc, state_dnc_<state> (e.g. state_dnc_tx),
                                   or a custom list created with --kind
              --file <path>        a file (plain, .zip or .gz) or a folder of files; repeat for several files
              --mode <mode>        replace (default: the files are the whole list), replace_area_codes, add, remove,
                                   changes (each line a number and A or D)
              --as-of <date>       when the numbers were downloaded (2026-11-20); the list's freshness. Default: now
              --source-name <n>    the source recorded for the list (default: the file names)
              --allow-shrink       let a replace empty the list or take off more than half of its numbers (refused
                                   otherwise, as a likely mistake: one area code's file sent as the whole registry)
              --kind <kind>        create the list first with this kind (custom, litigator, state_dnc...) if it is new
              --state <XX>         the state of a new state_dnc list
              --name <text>        the name of a new list
              --db-url <jdbc url>  the database (default: LEADGATE_DB_URL, else the embedded database in ./data)
              --db-user <user>, --db-password <password>
              --quiet              no progress lines
              --verbose            the application's log (start-up, database, errors with their stack traces)
              Other --spring.* and --leadgate.* arguments are passed to the application's settings.

            The embedded database (./data) can be used by one process at a time: stop LeadGate first, or upload the file
            through the API (POST /api/v1/dnc/lists/<id>/imports). With PostgreSQL, running nodes reload the list by
            themselves. Exit status: 0 imported, 1 refused or failed, 2 wrong arguments.
            """;

    private DncImportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The parsed arguments. */
    record Arguments(String list, List<Path> files, DncImportMode mode, Instant asOf, String sourceName,
            boolean allowShrink, String kind, String state, String name, boolean quiet, boolean verbose, boolean help,
            List<String> applicationArguments) {

        static Arguments parse(String[] args) {
            String list = null;
            List<Path> files = new ArrayList<>();
            DncImportMode mode = DncImportMode.REPLACE;
            Instant asOf = null;
            String sourceName = null;
            boolean allowShrink = false;
            String kind = null;
            String state = null;
            String name = null;
            boolean quiet = false;
            boolean verbose = false;
            boolean help = false;
            List<String> application = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                boolean inline = arg.contains("=");
                switch (option) {
                    case "--help", "-h" -> help = true;
                    case "--quiet" -> quiet = true;
                    case "--verbose" -> verbose = true;
                    case "--allow-shrink" -> allowShrink = true;
                    case "--list", "--file", "--mode", "--as-of", "--source-name", "--kind", "--state", "--name",
                            "--db-url", "--db-user", "--db-password" -> {
                        String value;
                        if (inline) {
                            value = arg.substring(arg.indexOf('=') + 1);
                        } else if (i + 1 < args.length) {
                            value = args[++i];
                        } else {
                            throw new IllegalArgumentException(option + " needs a value");
                        }
                        switch (option) {
                            case "--list" -> list = value;
                            case "--file" -> files.add(Path.of(value));
                            case "--mode" -> mode = DncImportMode.fromId(value).orElseThrow(() -> new IllegalArgumentException(
                                    "--mode " + value + ": use one of " + DncImportMode.ids()));
                            case "--as-of" -> {
                                try {
                                    asOf = DncController.asOf(value);
                                } catch (ApiException e) {
                                    throw new IllegalArgumentException("--as-of: " + e.getMessage());
                                }
                            }
                            case "--source-name" -> sourceName = value;
                            case "--kind" -> kind = value;
                            case "--state" -> state = value;
                            case "--name" -> name = value;
                            case "--db-url" -> application.add("--spring.datasource.url=" + value);
                            case "--db-user" -> application.add("--spring.datasource.username=" + value);
                            case "--db-password" -> application.add("--spring.datasource.password=" + value);
                            default -> throw new IllegalStateException(option);
                        }
                    }
                    default -> {
                        if (arg.startsWith("--spring.") || arg.startsWith("--leadgate.") || arg.startsWith("--logging.")) {
                            application.add(arg);
                        } else {
                            throw new IllegalArgumentException("unknown argument '" + arg + "'");
                        }
                    }
                }
            }
            if (!help && (list == null || files.isEmpty())) {
                throw new IllegalArgumentException("--list and --file are required");
            }
            return new Arguments(list, files, mode, asOf, sourceName, allowShrink, kind, state, name, quiet, verbose,
                    help, application);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        List<Path> files;
        try {
            arguments = Arguments.parse(args);
            if (arguments.help()) {
                out.print(USAGE);
                return 0;
            }
            files = expand(arguments.files());
        } catch (IllegalArgumentException | IOException e) {
            err.println("dnc-import: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return 2;
        }
        long totalBytes = 0;
        for (Path file : files) {
            try {
                totalBytes += Files.size(file);
            } catch (IOException e) {
                err.println("dnc-import: cannot read " + file + ": " + e.getMessage());
                return 2;
            }
        }
        List<String> springArgs = new ArrayList<>(arguments.applicationArguments());
        if (!arguments.verbose()) {
            // what goes wrong is printed below, in one sentence: the log's stack traces only with --verbose
            springArgs.addFirst("--logging.level.root=OFF");
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(Context.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false).registerShutdownHook(false).run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            err.println("dnc-import: cannot open the database: " + rootMessage(e));
            if (rootMessage(e).toLowerCase(Locale.ROOT).contains("already in use") || rootMessage(e).contains("locked")) {
                err.println("The embedded database is in use by a running LeadGate: stop it first, or upload the file "
                        + "through the API (POST /api/v1/dnc/lists/" + arguments.list() + "/imports).");
            }
            return 1;
        }
        try (context) {
            return importFiles(context.getBean(DncService.class), arguments, files, totalBytes, out, err);
        }
    }

    private static int importFiles(DncService service, Arguments a, List<Path> files, long totalBytes, PrintStream out,
            PrintStream err) {
        if (a.kind() != null && service.lists().stream().noneMatch(l -> l.id().equals(a.list()))) {
            try {
                service.create(a.list(), a.kind(), a.state(), a.name());
            } catch (ApiException e) {
                err.println("dnc-import: cannot create list " + a.list() + ": " + describe(e));
                return 1;
            }
        }
        AtomicLong bytesRead = new AtomicLong();
        List<Input> inputs = files.stream().map(file -> new Input(file.getFileName().toString(),
                () -> new Counting(Files.newInputStream(file), bytesRead))).toList();
        long started = System.nanoTime();
        Map<String, Long> phases = new LinkedHashMap<>();
        AtomicReference<DncFileReader> reading = new AtomicReference<>();
        AtomicReference<String> phase = new AtomicReference<>("reading");
        phases.put("reading", started);
        Thread progress = Thread.ofPlatform().daemon().name("dnc-import-progress").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
                if (!a.quiet()) {
                    out.println(progressLine(phase.get(), reading.get(), bytesRead.get(), totalBytes, started));
                }
            }
        });
        if (!a.quiet()) {
            out.printf(Locale.ROOT, "importing %d file(s), %s, into list %s (%s)%n", files.size(), size(totalBytes), a.list(),
                    a.mode().id());
        }
        try {
            ImportResult result = service.importFiles(a.list(), inputs,
                    new ImportOptions(a.mode(), a.sourceName(), a.asOf(), a.allowShrink()),
                    DncActor.commandLine(System.getProperty("user.name")), new ImportObserver() {
                        @Override
                        public void reading(DncFileReader reader) {
                            reading.set(reader);
                        }

                        @Override
                        public void phase(String description) {
                            phase.set(description);
                            phases.put(description, System.nanoTime());
                        }
                    });
            progress.interrupt();
            phases.put("done", System.nanoTime());
            printResult(result, phases, out);
            return 0;
        } catch (ApiException e) {
            progress.interrupt();
            err.println("dnc-import: " + describe(e));
            if (e.details().get("import") instanceof DncImport refused) {
                printMalformed(refused, err);
            }
            return 1;
        } catch (RuntimeException e) {
            progress.interrupt();
            err.println("dnc-import: the import failed, the list is unchanged: " + rootMessage(e));
            return 1;
        }
    }

    static String progressLine(String phase, DncFileReader reader, long bytes, long total, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        if (!"reading".equals(phase) || reader == null) {
            return String.format(Locale.ROOT, "%s... %.0f s", phase, seconds);
        }
        DncFileReader.Progress p = reader.progress();
        double share = total == 0 ? 0 : (double) bytes / total;
        String left = share > 0.02 ? String.format(Locale.ROOT, ", ~%.0f s left", seconds / share - seconds) : "";
        return String.format(Locale.ROOT, "reading %s of %s (%.0f%%): %,d numbers, %,d malformed lines, %.0f s%s",
                size(bytes), size(total), share * 100, p.numbers(), p.malformed(), seconds, left);
    }

    private static void printResult(ImportResult result, Map<String, Long> phases, PrintStream out) {
        DncImport r = result.record();
        DncList list = result.list();
        out.printf(Locale.ROOT, "imported into %s (%s) from %s%n", list.id(), r.mode().id(), r.sourceFile());
        out.printf(Locale.ROOT, "  lines %,d: %,d numbers, %,d blank/comment/header, %,d malformed%n", r.lines(),
                r.numbers(), r.skipped(), r.malformed());
        out.printf(Locale.ROOT, "  added %,d, removed %,d: %,d numbers on the list (%,d before)%n", r.added(), r.removed(),
                r.countAfter(), r.countBefore());
        out.printf(Locale.ROOT, "  as of %s; version %d; %s%n", r.asOf(), list.version(), timings(phases));
        printMalformed(r, out);
    }

    private static String timings(Map<String, Long> phases) {
        List<String> parts = new ArrayList<>();
        List<Map.Entry<String, Long>> entries = new ArrayList<>(phases.entrySet());
        for (int i = 0; i + 1 < entries.size(); i++) {
            parts.add(String.format(Locale.ROOT, "%s %.1f s", entries.get(i).getKey(),
                    (entries.get(i + 1).getValue() - entries.get(i).getValue()) / 1e9));
        }
        double total = (entries.getLast().getValue() - entries.getFirst().getValue()) / 1e9;
        return String.format(Locale.ROOT, "took %.1f s (%s)", total, String.join(", ", parts));
    }

    private static void printMalformed(DncImport r, PrintStream out) {
        if (!r.malformedLines().isEmpty()) {
            out.printf(Locale.ROOT, "  first malformed lines (%,d in all):%n", r.malformed());
            r.malformedLines().forEach(m -> out.printf(Locale.ROOT, "    %s line %d: \"%s\" (%s)%n", m.file(), m.line(),
                    m.text(), m.problem()));
        }
    }

    /** The files named, folders replaced by the regular files in them (not hidden), in name order. */
    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> inside = Files.list(path)) {
                    inside.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path) && Files.isReadable(path)) {
                files.add(path);
            } else {
                throw new IOException("no readable file at " + path);
            }
        }
        if (files.isEmpty()) {
            throw new IOException("no file to import in " + paths);
        }
        return files;
    }

    private static String describe(ApiException e) {
        StringBuilder message = new StringBuilder(e.getMessage());
        e.errors().forEach(f -> message.append("; ").append(f.field()).append(": ").append(f.message()));
        return message.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30));
        }
        return bytes >= 1L << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20))
                : String.format(Locale.ROOT, "%d KB", bytes / 1024);
    }

    /** Counts the bytes read from a file, for the progress line. */
    private static final class Counting extends FilterInputStream {

        private final AtomicLong counter;

        Counting(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter.addAndGet(n);
            }
            return n;
        }
    }

    /**
     * Just what an import needs: the database (migrated by Flyway, as the server does) and the list services. Not a
     * {@code @Configuration}, so that the server's component scan leaves it out.
     */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
        FlywayAutoConfiguration.class, JacksonAutoConfiguration.class})
    @EnableConfigurationProperties(DncProperties.class)
    @Import({DncRepository.class, DncService.class})
    static class Context {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        Ids ids(Clock clock) {
            return new Ids(clock);
        }

        @Bean
        DncCache dncCache() {
            return DncCache.NONE;
        }
    }
}
