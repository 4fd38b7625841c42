package eu.ospo.publiccode.internal;

import eu.ospo.publiccode.internal.check.Graphemes;
import eu.ospo.publiccode.internal.check.LanguageTags;
import eu.ospo.publiccode.internal.check.OEmbedSchemes;
import eu.ospo.publiccode.internal.check.Urls;
import eu.ospo.publiccode.internal.net.OnlineChecks;
import eu.ospo.publiccode.model.Description;
import eu.ospo.yaml.internal.KeyPath;
import eu.ospo.yaml.internal.MappingReader;
import eu.ospo.yaml.internal.MappingReader.Field;
import eu.ospo.yaml.internal.MappingReader.Text;
import eu.ospo.yaml.internal.ProblemList;
import eu.ospo.yaml.internal.YamlMapping;
import eu.ospo.yaml.internal.YamlSequence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code description}: a map from BCP 47 tags to per-language descriptions. */
final class DescriptionReader {

    private final FileReferences files;
    private final OnlineChecks online;

    DescriptionReader(FileReferences files, OnlineChecks online) {
        this.files = files;
        this.online = online;
    }

    Map<String, Description> read(MappingReader top) {
        Map<String, Description> descriptions = new LinkedHashMap<>();
        KeyPath path = top.path().field("description");
        Optional<MappingReader> mapping = top.mapping("description");
        ProblemList problems = top.problems();
        if (mapping.isEmpty()) {
            problems.requiredList(path, top.has("description") ? top.keyPosition("description") : top.position());
            return descriptions;
        }
        List<YamlMapping.Entry> entries = mapping.get().entries();
        if (entries.isEmpty()) {
            problems.empty(path, top.keyPosition("description"));
            return descriptions;
        }
        boolean reported = false;
        for (YamlMapping.Entry entry : entries) {
            String language = entry.name();
            if (!reported && !LanguageTags.instance().isValid(language)) {
                problems.error(
                        Codes.LANGUAGE,
                        path,
                        top.keyPosition("description"),
                        "description must be a valid BCP 47 language",
                        "value",
                        language);
                reported = true;
            }
            KeyPath languagePath = path.key(language);
            if (entry.value() instanceof YamlMapping languageMapping) {
                language(top.child(languageMapping, languagePath)).ifPresent(d -> descriptions.put(language, d));
            } else {
                problems.wrongType(languagePath, entry.value(), "a mapping");
            }
        }
        return descriptions;
    }

    private Optional<Description> language(MappingReader mapping) {
        ProblemList problems = mapping.problems();
        Optional<String> localisedName = PubliccodeReader.value(mapping.text("localisedName"));
        Optional<Text> genericName = mapping.text("genericName");
        genericName.ifPresent(g -> {
            maxLength(problems, g, 35);
            if (!g.value().isEmpty()) {
                problems.deprecated(g.path(), g.key(), "It's safe to drop it");
            }
        });
        Optional<Text> shortDescription = mapping.requiredText("shortDescription");
        shortDescription.ifPresent(s -> maxLength(problems, s, 150));
        Optional<Text> longDescription = mapping.requiredText("longDescription");
        longDescription.ifPresent(l -> {
            int length = Graphemes.count(l.value());
            if (length < 150) {
                problems.error(
                        Codes.TOO_SHORT,
                        l.path(),
                        l.key(),
                        "longDescription must be at least 150 characters in length",
                        "min",
                        "150",
                        "length",
                        Integer.toString(length));
            } else if (length > 10_000) {
                tooLong(problems, l, 10_000, length);
            }
        });
        Optional<Text> documentation = httpUrl(mapping, "documentation");
        Optional<Text> apiDocumentation = httpUrl(mapping, "apiDocumentation");
        documentation.ifPresent(online::reachable);
        apiDocumentation.ifPresent(online::reachable);
        List<Text> features = features(mapping);
        List<Text> screenshots = mapping.texts("screenshots");
        screenshots.forEach(files::screenshot);
        List<Text> videos = mapping.texts("videos");
        for (Text video : videos) {
            if (!Urls.isHttpUrl(video.value())) {
                problems.error(
                        Codes.HTTP_URL, video.path(), video.at(), video.path().fieldName() + " must be an HTTP URL");
            }
            if (OEmbedSchemes.instance().matches(video.value())) {
                online.video(video);
            } else {
                problems.error(
                        Codes.VIDEO,
                        video.path(),
                        video.at(),
                        "'" + ProblemList.echo(video.value())
                                + "' is not a valid video URL supporting oEmbed: invalid oEmbed link: "
                                + ProblemList.echo(video.value()),
                        "value",
                        video.value());
            }
        }
        List<String> awards = PubliccodeReader.strings(mapping.texts("awards"));
        mapping.finish();
        if (shortDescription.isEmpty() || longDescription.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Description(
                localisedName,
                genericName.map(Text::value),
                shortDescription.get().value(),
                longDescription.get().value(),
                documentation.map(Text::value),
                apiDocumentation.map(Text::value),
                PubliccodeReader.strings(features),
                PubliccodeReader.strings(screenshots),
                PubliccodeReader.strings(videos),
                awards));
    }

    private static Optional<Text> httpUrl(MappingReader mapping, String name) {
        Optional<Text> text = mapping.text(name);
        text.filter(t -> !Urls.isHttpUrl(t.value()))
                .ifPresent(t -> mapping.problems()
                        .error(Codes.HTTP_URL, t.path(), t.key(), name + " must be an HTTP URL", "value", t.value()));
        return text;
    }

    private static List<Text> features(MappingReader mapping) {
        Optional<Field<YamlSequence>> field = mapping.sequence("features");
        KeyPath path = mapping.path().field("features");
        if (field.isEmpty()) {
            mapping.problems()
                    .requiredList(path, mapping.has("features") ? mapping.keyPosition("features") : mapping.position());
            return List.of();
        }
        if (field.get().node().items().isEmpty()) {
            mapping.problems().empty(path, field.get().key());
            return List.of();
        }
        return mapping.texts(field.get().node(), path, field.get().key());
    }

    private static void maxLength(ProblemList problems, Text text, int max) {
        int length = Graphemes.count(text.value());
        if (length > max) {
            tooLong(problems, text, max, length);
        }
    }

    private static void tooLong(ProblemList problems, Text text, int max, int length) {
        problems.error(
                Codes.TOO_LONG,
                text.path(),
                text.key(),
                text.path().fieldName() + " must be a maximum of " + max + " characters in length",
                "max",
                Integer.toString(max),
                "length",
                Integer.toString(length));
    }
}
