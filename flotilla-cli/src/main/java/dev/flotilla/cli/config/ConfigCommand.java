package dev.flotilla.cli.config;

import picocli.CommandLine.Command;

/** {@code flotilla config}: validate the configuration, print its reference. */
@Command(
    name = "config",
    description = "Check a configuration file or print the configuration reference.",
    mixinStandardHelpOptions = true,
    subcommands = {ConfigCheckCommand.class, ConfigDocsCommand.class})
public final class ConfigCommand {}
