package eu.ospo.cli.governance;

import picocli.CommandLine.Command;

/** {@code ospo governance}: groups the commands for governance.yml. */
@Command(
        name = "governance",
        description = "Work with governance.yml: the machine-readable governance of a prosumer community.",
        subcommands = {GovernanceCheckCommand.class, GovernanceInitCommand.class, GovernanceReportCommand.class})
public final class GovernanceCommand {}
