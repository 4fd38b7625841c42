package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code main} builds picocli's model only for the subcommand named on the command line; on every
 * kind of argument list that command line answers exactly as the full one.
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
}
