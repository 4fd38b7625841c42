package eu.ospo.publiccode.internal;

import eu.ospo.publiccode.internal.check.IpaCodes;
import eu.ospo.publiccode.model.ItalianExtension;
import eu.ospo.publiccode.model.ItalianExtension.Conforme;
import eu.ospo.publiccode.model.ItalianExtension.Piattaforme;
import eu.ospo.publiccode.model.ItalianExtension.Riuso;
import eu.ospo.yaml.internal.KeyPath;
import eu.ospo.yaml.internal.MappingReader;
import eu.ospo.yaml.internal.MappingReader.Text;
import eu.ospo.yaml.internal.ProblemList;
import eu.ospo.yaml.internal.YamlScalar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Reads the deprecated Italian section, {@code IT} or lower-case {@code it}. */
final class ItalianSectionReader {

    Optional<ItalianExtension> read(MappingReader top) {
        ProblemList problems = top.problems();
        boolean upper = top.has("IT");
        boolean lower = top.has("it");
        KeyPath lowerPath = top.path().field("it");
        if (lower) {
            problems.warning(
                    ProblemList.DEPRECATED,
                    lowerPath,
                    top.keyPosition("it"),
                    "Lowercase country codes are DEPRECATED and will be removed in the future. Use 'IT' instead");
        }
        if (upper && lower) {
            problems.error(
                    Codes.SECTION_DUPLICATE,
                    lowerPath,
                    top.keyPosition("it"),
                    "'IT' key already present. Remove this key");
            top.accept("it");
        }
        Optional<MappingReader> section = upper ? top.mapping("IT") : top.mapping("it");
        top.accept("IT");
        top.accept("it");
        return section.map(this::section);
    }

    private ItalianExtension section(MappingReader it) {
        ProblemList problems = it.problems();
        Optional<Text> version = it.text("countryExtensionVersion");
        boolean number = it.entry("countryExtensionVersion")
                .map(e -> e.value() instanceof YamlScalar s && s.type() == YamlScalar.Type.FLOAT)
                .orElse(false);
        version.filter(v -> !List.of("0.2", "1.0").contains(number ? asNumber(v.value()) : v.value()))
                .ifPresent(v -> problems.notAllowed(v.path(), v.key(), List.of("0.2", "1.0")));
        Optional<Conforme> conforme = it.mapping("conforme").map(c -> {
            problems.deprecated(c.path(), it.keyPosition("conforme"), "It's safe to drop it");
            Conforme value = new Conforme(
                    flag(c, "lineeGuidaDesign"),
                    flag(c, "modelloInteroperabilita"),
                    flag(c, "misureMinimeSicurezza"),
                    flag(c, "gdpr"));
            c.finish();
            return value;
        });
        Optional<Piattaforme> piattaforme = it.mapping("piattaforme").map(p -> {
            Piattaforme value =
                    new Piattaforme(flag(p, "spid"), flag(p, "pagopa"), flag(p, "cie"), flag(p, "anpr"), flag(p, "io"));
            p.finish();
            return value;
        });
        Optional<Riuso> riuso = it.mapping("riuso").map(r -> {
            Optional<Text> code = r.text("codiceIPA");
            code.filter(c -> !c.value().isEmpty()).ifPresent(c -> codiceIpa(problems, c));
            r.finish();
            return new Riuso(code.map(Text::value));
        });
        it.finish();
        // an unquoted 0.20 is the number 0.2: the model holds the version it reads as, so that
        // writing the model gives a file that is valid again
        return new ItalianExtension(
                version.map(v -> number ? asNumber(v.value()) : v.value()), conforme, piattaforme, riuso);
    }

    private static boolean flag(MappingReader mapping, String name) {
        return mapping.bool(name).orElse(false);
    }

    private static void codiceIpa(ProblemList problems, Text code) {
        if (IpaCodes.instance().isKnown(code.value())) {
            problems.deprecated(
                    code.path(),
                    code.key(),
                    "Use 'organisation.uri' and set it to 'urn:x-italian-pa:" + code.value() + "' instead");
        } else {
            problems.error(
                    Codes.IPA_CODE,
                    code.path(),
                    code.key(),
                    "codiceIPA must be a valid Italian Public Administration Code (iPA) (see"
                            + " https://github.com/publiccodeyml/italian-organizations-ipa-vocabulary)",
                    "code",
                    code.value());
        }
    }

    /**
     * An unquoted decimal as the reference validator's decoder turns it into text: the shortest form of
     * the number ({@code 1.0} becomes {@code 1}, {@code 0.20} becomes {@code 0.2}), so an unquoted
     * {@code 1.0} is not the version "1.0". Only numbers written with a point are decoded that way.
     */
    static String asNumber(String text) {
        if (!text.contains(".")) {
            return text;
        }
        try {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
