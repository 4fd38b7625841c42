package eu.ospo.publiccode;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Location;
import eu.ospo.problem.SourceMap;
import org.junit.jupiter.api.Test;

class SourceMapTest {

    private static final String YAML = String.join(
            "\n",
            "publiccodeYmlVersion: \"0\"",
            "name: x",
            "maintenance:",
            "  type: contract",
            "  contractors:",
            "    - name: ACME",
            "      until: \"2027-01-01\"",
            "");

    @Test
    void recordsKeyAndItemPositions() {
        SourceMap map = PubliccodeParser.builder().build().parse(YAML).sourceMap();
        assertThat(map.file()).isEqualTo("publiccode.yml");
        assertThat(map.find("name")).contains(new Location("publiccode.yml", "name", 2, 1));
        assertThat(map.find("maintenance.type")).contains(new Location("publiccode.yml", "maintenance.type", 4, 3));
        assertThat(map.find("maintenance.contractors[0]"))
                .contains(new Location("publiccode.yml", "maintenance.contractors[0]", 6, 7));
        assertThat(map.find("maintenance.contractors[0].until"))
                .contains(new Location("publiccode.yml", "maintenance.contractors[0].until", 7, 7));
    }

    @Test
    void locateFallsBackToTheNearestEnclosingKey() {
        SourceMap map = PubliccodeParser.builder().build().parse(YAML).sourceMap();
        assertThat(map.locate("maintenance.contractors[0].email"))
                .isEqualTo(new Location("publiccode.yml", "maintenance.contractors[0].email", 6, 7));
        assertThat(map.locate("legal.license")).isEqualTo(Location.of("publiccode.yml", "legal.license"));
        assertThat(map.find("legal")).isEmpty();
        assertThat(map.named("x.yml").locate("name").file()).isEqualTo("x.yml");
    }
}
