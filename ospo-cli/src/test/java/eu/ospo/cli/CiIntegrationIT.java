package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.ospo.cli.Launched.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub Action ({@code action.yml}) and the pre-commit hooks ({@code .pre-commit-hooks.yaml})
 * at the repository root, as far as this machine allows: their definitions are read and checked,
 * and their scripts run in a shell against the example repository, with the inputs substituted
 * as GitHub and pre-commit would, and {@code ospo} being the launcher of the built distribution
 * (no network: actions/setup-java and actions/cache are only checked, not run).
 */
class CiIntegrationIT {

    private static final String VERSION = System.getProperty("ospo.version", "");
    private static final Path TARGET = Path.of(System.getProperty("ospo.distribution.dir", "target"));
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path EXAMPLE = ROOT.resolve("examples/repositories/shared-permits");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([a-z_.-]+)\\s*}}");

    @TempDir
    static Path work;

    /** A directory holding {@code ospo}: runs the built distribution's launcher. */
    private static Path actionPath;

    private static Path cache;

    @BeforeAll
    static void installTheBuiltLauncher() throws IOException {
        assumeTrue(!VERSION.isEmpty(), "runs under failsafe, which passes ospo.version");
        Path launcher = TARGET.resolve("ospo-" + VERSION)
                .resolve("ospo-" + VERSION)
                .resolve("bin/ospo")
                .toAbsolutePath();
        assertThat(launcher).isExecutable();
        actionPath = Files.createDirectories(work.resolve("action"));
        Path ospo = Files.writeString(actionPath.resolve("ospo"), "#!/bin/sh\nexec '" + launcher + "' \"$@\"\n");
        assertThat(ospo.toFile().setExecutable(true)).isTrue();
        cache = work.resolve("cache");
    }

    @Test
    void theActionDeclaresItsInputsAndSetsUpJavaAndTheMavenCache() throws IOException {
        Map<String, Object> action = yaml(ROOT.resolve("action.yml"));
        assertThat(action).containsKeys("name", "description", "inputs", "runs");
        assertThat(map(action.get("inputs")).keySet())
                .containsExactlyInAnyOrder(
                        "directories", "format", "date", "ruleset", "java-version", "java-distribution");
        for (Object input : map(action.get("inputs")).values()) {
            assertThat(map(input)).containsKeys("description", "default");
        }
        Map<String, Object> runs = map(action.get("runs"));
        assertThat(runs.get("using")).isEqualTo("composite");
        List<Map<String, Object>> steps = steps(action);
        assertThat(steps).hasSize(3);
        assertThat(steps.get(0).get("uses")).asString().startsWith("actions/setup-java@");
        assertThat(map(steps.get(0).get("with")))
                .containsEntry("java-version", "${{ inputs.java-version }}")
                .containsEntry("distribution", "${{ inputs.java-distribution }}");
        assertThat(steps.get(1).get("uses")).asString().startsWith("actions/cache@");
        assertThat(map(steps.get(1).get("with"))).containsEntry("path", "~/.m2/repository");
        Map<String, Object> check = steps.get(2);
        assertThat(check.get("shell")).isEqualTo("bash");
        // inputs reach the script through its environment only: nothing is pasted into the script
        assertThat((String) check.get("run")).doesNotContain("${{");
        assertThat(map(check.get("env")).get("OSPO")).isEqualTo("${{ github.action_path }}/ospo");
    }

    @Test
    void theActionChecksTheExampleAsTheCommandLineDoes() throws Exception {
        Run direct = ospo(List.of("check", "--format", "github", "--date", "2026-12-01", EXAMPLE.toString()), EXAMPLE);
        assertThat(direct.exit()).isZero();
        assertThat(direct.out()).contains("::warning file=governance.yml,line=").contains("ospo: passed");

        Run action = runAction(Map.of("directories", EXAMPLE.toString(), "date", "2026-12-01"), EXAMPLE);

        assertThat(action).isEqualTo(direct);
        // the default directory is the working directory
        assertThat(runAction(Map.of("date", "2026-12-01"), EXAMPLE).out())
                .isEqualTo(ospo(List.of("check", "--format", "github", "--date", "2026-12-01", "."), EXAMPLE)
                        .out());
    }

    @Test
    void theActionChecksEveryDirectoryAndExitsWithTheWorstStatus(@TempDir Path repositories) throws Exception {
        Path good = Launched.copyTree(EXAMPLE, repositories.resolve("good"));
        Path bad = Launched.copyTree(EXAMPLE, repositories.resolve("bad"));
        Path publiccode = bad.resolve("publiccode.yml");
        Files.writeString(
                publiccode,
                Files.readString(publiccode).replaceFirst("developmentStatus: \\w+", "developmentStatus: finished"));

        Run twoDirectories = runAction(Map.of("directories", good + "\n" + bad, "date", "2026-12-01"), repositories);
        assertThat(twoDirectories.exit()).isEqualTo(1);
        Run both = ospo(
                List.of("check", "--format", "github", "--date", "2026-12-01", good.toString(), bad.toString()),
                repositories);
        assertThat(both.exit()).isEqualTo(1);
        assertThat(twoDirectories.out())
                .isEqualTo(both.out())
                .contains("::error file=" + bad + "/publiccode.yml,line=")
                .contains("::warning file=" + good + "/governance.yml,line=");

        Run missing = runAction(Map.of("directories", bad + " " + repositories.resolve("missing")), repositories);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("missing");
    }

    @Test
    void theHooksAreDefinedForPreCommit() throws IOException {
        List<Map<String, Object>> hooks = hooks();
        assertThat(hooks).extracting(h -> h.get("id")).containsExactly("ospo-publiccode-validate", "ospo-check");
        for (Map<String, Object> hook : hooks) {
            assertThat(hook).containsKeys("id", "name", "description", "entry", "language");
            assertThat(hook.get("language")).isEqualTo("script");
            String script = ((String) hook.get("entry")).split(" ")[0];
            assertThat(ROOT.resolve(script))
                    .as("pre-commit runs the entry from the hook repository")
                    .isExecutable();
        }
        Pattern files = Pattern.compile((String) hooks.get(0).get("files"));
        assertThat(files.matcher("publiccode.yml").find()).isTrue();
        assertThat(files.matcher("sub/dir/publiccode.yaml").find()).isTrue();
        assertThat(files.matcher("not-publiccode.yml").find()).isFalse();
        assertThat(files.matcher("publiccode.yml.bak").find()).isFalse();
    }

    @Test
    void theHooksRunOnTheExampleRepository(@TempDir Path repositories) throws Exception {
        Path repository = Launched.copyTree(EXAMPLE, repositories.resolve("repository"));
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> hook : hooks()) {
            byId.put((String) hook.get("id"), hook);
        }

        Run validate = runHook(byId.get("ospo-publiccode-validate"), repository);
        assertThat(validate.exit()).isZero();
        assertThat(validate.out()).startsWith("publiccode.yml: valid");

        Run check = runHook(byId.get("ospo-check"), repository);
        assertThat(check).isEqualTo(ospo(List.of("check", "."), repository));
        assertThat(check.out()).contains("publiccode.yml");

        Path publiccode = repository.resolve("publiccode.yml");
        Files.writeString(
                publiccode,
                Files.readString(publiccode).replaceFirst("developmentStatus: \\w+", "developmentStatus: finished"));
        Run invalid = runHook(byId.get("ospo-publiccode-validate"), repository);
        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(invalid.out()).contains("publiccode.yml:").contains("error: developmentStatus");
    }

    /** Runs a hook as pre-commit does: entry, then args, then the matching files when it takes them. */
    private static Run runHook(Map<String, Object> hook, Path repository) throws Exception {
        List<String> command = new ArrayList<>(List.of(((String) hook.get("entry")).split(" ")));
        command.set(0, actionPath.resolve(command.get(0)).toString()); // the hook repository's script
        Object args = hook.get("args");
        if (args != null) {
            for (Object arg : (List<?>) args) {
                command.add((String) arg);
            }
        }
        if (!Boolean.FALSE.equals(hook.get("pass_filenames"))) {
            Pattern files = Pattern.compile((String) hook.get("files"));
            try (Stream<Path> walk = Files.walk(repository)) {
                walk.filter(Files::isRegularFile)
                        .map(p -> repository.relativize(p).toString())
                        .filter(name -> files.matcher(name).find())
                        .sorted()
                        .forEach(command::add);
            }
        }
        return run(command, repository, Map.of());
    }

    /** Runs the action's script step with its environment as GitHub would evaluate it. */
    private static Run runAction(Map<String, String> given, Path workingDirectory) throws Exception {
        Map<String, Object> action = yaml(ROOT.resolve("action.yml"));
        Map<String, String> inputs = new HashMap<>();
        map(action.get("inputs"))
                .forEach((name, input) ->
                        inputs.put(name, String.valueOf(map(input).get("default"))));
        inputs.putAll(given);
        Map<String, Object> step = steps(action).get(2);
        Map<String, String> environment = new HashMap<>();
        for (Map.Entry<String, Object> variable : map(step.get("env")).entrySet()) {
            environment.put(variable.getKey(), substitute((String) variable.getValue(), inputs));
        }
        // how GitHub runs a step with shell: bash
        List<String> bash = List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", (String) step.get("run"));
        return run(bash, workingDirectory, environment);
    }

    private static String substitute(String value, Map<String, String> inputs) {
        Matcher matcher = EXPRESSION.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String expression = matcher.group(1);
            String replacement;
            if (expression.equals("github.action_path")) {
                replacement = actionPath.toString();
            } else if (expression.startsWith("inputs.")) {
                replacement = inputs.get(expression.substring("inputs.".length()));
                assertThat(replacement).as("input of " + expression).isNotNull();
            } else {
                throw new AssertionError("unexpected expression in the step's environment: " + expression);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static Run ospo(List<String> arguments, Path workingDirectory) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(actionPath.resolve("ospo").toString());
        command.addAll(arguments);
        return run(command, workingDirectory, Map.of());
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return map(new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file)));
    }

    private static List<Map<String, Object>> hooks() throws IOException {
        Object hooks = new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(ROOT.resolve(".pre-commit-hooks.yaml")));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Object hook : (List<?>) hooks) {
            list.add(map(hook));
        }
        return list;
    }

    private static List<Map<String, Object>> steps(Map<String, Object> action) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Object step : (List<?>) map(action.get("runs")).get("steps")) {
            steps.add(map(step));
        }
        return steps;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static Run run(List<String> command, Path workingDirectory, Map<String, String> environment)
            throws Exception {
        Map<String, String> withCache = new HashMap<>(environment);
        withCache.putIfAbsent("OSPO_CACHE_DIR", cache.toString());
        return Launched.run(command, workingDirectory, withCache);
    }
}
