package courseware.parse;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import courseware.model.CourseConfig;
import courseware.model.Figure;
import courseware.model.FrontMatter;
import courseware.model.QuizQuestion;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON Schemas (draft 2020-12) of the YAML the tool reads, made from the very records Jackson reads
 * it into, so a key added to or dropped from a record changes the schema (and fails the golden test
 * until docs/schema/ is refreshed). The records are plain (no Jackson annotations), so their
 * components are exactly the keys; a hand-written walk over them is shorter than a generator library
 * configured to see {@link YamlText} as the scalar it is. Every mapping is closed
 * ({@code additionalProperties: false}) because the tool rejects unknown keys.
 * What the schema cannot say (a key that is required, an id's pattern, a numeric answer that must
 * be {@code {{ expr ~ value }}}) stays with {@code courseware check}.
 */
final class YamlSchemas {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * File name in docs/schema/, the record, its title, the closed word lists of some keys, and the
     * keys the tool requires (checked against the tool key by key in YamlSchemaTest).
     */
    record Spec(String file, Class<? extends Record> type, String title, Map<String, List<String>> words, List<String> required) {}

    static final List<Spec> SPECS = List.of(
            new Spec("lesson-front-matter.schema.json", FrontMatter.class,
                    "courseware lesson front matter (the YAML between the first two '---' lines)", Map.of(),
                    List.of("id", "title", "module", "order")),
            new Spec("course.schema.json", CourseConfig.class, "courseware content/course.yml", Map.of(), List.of("title", "modules")),
            new Spec("quiz.schema.json", QuizReader.QuizBlock.class, "courseware quiz block (a fenced ```quiz block)",
                    Map.of("kind", words(QuizQuestion.Kind.values())), List.of()),
            new Spec("figure.schema.json", FigureReader.FigureBlock.class, "courseware figure block (a fenced ```figure block)",
                    Map.of("kind", Arrays.stream(Figure.Kind.values()).map(Figure.Kind::word).toList()), List.of()));

    private YamlSchemas() {}

    static ObjectNode schema(Spec spec) {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", spec.title());
        root.put("description", "Generated from " + spec.type().getName().replace('$', '.')
                + " by YamlSchemaTest; do not edit (refresh: mvn test -Dcourseware.updateGolden=true).");
        root.setAll(object(spec.type(), spec.words()));
        if (!spec.required().isEmpty()) {
            ArrayNode required = root.putArray("required");
            spec.required().forEach(required::add);
        }
        return root;
    }

    private static ObjectNode object(Class<?> record, Map<String, List<String>> words) {
        ObjectNode node = JSON.objectNode();
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        for (RecordComponent c : record.getRecordComponents()) {
            ObjectNode property = type(c.getGenericType(), words);
            List<String> closed = words.get(c.getName());
            if (closed != null) {
                ArrayNode values = property.putArray("enum");
                closed.forEach(values::add);
            }
            properties.set(c.getName(), property);
        }
        node.put("additionalProperties", false);
        return node;
    }

    private static ObjectNode type(Type type, Map<String, List<String>> words) {
        if (type instanceof ParameterizedType p && java.util.Map.class.isAssignableFrom((Class<?>) p.getRawType())) {
            ObjectNode node = JSON.objectNode(); // a mapping of any keys (such as course.yml's macros) to one type
            node.put("type", "object");
            node.set("additionalProperties", type(p.getActualTypeArguments()[1], words));
            return node;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            ObjectNode node = JSON.objectNode();
            node.put("type", "array");
            node.set("items", type(p.getActualTypeArguments()[0], words));
            return node;
        }
        ObjectNode node = JSON.objectNode();
        if (type == String.class || type == YamlText.class) {
            // Any scalar is read as its written text ('id: 1401', 'title: 2024').
            ArrayNode scalars = node.putArray("type");
            scalars.add("string").add("number").add("boolean");
        } else if (type == Integer.class) {
            node.put("type", "integer");
        } else if (type == Boolean.class) {
            node.put("type", "boolean");
        } else if (type instanceof Class<?> c && c.isRecord()) {
            return object(c, Map.of());
        } else {
            throw new IllegalArgumentException("no JSON Schema type for " + type + "; teach YamlSchemas this type");
        }
        return node;
    }

    private static List<String> words(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}
