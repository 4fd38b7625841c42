package eu.ospo.publiccode.net;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small valid publiccode.yml whose online values are set by the test (a value of {@code null}
 * leaves its key out). Line numbers of the keys are fixed: see {@link #line(String)}.
 */
public final class TestFile {

    private final Map<String, String> values = new LinkedHashMap<>();

    private TestFile() {
        values.put("url", null);
        values.put("landingURL", null);
        values.put("isBasedOn", null);
        values.put("logo", null);
        values.put("roadmap", null);
        values.put("documentation", null);
        values.put("apiDocumentation", null);
        values.put("screenshot", null);
        values.put("video", null);
        values.put("fundedBy", null);
    }

    /**
     * A file with {@code url} set.
     *
     * @param url the repository URL
     * @return the file
     */
    public static TestFile withUrl(String url) {
        TestFile file = new TestFile();
        file.values.put("url", url);
        return file;
    }

    /**
     * Sets a value.
     *
     * @param key one of url, landingURL, isBasedOn, logo, roadmap, documentation, apiDocumentation,
     *     screenshot, video, fundedBy
     * @param value the value
     * @return this file
     */
    public TestFile with(String key, String value) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException(key);
        }
        values.put(key, value);
        return this;
    }

    /** The YAML. */
    public String yaml() {
        StringBuilder out = new StringBuilder("publiccodeYmlVersion: \"0\"\nname: Medusa\n");
        line(out, "url", "");
        line(out, "landingURL", "");
        line(out, "isBasedOn", "");
        line(out, "logo", "");
        line(out, "roadmap", "");
        out.append("platforms:\n  - web\ndevelopmentStatus: stable\nsoftwareType: library\n");
        if (values.get("fundedBy") != null) {
            out.append("fundedBy:\n  - uri: \"").append(values.get("fundedBy")).append("\"\n");
        }
        out.append("description:\n  en:\n")
                .append("    shortDescription: A rather short description\n")
                .append("    longDescription: >-\n")
                .append("      A long description of this software, long enough to be accepted by the rules of the\n")
                .append("      standard, which want at least one hundred and fifty characters in it.\n")
                .append("    features:\n      - Some feature\n");
        line(out, "documentation", "    ");
        line(out, "apiDocumentation", "    ");
        if (values.get("screenshot") != null) {
            out.append("    screenshots:\n      - \"")
                    .append(values.get("screenshot"))
                    .append("\"\n");
        }
        if (values.get("video") != null) {
            out.append("    videos:\n      - \"").append(values.get("video")).append("\"\n");
        }
        out.append("legal:\n  license: MIT\nmaintenance:\n  type: none\n")
                .append("localisation:\n  localisationReady: true\n  availableLanguages:\n    - en\n");
        return out.toString();
    }

    /**
     * The 1-based line of a key in {@link #yaml()} (of its list item for screenshot and video).
     *
     * @param key the key
     * @return its line
     */
    public int line(String key) {
        String[] lines = yaml().split("\n");
        String wanted = switch (key) {
            case "screenshot" -> "    screenshots:";
            case "video" -> "    videos:";
            case "fundedBy" -> "  - uri:";
            default -> null;
        };
        for (int i = 0; i < lines.length; i++) {
            if (wanted != null && lines[i].startsWith(wanted)) {
                return key.equals("fundedBy") ? i + 1 : i + 2;
            }
            if (wanted == null && lines[i].strip().startsWith(key + ":")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line for " + key);
    }

    private void line(StringBuilder out, String key, String indent) {
        String value = values.get(key);
        if (value != null) {
            out.append(indent).append(key).append(": \"").append(value).append("\"\n");
        }
    }
}
