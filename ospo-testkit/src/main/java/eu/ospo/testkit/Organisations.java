package eu.ospo.testkit;

import eu.ospo.model.Organisation;
import eu.ospo.testkit.internal.Draw;
import eu.ospo.testkit.internal.OrganisationDraws;
import eu.ospo.testkit.internal.Shape;
import org.quicktheories.core.Gen;

/**
 * Generators of organisations: id, name, uri (a website, a TOOI URI or an iPA URN matching its
 * identifiers), an EU country, type, 0–2 well-formed identifiers in distinct schemes, at least one
 * role, and a membership interval between 2020 and 2030 ({@code left}, when present, not before
 * {@code joined}).
 */
public final class Organisations {

    private Organisations() {}

    /**
     * Organisations with ids {@code org1} to {@code org99}, without a community-time override.
     *
     * @return the generator
     */
    public static Gen<Organisation> any() {
        return in -> {
            Draw draw = new Draw(in);
            int index = draw.between(1, 99);
            return OrganisationDraws.organisation(draw, "org" + index, index, false, Shape.DEFAULT);
        };
    }
}
