package eu.ospo.testkit;

import eu.ospo.testkit.internal.Draw;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators for property tests of CODEOWNERS readers: GitHub-valid rule lines built from a small
 * alphabet of folder and file names (so that patterns and paths often meet), comment and blank
 * lines, owners and repository paths. The text of a file is its lines joined with {@code \n}.
 */
public final class CodeOwnersFiles {

    private static final List<String> FOLDERS =
            List.of("src", "docs", "lib", "build", "apps", "logs", "test", ".github");
    private static final List<String> FILES =
            List.of("README.md", "Main.java", "index.html", "app.js", "notes.txt", "CODEOWNERS");
    private static final List<String> OWNERS =
            List.of("@alice", "@bob", "@carol-d", "@org/team", "@org/reviewers", "dev@example.org");

    private CodeOwnersFiles() {}

    /**
     * Paths of files in a repository: 0 to 3 folders then a file name, {@code /}-separated.
     *
     * @return the generator
     */
    public static Gen<String> paths() {
        return in -> path(new Draw(in));
    }

    /**
     * Lists of 1 to 8 repository paths.
     *
     * @return the generator
     */
    public static Gen<List<String>> pathLists() {
        return in -> {
            Draw draw = new Draw(in);
            List<String> paths = new ArrayList<>();
            int count = draw.between(1, 8);
            for (int i = 0; i < count; i++) {
                paths.add(path(draw));
            }
            return paths;
        };
    }

    /**
     * Patterns in the forms GitHub supports: {@code *}, {@code *.ext}, {@code name}, {@code dir/},
     * {@code /dir/}, {@code dir/*}, {@code **}{@code /dir}, {@code /dir/file}, {@code /dir/**}.
     *
     * @return the generator
     */
    public static Gen<String> patterns() {
        return in -> pattern(new Draw(in));
    }

    /**
     * GitHub-valid rule lines: a pattern and 0 to 3 owners (a line without owners makes paths
     * unowned), now and then with an inline comment.
     *
     * @return the generator
     */
    public static Gen<String> ruleLines() {
        return in -> rule(new Draw(in));
    }

    /**
     * Whole files: 0 to 12 rule lines, with comment and blank lines among them.
     *
     * @return the generator
     */
    public static Gen<List<String>> files() {
        return in -> {
            Draw draw = new Draw(in);
            List<String> lines = new ArrayList<>();
            int count = draw.between(0, 12);
            for (int i = 0; i < count; i++) {
                lines.add(draw.chance(20) ? filler(draw) : rule(draw));
            }
            return lines;
        };
    }

    /**
     * Lines that change nothing: blank lines, white space, and comments.
     *
     * @return the generator
     */
    public static Gen<String> fillers() {
        return in -> filler(new Draw(in));
    }

    /**
     * Owners as written in CODEOWNERS: users, teams and e-mail addresses.
     *
     * @return the generator
     */
    public static Gen<String> owners() {
        return in -> new Draw(in).pick(OWNERS);
    }

    private static String path(Draw draw) {
        StringBuilder path = new StringBuilder();
        int depth = draw.between(0, 3);
        for (int i = 0; i < depth; i++) {
            path.append(draw.pick(FOLDERS)).append('/');
        }
        return path.append(draw.pick(FILES)).toString();
    }

    private static String pattern(Draw draw) {
        String folder = draw.pick(FOLDERS);
        String file = draw.pick(FILES);
        String extension = file.substring(file.lastIndexOf('.') + 1);
        return switch (draw.between(0, 9)) {
            case 0 -> "*";
            case 1 -> "*." + extension;
            case 2 -> file;
            case 3 -> folder + "/";
            case 4 -> "/" + folder + "/";
            case 5 -> folder + "/*";
            case 6 -> "**/" + folder;
            case 7 -> "/" + folder + "/" + file;
            case 8 -> "/" + folder + "/**";
            default -> folder;
        };
    }

    private static String rule(Draw draw) {
        StringBuilder line = new StringBuilder(pattern(draw));
        int owners = draw.chance(15) ? 0 : draw.between(1, 3);
        for (int i = 0; i < owners; i++) {
            line.append(draw.chance(50) ? " " : "\t").append(draw.pick(OWNERS));
        }
        if (owners > 0 && draw.chance(10)) {
            line.append(" # inline comment");
        }
        return line.toString();
    }

    private static String filler(Draw draw) {
        return switch (draw.between(0, 3)) {
            case 0 -> "";
            case 1 -> "   ";
            case 2 -> "# " + draw.pick(FOLDERS) + " owners";
            default -> "#* @nobody";
        };
    }
}
