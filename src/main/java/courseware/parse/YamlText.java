package courseware.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * A YAML scalar read as text, with the 1-based line and column (in the YAML) where it starts, so
 * Markdown and math inside it map back to the file. Numbers and booleans keep their written form.
 */
record YamlText(String value, int line, int col) {

    static final class Deserializer extends StdDeserializer<YamlText> {
        private static final long serialVersionUID = 1L;

        Deserializer() { super(YamlText.class); }

        @Override
        public YamlText deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isScalarValue()) {
                return (YamlText) ctxt.handleUnexpectedToken(YamlText.class, p);
            }
            JsonLocation at = p.currentTokenLocation();
            return new YamlText(p.getText(), at.getLineNr(), at.getColumnNr());
        }
    }
}
