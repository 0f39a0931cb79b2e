package se.hoglandet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu HTML Checker (vnu), run in a JVM of its own on HTML files. Its current release ships in the npm package
 * {@code vnu-jar} (Maven Central's {@code nu.validator:validator} lags behind and is no single jar), so the first
 * use installs that exact version with npm into {@code target/vnu}; without npm the check fails with a message,
 * it is never skipped.
 */
public final class NuHtmlChecker {

    static final String VERSION = "26.9.27";
    private static final Path HOME = Path.of("target", "vnu");
    private static final Path JAR = HOME.resolve("node_modules/vnu-jar/build/dist/vnu.jar");

    private NuHtmlChecker() {}

    /** Every error the checker reports for the given pages (name → HTML), as "name: message". */
    public static List<String> errors(Map<String, String> pages) {
        try {
            Path directory = Files.createTempDirectory("vnu-pages");
            List<String> arguments = new ArrayList<>(List.of(
                    java(), "-Xss4m", "-jar", jar().toString(), "--format", "json", "--exit-zero-always", "--stdout"));
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Path file = directory.resolve(page.getKey().replaceAll("[^A-Za-z0-9]+", "_") + ".html");
                Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
                arguments.add(file.toString());
            }
            Process process =
                    new ProcessBuilder(arguments).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("vnu failed: " + output);
            }
            JsonNode report = JsonMapper.builder().build().readTree(output.substring(output.indexOf('{')));
            List<String> errors = new ArrayList<>();
            for (JsonNode message : report.get("messages")) {
                String type = message.get("type").asString();
                if (type.equals("error") || type.equals("non-document-error")) {
                    String url = message.hasNonNull("url") ? message.get("url").asString() : "";
                    errors.add(url.substring(url.lastIndexOf('/') + 1) + ": "
                            + message.get("message").asString()
                            + (message.hasNonNull("extract")
                                    ? " at «" + message.get("extract").asString() + "»"
                                    : ""));
                }
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Path jar() throws IOException, InterruptedException {
        if (Files.isRegularFile(JAR)) {
            return JAR;
        }
        Files.createDirectories(HOME);
        Process npm = new ProcessBuilder(
                        "npm",
                        "install",
                        "--prefix",
                        HOME.toString(),
                        "--no-audit",
                        "--no-fund",
                        "--ignore-scripts",
                        "vnu-jar@" + VERSION)
                .redirectErrorStream(true)
                .start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(JAR)) {
            throw new IllegalStateException("Could not install vnu-jar@" + VERSION
                    + " with npm (npm and the npm registry are needed; see .ci/run):\n" + output);
        }
        return JAR;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
