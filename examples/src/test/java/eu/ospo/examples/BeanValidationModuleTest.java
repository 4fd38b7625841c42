package eu.ospo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/bean-validation.md's module-path example is real: its {@code module-info.java} and program
 * are compiled as a named module against ospo's modules and Hibernate Validator, and run with the
 * command the page gives; the output is the page's.
 */
class BeanValidationModuleTest {

    /** The libraries the page lists, found on this test's class path by name. */
    private static final List<String> LIBRARIES = List.of(
            "ospo-governance",
            "ospo-publiccode",
            "ospo-model",
            "snakeyaml-engine",
            "jackson-databind",
            "jackson-core",
            "jackson-annotations",
            "jspecify",
            "jakarta.validation-api",
            "hibernate-validator",
            "classmate",
            "jboss-logging",
            "jakarta.el-api",
            "expressly");

    @Test
    void theModulePathExampleCompilesAndRunsWithTheDocumentedCommand(@TempDir Path dir)
            throws IOException, InterruptedException {
        String page = Files.readString(Path.of("..", "docs", "bean-validation.md"), StandardCharsets.UTF_8);
        String moduleInfo = block(page, "module-info");
        String main = block(page, "main");
        String command = block(page, "command").strip();
        List<String> output = block(page, "output").strip().lines().toList();

        List<String> libraries = new ArrayList<>();
        for (String library : LIBRARIES) {
            libraries.add(entry(library));
        }
        String modulePath = String.join(File.pathSeparator, libraries);

        Path sources = dir.resolve("src");
        Path pkg = Files.createDirectories(sources.resolve("com/example/catalogue"));
        Files.writeString(sources.resolve("module-info.java"), moduleInfo);
        Files.writeString(pkg.resolve("Main.java"), main);
        Path out = dir.resolve("out");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(
                null,
                null,
                null,
                "-d",
                out.toString(),
                "--module-path",
                modulePath,
                sources.resolve("module-info.java").toString(),
                pkg.resolve("Main.java").toString());
        assertThat(compiled).as("javac exit code").isZero();

        assertThat(command).startsWith("java --module-path out:LIBS ");
        List<String> arguments = new ArrayList<>();
        arguments.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String word : command.substring("java ".length()).split(" +")) {
            arguments.add(word.equals("out:LIBS") ? out + File.pathSeparator + modulePath : word);
        }
        Process process = new ProcessBuilder(arguments)
                .redirectErrorStream(false)
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(dir.resolve("stderr.txt")))
                .isZero();
        assertThat(stdout.lines().toList()).containsExactlyInAnyOrderElementsOf(output);
    }

    /** The fenced block after {@code <!-- jpms:NAME -->}. */
    private static String block(String page, String name) {
        Matcher m = Pattern.compile("<!-- jpms:" + name + " -->\\s*```[a-z]*\\n(.*?)```", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find())
                .as("docs/bean-validation.md has a block jpms:" + name)
                .isTrue();
        return m.group(1);
    }

    /** The class-path entry of a library: its jar, or the module's classes in this build. */
    private static String entry(String library) {
        List<String> matches = Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> {
                    Path p = Path.of(e);
                    String name = p.getFileName().toString();
                    if (name.equals("classes")
                            && p.getParent() != null
                            && p.getParent().getParent() != null) {
                        return p.getParent()
                                .getParent()
                                .getFileName()
                                .toString()
                                .equals(library);
                    }
                    return name.startsWith(library + "-") && name.endsWith(".jar") && !name.contains("-tests");
                })
                .toList();
        assertThat(matches).as("%s on the class path", library).hasSize(1);
        return matches.get(0);
    }
}
