package eu.ospo.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into {@code eu/ospo/cli/version.properties}. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String number = ToolVersion.number();
        return new String[] {"ospo " + ("unknown".equals(number) ? "(unknown version)" : number)};
    }
}
