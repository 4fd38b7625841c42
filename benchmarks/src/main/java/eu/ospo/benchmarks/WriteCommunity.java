package eu.ospo.benchmarks;

import eu.ospo.governance.GovernanceWriter;
import eu.ospo.model.Governance;
import eu.ospo.publiccode.PubliccodeWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a repository directory with the scale benchmark's community: {@code governance.yml} (the
 * {@link ScaleCommunity} of that many organisations) and its linked {@code publiccode.yml}, for
 * timing the command line on a big run ({@code cold-start.sh}).
 */
public final class WriteCommunity {

    private WriteCommunity() {}

    /**
     * Writes the directory.
     *
     * @param args the number of organisations and the directory (created if needed)
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: WriteCommunity ORGANISATIONS DIRECTORY");
        }
        Governance community = ScaleCommunity.generate(Integer.parseInt(args[0]));
        Path directory = Files.createDirectories(Path.of(args[1]));
        Files.writeString(directory.resolve("governance.yml"), GovernanceWriter.write(community));
        Files.writeString(
                directory.resolve("publiccode.yml"),
                PubliccodeWriter.write(
                        ScaleCommunity.publiccode(community).publicCode().orElseThrow()));
        System.out.println(ScaleCommunity.describe(community));
    }
}
