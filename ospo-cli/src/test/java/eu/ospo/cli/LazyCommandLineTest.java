package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code main} builds picocli's model only for the subcommand named on the command line, and runs
 * plain {@code publiccode validate FILE...} without picocli; on every kind of argument list both
 * answer exactly as the full command line.
 */
class LazyCommandLineTest {

    private static final Clock CLOCK =
            Clock.fixed(Examples.DOCS_DATE.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @Test
    void theFullCommandLineHasEverySubcommandInOrderUnderItsOwnName() {
        CommandLine full = OspoCommand.commandLine(CLOCK);
        assertThat(full.getSubcommands().keySet()).containsExactlyElementsOf(OspoCommand.SUBCOMMANDS);
        full.getSubcommands()
                .forEach((name, sub) -> assertThat(sub.getCommandName()).isEqualTo(name));
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        for (String name : OspoCommand.SUBCOMMANDS) {
            CommandLine lazy = OspoCommand.commandLine(CLOCK, new String[] {name, "--help"});
            assertThat(lazy.getSubcommands().keySet()).containsExactly(name);
        }
        assertThat(OspoCommand.commandLine(CLOCK, new String[] {"--help"})
                        .getSubcommands()
                        .keySet())
                .containsExactlyElementsOf(OspoCommand.SUBCOMMANDS);
        assertThat(OspoCommand.commandLine(CLOCK, new String[0]).getSubcommands())
                .hasSize(3);
    }

    static List<List<String>> argumentLists() {
        String example = Examples.SHARED_PERMITS.toString();
        String publiccode = Examples.SHARED_PERMITS.resolve("publiccode.yml").toString();
        return List.of(
                List.of(),
                List.of("--help"),
                List.of("--version"),
                List.of("chek", example),
                List.of("publiccode"),
                List.of("publiccode", "--help"),
                List.of("publiccode", "validate"),
                List.of("publiccode", "validate", "--help"),
                List.of("publiccode", "validate", "--frobnicate", publiccode),
                List.of("publiccode", "validate", publiccode),
                List.of("publiccode", "validate", "--format", "json", publiccode, "no-such-file.yml"),
                List.of("publiccode", "valdate", publiccode),
                List.of("governance"),
                List.of("governance", "--help"),
                List.of("governance", "check", "--help"),
                List.of("governance", "check", example),
                List.of("check", "--help"),
                List.of("check", example),
                List.of("check", "-V"),
                List.of("check", "--date", "yesterday", example));
    }

    @ParameterizedTest
    @MethodSource("argumentLists")
    void answersAsTheFullCommandLine(List<String> arguments) {
        String[] args = arguments.toArray(String[]::new);
        Cli.Run full = Cli.run(OspoCommand.commandLine(CLOCK), args);
        Cli.Run lazy = Cli.run(OspoCommand.commandLine(CLOCK, args), args);
        assertThat(lazy).isEqualTo(full);
        assertThat(full.out() + full.err()).isNotEmpty();
    }

    @Test
    void onlyPlainFileArgumentsSkipPicocli() {
        assertThat(OspoCommand.isPlainValidate(new String[] {"publiccode", "validate", "a.yml", "b c.yml"}))
                .isTrue();
        for (List<String> arguments : List.of(
                List.of("publiccode", "validate"),
                List.of("publiccode", "validate", "--format", "json", "a.yml"),
                List.of("publiccode", "validate", "a.yml", "--help"),
                List.of("publiccode", "validate", "-"),
                List.of("publiccode", "validate", "--", "a.yml"),
                List.of("publiccode", "validate", "@arguments.txt"),
                List.of("publiccode", "validate", ""),
                List.of("publiccode", "check", "a.yml"),
                List.of("check", "validate", "a.yml"),
                List.of("publiccode"))) {
            assertThat(OspoCommand.isPlainValidate(arguments.toArray(String[]::new)))
                    .as(arguments.toString())
                    .isFalse();
        }
    }

    @Test
    void plainValidateWithoutPicocliAnswersAsPicocli(@TempDir Path dir) {
        Path valid = Fixtures.write(dir.resolve("valid.yml"), Fixtures.VALID);
        Path warning = Fixtures.write(dir.resolve("with warning.yml"), Fixtures.WITH_WARNING);
        Path invalid = Fixtures.write(dir.resolve("invalid-é中.yml"), Fixtures.INVALID_WITH_WARNING);
        Path broken = Fixtures.write(dir.resolve("broken.yml"), "name: [unclosed\n\u202e");
        String example = Examples.SHARED_PERMITS.resolve("publiccode.yml").toString();
        List<List<String>> fileLists = List.of(
                List.of(example),
                List.of(valid.toString()),
                List.of(warning.toString()),
                List.of(invalid.toString()),
                List.of(broken.toString()),
                List.of(dir.resolve("missing.yml").toString()),
                List.of(dir.toString()),
                List.of(
                        valid.toString(),
                        invalid.toString(),
                        dir.resolve("missing.yml").toString(),
                        example),
                List.of("nul\u0000.yml"));
        for (List<String> files : fileLists) {
            List<String> arguments = new ArrayList<>(List.of("publiccode", "validate"));
            arguments.addAll(files);
            String[] args = arguments.toArray(String[]::new);
            assertThat(OspoCommand.isPlainValidate(args)).isTrue();
            Cli.Run picocli = Cli.run(OspoCommand.commandLine(CLOCK), args);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = OspoCommand.validateWithoutPicocli(args, new PrintWriter(out, true), new PrintWriter(err, true));
            assertThat(new Cli.Run(exit, out.toString(), err.toString()))
                    .as(files.toString())
                    .isEqualTo(picocli);
        }
    }
}
