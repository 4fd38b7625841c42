package eu.ospo.cli.publiccode;

import picocli.CommandLine.Command;

/** {@code ospo publiccode}: groups the commands for publiccode.yml files. */
@Command(name = "publiccode", description = "Work with publiccode.yml files.", subcommands = ValidateCommand.class)
public final class PubliccodeCommand {}
