package eu.ospo.cli;

import eu.ospo.Ospo;
import picocli.CommandLine.IVersionProvider;

/** The library's version ({@link Ospo#version()}) for {@code --version}. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String number = Ospo.version();
        return new String[] {"ospo " + (Ospo.UNKNOWN_VERSION.equals(number) ? "(unknown version)" : number)};
    }
}
