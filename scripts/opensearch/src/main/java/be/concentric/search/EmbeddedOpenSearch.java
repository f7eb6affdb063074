package be.concentric.search;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
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
import org.opensearch.plugins.Plugin;
import org.opensearch.painless.spi.PainlessExtension;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single OpenSearch 2.19 node for local development and tests, started from Maven Central artifacts
 * instead of the distribution tarball. The "modules" a real distribution loads from its modules/ folder are
 * passed as classpath plugins, the way the OpenSearch test framework's MockNode does it.
 *
 * <p>Usage: {@code java -cp ... be.concentric.search.EmbeddedOpenSearch [--port N] [--dir DIR]}; the port
 * and directory can also come from OPENSEARCH_PORT and OPENSEARCH_DATA. Port 0 binds a free port. Once HTTP is
 * bound it prints {@code EmbeddedOpenSearch started on http://127.0.0.1:PORT} on stdout.
 */
public final class EmbeddedOpenSearch {

    /** The modules of a distribution that the project needs (class names as of OpenSearch 2.x). */
    static final List<Class<? extends Plugin>> PLUGINS = List.of(
        Netty4Plugin.class, // HTTP and transport (module transport-netty4)
        CommonAnalysisPlugin.class, // custom analyzers, synonyms, asciifolding, language stemmers (analysis-common)
        ClasspathPainlessPlugin.class, // painless scripts, script_score, update scripts (lang-painless)
        MapperExtrasPlugin.class, // rank_feature(s), scaled_float, search_as_you_type, token_count (mapper-extras)
        ReindexPlugin.class, // _reindex, _update_by_query, _delete_by_query (reindex)
        GeoModulePlugin.class // geo_shape, geohash/geotile grid and geo_bounds aggregations (geo)
    );

    /**
     * Painless with its SPI extensions found on the classpath. PluginsService only hands an extensible plugin the
     * extensions of plugins that declare it in extended.plugins, which classpath plugins cannot do; so without this
     * the painless allowlists contributed by other modules (e.g. analysis-common's AnalysisPainlessExtension for the
     * "condition" and "predicate_token_filter" filters) would silently be missing.
     */
    public static final class ClasspathPainlessPlugin extends PainlessPlugin {
        public ClasspathPainlessPlugin() {
            super();
        }

        @Override
        public void loadExtensions(ExtensionLoader loader) {
            super.loadExtensions(new ExtensionLoader() {
                @Override
                public <T> List<T> loadExtensions(Class<T> extensionPointType) {
                    List<T> fromPlugins = loader.loadExtensions(extensionPointType);
                    if (extensionPointType != PainlessExtension.class || !fromPlugins.isEmpty()) {
                        return fromPlugins;
                    }
                    return ServiceLoader.load(extensionPointType, ClasspathPainlessPlugin.class.getClassLoader())
                        .stream()
                        .map(ServiceLoader.Provider::get)
                        .toList();
                }
            });
        }
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
        // LogConfigurator redirects System.out/err into loggers: keep a raw stdout for the "started" line
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        LogConfigurator.setNodeName("concentric-local-1");
        LogConfigurator.registerErrorListener();
        LogConfigurator.configure(environment);

        Node node = new LocalNode(environment);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                if (!node.awaitClose(15, TimeUnit.SECONDS)) {
                    System.err.println("EmbeddedOpenSearch: node did not close within 15s");
                }
            } catch (Exception e) {
                System.err.println("EmbeddedOpenSearch: error while closing the node: " + e);
            } finally {
                out.println("EmbeddedOpenSearch stopped");
                LogManager.shutdown();
                closed.countDown();
            }
        }, "embedded-opensearch-shutdown"));

        try {
            node.start();
        } catch (Throwable t) {
            System.err.println("EmbeddedOpenSearch: failed to start: " + t);
            t.printStackTrace();
            // exit through the shutdown hook, which closes what was opened
            System.exit(1);
        }

        TransportAddress http = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
        out.println(STARTED_MARKER + "http://127.0.0.1:" + http.getPort() + " (data " + base + ")");
        closed.await();
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
