package courseware.parse;

import courseware.diag.Suggest;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.diag.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into typed records and reports every problem at its place in the file: unknown keys
 * (all of them, with a suggestion), wrong types, duplicate keys and syntax errors.
 */
final class Yaml {
    /**
     * Longest YAML line and longest YAML value, in characters. SnakeYAML rescans a long run of
     * characters without a space in time quadratic in its length (a 4 MB title took 30 s and 2 GB),
     * so long lines are refused before it sees them; values spread over many lines are checked as
     * they are read. Ten thousand characters is far beyond any title, prompt or explanation.
     */
    static final int MAX_TEXT = 10_000;

    private final ObjectMapper mapper;

    Yaml() {
        SimpleModule texts = new SimpleModule("courseware-text");
        texts.addDeserializer(YamlText.class, new YamlText.Deserializer());
        this.mapper = YAMLMapper.builder(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // A whole number is written as one: 1.5, 1.0, "3" and true are not silently made one.
                // (Numbers still read as text where text is expected: 'id: 1401', 'title: 2024'.)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .addModule(texts)
                .build();
    }

    /** Where a YAML text sits in its file: line 1 of the YAML is {@code firstLine} of the file. */
    record Origin(Source source, int firstLine, int colOffset) {
        Pos at(int yamlLine, int yamlCol) {
            return source.pos(firstLine + Math.max(1, yamlLine) - 1, Math.max(1, yamlCol) + colOffset);
        }

        Pos at(JsonLocation loc) {
            return loc == null ? at(1, 1) : at(loc.getLineNr(), loc.getColumnNr());
        }

        /** The column of {@code key:} on a YAML line, for messages about a key rather than its value. */
        Pos keyAt(int yamlLine, String key) {
            Pos line = at(yamlLine, 1);
            int col = source.line(line.line()).indexOf(key);
            return col < 0 ? line : source.pos(line.line(), col + 1);
        }

        /** Where the value of {@code key: value} starts on a YAML line (the key when no value follows). */
        Pos valueAt(int yamlLine, String key) {
            Pos keyPos = keyAt(yamlLine, key);
            String text = source.line(keyPos.line());
            int i = text.indexOf(':', keyPos.col() - 1 + key.length()) + 1;
            if (i <= 0) return keyPos;
            while (i < text.length() && text.charAt(i) == ' ') i++;
            return i < text.length() ? source.pos(keyPos.line(), i + 1) : keyPos;
        }
    }

    <T> Optional<T> read(String yaml, Class<T> type, Origin origin, Diagnostics diagnostics) {
        int longLine = firstLongLine(yaml);
        if (longLine > 0) {
            diagnostics.error(origin.at(longLine, 1), "this line is " + lineLength(yaml, longLine)
                    + " characters long; a line of YAML may have at most " + MAX_TEXT);
            return Optional.empty();
        }
        List<String> unknown = new ArrayList<>();
        DeserializationProblemHandler collectUnknownKeys = new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                    JsonDeserializer<?> deserializer, Object beanOrClass, String name) throws IOException {
                Collection<Object> known = deserializer.getKnownPropertyNames();
                List<String> names = known.stream().map(String::valueOf).sorted().toList();
                diagnostics.error(origin.keyAt(keyLine(yaml, name, p.currentTokenLocation().getLineNr()), name),
                        "unknown key '" + name + "'" + Suggest.hint(name, names) + "; expected one of: " + String.join(", ", names));
                unknown.add(name);
                p.skipChildren();
                return true;
            }
        };
        JsonParser parser = null; // over a String: nothing to close
        try {
            parser = new UntaggedParser(new LengthLimited(mapper.createParser(yaml)));
            T value = mapper.readerFor(type).withHandler(collectUnknownKeys).readValue(parser);
            if (value == null) {
                diagnostics.error(origin.at(1, 1), "expected a YAML mapping of keys, found nothing");
                return Optional.empty();
            }
            return unknown.isEmpty() ? Optional.of(value) : Optional.empty();
        } catch (MismatchedInputException e) {
            diagnostics.error(origin.at(e.getLocation()), mismatch(e));
        } catch (JsonProcessingException e) {
            report(e, yaml, parser, origin, diagnostics);
        } catch (IOException e) {
            diagnostics.error(origin.at(1, 1), "cannot read YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** A top-level text value read without the typed schema: best effort, for follow-up messages. */
    Optional<String> lenientString(String yamlText, String key) {
        if (firstLongLine(yamlText) > 0) return Optional.empty();
        try {
            com.fasterxml.jackson.databind.JsonNode node = mapper.readTree(yamlText);
            return node != null && node.path(key).isValueNode() ? Optional.of(node.path(key).asText()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The 1-based number of the first line longer than {@link #MAX_TEXT}, or 0: a scan with no allocation. */
    static int firstLongLine(String yaml) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= yaml.length(); i++) {
            if (i == yaml.length() || yaml.charAt(i) == '\n') {
                if (i - start > MAX_TEXT) return line;
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    private static int lineLength(String yaml, int line) {
        int start = 0;
        for (int l = 1; l < line; l++) start = yaml.indexOf('\n', start) + 1;
        int end = yaml.indexOf('\n', start);
        return (end < 0 ? yaml.length() : end) - start;
    }

    /** Refuses a value (or key) longer than {@link #MAX_TEXT} where it starts, before anything uses it. */
    private static final class LengthLimited extends JsonParserDelegate {
        LengthLimited(JsonParser d) { super(d); }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = super.nextToken();
            if (t != null && (t.isScalarValue() || t == JsonToken.FIELD_NAME)
                    && getTextLength() > MAX_TEXT) {
                String name = t == JsonToken.FIELD_NAME ? "this key"
                        : currentName() != null ? "'" + currentName() + "'" : "this value";
                throw new JsonParseException(this, name + " is " + getTextLength()
                        + " characters long; a YAML value may have at most " + MAX_TEXT, currentTokenLocation());
            }
            return t;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken t = nextToken(); // the delegate's own would bypass the check
            return t == JsonToken.FIELD_NAME ? nextToken() : t;
        }
    }

    /**
     * The YAML line where {@code key:} is written, at or after {@code near}: Jackson reports
     * keys of records at the start of the mapping, not at the key.
     */
    static int keyLine(String yaml, String key, int near) {
        String[] lines = yaml.split("\n", -1);
        java.util.regex.Pattern keyPattern = java.util.regex.Pattern.compile("^\\s*(- )?\\s*['\"]?" + java.util.regex.Pattern.quote(key) + "['\"]?\\s*:");
        for (int i = Math.max(0, near - 1); i < lines.length; i++) {
            if (keyPattern.matcher(lines[i]).find()) return i + 1;
        }
        return near;
    }

    private static void report(JsonProcessingException e, String yaml, JsonParser parser, Origin origin, Diagnostics diagnostics) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UntaggedParser.TagFound tag) {
                String written = writtenTag(yaml, tag.at, tag.tag);
                diagnostics.error(origin.at(tag.at), "YAML tag '" + written + "' is not accepted: lesson YAML is plain keys, text,"
                        + " numbers and lists; remove the tag" + (written.equals("!!binary") ? " and write the text itself" : ""));
                return;
            }
            if (t instanceof InputCoercionException && e instanceof JsonMappingException m) {
                // A number too large for its key; the parser still stands on it.
                Pos at = origin.at(parser == null ? e.getLocation() : parser.currentTokenLocation());
                diagnostics.error(at, where(m) + " must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
                return;
            }
            if (t instanceof MarkedYAMLException y) {
                // A problem at the end of the input ("got <stream end>") is better shown where the
                // unclosed construct began.
                boolean atEnd = y.getProblem() != null && y.getProblem().contains("<stream end>");
                Mark mark = atEnd && y.getContextMark() != null ? y.getContextMark()
                        : y.getProblemMark() != null ? y.getProblemMark() : y.getContextMark();
                Pos pos = mark == null ? origin.at(e.getLocation()) : origin.at(mark.getLine() + 1, mark.getColumn() + 1);
                String context = y.getContext() == null ? "" : " (" + y.getContext() + ")";
                diagnostics.error(pos, "invalid YAML: " + y.getProblem() + context);
                return;
            }
        }
        String message = e.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            message = "duplicate key " + message.substring("Duplicate field ".length());
        }
        diagnostics.error(origin.at(e.getLocation()), message);
    }

    /** "'order' must be a whole number" rather than Jackson's class names. */
    private static String mismatch(MismatchedInputException e) {
        return where(e) + " must be " + describe(e.getTargetType());
    }

    /** The key a mapping problem is about, quoted, or the kind of YAML text when it is about the whole. */
    private static String where(JsonMappingException e) {
        String key = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        return key != null ? "'" + key + "'"
                : type == courseware.model.FrontMatter.class ? "the front matter"
                : type == courseware.model.CourseConfig.class ? "course.yml"
                : type == FigureReader.FigureBlock.class ? "a figure block"
                : "a quiz block";
    }

    /**
     * The tag as written at {@code at} ({@code !!binary}, {@code !local}), skipping an anchor
     * written before it; the resolved form when the text does not show it.
     */
    private static String writtenTag(String yaml, JsonLocation at, String resolved) {
        String[] lines = yaml.split("\n", -1);
        int line = at.getLineNr() - 1;
        if (line >= 0 && line < lines.length) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("!<[^>]*>|![^\\s,\\[\\]{}]*")
                    .matcher(lines[line]).region(Math.max(0, Math.min(at.getColumnNr() - 1, lines[line].length())), lines[line].length());
            if (m.find()) return m.group();
        }
        String core = "tag:yaml.org,2002:";
        return resolved.startsWith(core) ? "!!" + resolved.substring(core.length()) : "!" + resolved;
    }

    private static String describe(Class<?> type) {
        if (type == null) return "of another type";
        if (type == Integer.class || type == int.class || type == Long.class) return "a whole number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == String.class || type == YamlText.class) return "text";
        if (List.class.isAssignableFrom(type)) return "a list";
        if (type.isRecord()) return "a mapping of keys (" + String.join(", ", new TreeSet<>(
                java.util.Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList())) + ")";
        return "a " + type.getSimpleName();
    }

}
