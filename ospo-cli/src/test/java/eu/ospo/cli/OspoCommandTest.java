package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class OspoCommandTest {

    @Test
    void noArgumentsIsAUsageError() {
        Cli.Run run = Cli.run();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required subcommand").contains("Usage: ospo");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Run run = Cli.run("--frobnicate");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--frobnicate");
    }

    @Test
    void versionComesFromTheBuild() {
        Cli.Run run = Cli.run("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).matches("ospo \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    @Test
    void subcommandsInheritHelpAndVersion() {
        assertThat(Cli.run("publiccode", "validate", "--help").out()).contains("Usage: ospo publiccode validate");
        assertThat(Cli.run("check", "-V").out()).startsWith("ospo ");
    }

    @Test
    void anUnexpectedFailureIsOneLineOnStderrAndStatusTwo() {
        CommandLine commandLine = OspoCommand.commandLine().addSubcommand(new Boom());

        Cli.Run run = Cli.run(commandLine, "boom");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("ospo: internal error (IllegalStateException: kaputt)" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Command(name = "boom")
    static final class Boom implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("kaputt\n\tat somewhere");
        }
    }
}
