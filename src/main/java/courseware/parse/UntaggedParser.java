package courseware.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A YAML parser that stops at the first explicit tag ({@code !!binary}, {@code !!str},
 * {@code !!java.lang.Runtime}, {@code !local}). Jackson would otherwise act on some tags silently
 * ({@code !!binary} is decoded and re-encoded, {@code !!int} coerces) and ignore the others;
 * lesson YAML is plain keys and text, so any tag is a mistake or an attempt at something else.
 * Every {@code next...} method of {@link JsonParser} goes through {@link #nextToken()}.
 */
final class UntaggedParser extends JsonParserDelegate {
    /** The tag as the parser resolved it ({@code tag:yaml.org,2002:binary}) and where its node starts. */
    static final class TagFound extends JsonParseException {
        private static final long serialVersionUID = 1L;
        final String tag;
        final transient JsonLocation at;

        TagFound(JsonParser p, String tag, JsonLocation at) {
            super(p, "explicit YAML tag " + tag, at);
            this.tag = tag;
            this.at = at;
        }
    }

    UntaggedParser(JsonParser yaml) {
        super(yaml);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        Object tag = token == null ? null : delegate.getTypeId();
        if (tag != null) throw new TagFound(this, tag.toString(), delegate.currentTokenLocation());
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }
}
