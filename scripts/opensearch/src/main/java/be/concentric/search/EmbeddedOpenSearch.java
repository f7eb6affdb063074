package be.concentric.search;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.env.Environment;
import org.opensearch.geo.GeoModulePlugin;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.ExtensiblePlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single OpenSearch 2.19 node for local development and tests, started from Maven Central artifacts
 * instead of the distribution tarball. The "modules" a real distribution loads from its modules/ folder are
 * passed as classpath plugins, the way the OpenSearch test framework's MockNode does it.
 *
 * <p>Usage: {@code java -cp ... be.concentric.search.EmbeddedOpenSearch [--port N] [--dir DIR]
 * [--exit-on-stdin-eof]}; the port and directory can also come from OPENSEARCH_PORT and OPENSEARCH_DATA (default
 * 9200 and a new temp dir). Port 0 binds a free port. Once HTTP is bound it prints
 * {@code EmbeddedOpenSearch started on http://127.0.0.1:PORT} on stdout; SIGTERM/SIGINT close the node cleanly.
 */
public final class EmbeddedOpenSearch {

    /** The modules of a distribution that the project needs (class names as of OpenSearch 2.x). */
    static final List<Class<? extends Plugin>> PLUGINS = List.of(
        Netty4Plugin.class, // HTTP and transport (module transport-netty4)
        CommonAnalysisPlugin.class, // custom analyzers, synonyms, asciifolding, language stemmers (analysis-common)
        PainlessPlugin.class, // painless scripts, script_score, update scripts (lang-painless)
        MapperExtrasPlugin.class, // rank_feature(s), scaled_float, search_as_you_type, token_count (mapper-extras)
        ReindexPlugin.class, // _reindex, _update_by_query, _delete_by_query (reindex)
        GeoModulePlugin.class // geo_shape, geohash/geotile grid and geo_bounds aggregations (geo)
    );

    /**
     * PluginsService only hands an extensible plugin (painless) the SPI extensions of plugins that name it in
     * extended.plugins, which classpath plugins cannot do. So the painless allowlists other modules contribute
     * (analysis-common's AnalysisPainlessExtension, for the "condition" and "predicate_token_filter" filters)
     * would be missing. PainlessPlugin is final but keeps its allowlists in a static map that getScriptEngine()
     * reads, so feeding it the extensions found by ServiceLoader before the node is built is enough.
     */
    static void loadPainlessExtensionsFromClasspath() {
        new PainlessPlugin().loadExtensions(new ExtensiblePlugin.ExtensionLoader() {
            @Override
            public <T> List<T> loadExtensions(Class<T> extensionPointType) {
                return ServiceLoader.load(extensionPointType, EmbeddedOpenSearch.class.getClassLoader())
                    .stream()
                    .map(ServiceLoader.Provider::get)
                    .toList();
            }
        });
    }

    static final String STARTED_MARKER = "EmbeddedOpenSearch started on ";

    /** Node has a protected constructor taking classpath plugins; MockNode in the test framework does the same. */
    static final class LocalNode extends Node {
        LocalNode(Environment environment) {
            super(environment, PLUGINS, true);
        }
    }

    private EmbeddedOpenSearch() {}

    public static void main(String[] args) throws Exception {
        // our shutdown hook closes the node and then log4j; log4j's own hook would stop logging mid-close
        System.setProperty("log4j.shutdownHookEnabled", "false");
        System.setProperty("log4j2.disable.jmx", "true");
        int port = Integer.parseInt(option(args, "--port", "OPENSEARCH_PORT", "9200"));
        String dirOption = option(args, "--dir", "OPENSEARCH_DATA", "");
        Path base = dirOption.isEmpty()
            ? Files.createTempDirectory("concentric-opensearch-")
            : Path.of(dirOption).toAbsolutePath();
        Path home = base.resolve("home");
        Path config = home.resolve("config");
        Files.createDirectories(config);
        Files.createDirectories(home.resolve("modules"));
        Files.createDirectories(home.resolve("plugins"));
        writeLogConfig(config.resolve("log4j2.properties"), System.getenv().getOrDefault("OPENSEARCH_LOG_LEVEL", "info"));

        Settings settings = Settings.builder()
            .put("cluster.name", "concentric-local")
            .put("node.name", "concentric-local-1")
            .put("path.home", home.toString())
            .put("path.data", base.resolve("data").toString())
            .put("path.logs", base.resolve("logs").toString())
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.host", "127.0.0.1")
            .put("http.port", Integer.toString(port))
            .put("transport.port", "0")
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("node.max_local_storage_nodes", 1)
            .build();

        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings,
            Collections.emptyMap(),
            config,
            () -> "concentric-local-1"
        );
        // LogConfigurator redirects System.out/err into loggers: keep raw streams for our own status lines
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        StringBuilder failure = new StringBuilder();
        LogConfigurator.setNodeName("concentric-local-1");
        LogConfigurator.registerErrorListener();
        LogConfigurator.configure(environment);

        loadPainlessExtensionsFromClasspath();
        Node node = new LocalNode(environment);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                if (!node.awaitClose(15, TimeUnit.SECONDS)) {
                    err.println("EmbeddedOpenSearch: node did not close within 15s");
                }
            } catch (Exception e) {
                err.println("EmbeddedOpenSearch: error while closing the node: " + e);
            } finally {
                LogManager.shutdown();
                synchronized (failure) {
                    // last, so that it ends the output a launcher shows when the JVM dies
                    out.println(
                        failure.length() == 0 ? "EmbeddedOpenSearch stopped" : "EmbeddedOpenSearch failed to start: " + failure
                    );
                }
                closed.countDown();
            }
        }, "embedded-opensearch-shutdown"));

        if (List.of(args).contains("--exit-on-stdin-eof")) {
            exitWhenStdinCloses();
        }
        try {
            node.start();
        } catch (Throwable t) {
            synchronized (failure) {
                for (Throwable cause = t; cause != null; cause = cause.getCause()) {
                    failure.append(failure.length() == 0 ? "" : " <- ").append(cause);
                }
            }
            t.printStackTrace(err);
            // exit through the shutdown hook, which closes what was opened
            System.exit(1);
        }

        TransportAddress http = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
        out.println(STARTED_MARKER + "http://127.0.0.1:" + http.getPort() + " (data " + base + ")");
        closed.await();
    }

    /**
     * A launcher that holds our stdin open as a pipe gets a clean shutdown even when it dies without stopping us
     * (SIGKILL, a crash): its end of the pipe closes, we read EOF and exit through the shutdown hook.
     */
    private static void exitWhenStdinCloses() {
        Thread watchdog = new Thread(() -> {
            try (InputStream in = new FileInputStream(FileDescriptor.in)) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                    // the launcher sends nothing; wait for EOF
                }
            } catch (IOException e) {
                // treat a broken stdin like EOF
            }
            System.exit(0);
        }, "embedded-opensearch-stdin-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static String option(String[] args, String flag, String env, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(flag)) {
                return args[i + 1];
            }
        }
        String fromEnv = System.getenv(env);
        return fromEnv == null || fromEnv.isBlank() ? fallback : fromEnv.trim();
    }

    /** The distribution's console logging, without the rolling files (LogConfigurator reads this file). */
    private static void writeLogConfig(Path file, String level) throws IOException {
        String text = String.join(
            "\n",
            "status = error",
            "appender.console.type = Console",
            "appender.console.name = console",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n",
            "rootLogger.level = " + level.toLowerCase(Locale.ROOT),
            "rootLogger.appenderRef.console.ref = console",
            "logger.deprecation.name = org.opensearch.deprecation",
            "logger.deprecation.level = error",
            ""
        );
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
