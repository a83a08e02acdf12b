package courseware.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A full-text index in the form MiniSearch 7.2.0 serializes itself ({@code toJSON}, serialization version 2),
 * built at build time so the page only loads it ({@code MiniSearch.loadJS}) instead of tokenizing the whole
 * course on the learner's first search. Ranking stays MiniSearch's: this class only does what its
 * {@code add} does with the default tokenizer and term processing. {@code MiniSearchParityTest} runs the
 * shipped library in GraalJS on the same documents and requires the same index, value for value, so a new
 * MiniSearch version that changes any of this fails the build's tests, not the learner's search.
 */
final class MiniSearchIndex {
    /** MiniSearch's default tokenizer splits on {@code /[\n\r\p{Z}\p{P}]+/u}; Java's classes mean the same categories. */
    private static final Pattern SPACE_OR_PUNCTUATION = Pattern.compile("[\\n\\r\\p{Z}\\p{P}]+");

    private final List<String> fields;
    private final List<String> storeFields;
    private final List<int[]> fieldLengths = new ArrayList<>();
    private final List<List<String>> stored = new ArrayList<>();
    private final double[] averageFieldLength;
    private final Map<String, Postings> index = new HashMap<>();

    MiniSearchIndex(List<String> fields, List<String> storeFields) {
        this.fields = List.copyOf(fields);
        this.storeFields = List.copyOf(storeFields);
        this.averageFieldLength = new double[fields.size()];
    }

    /**
     * Adds the next document; its short id (and its id, which this index makes the same) is its position.
     * {@code values} must hold every field and stored field.
     */
    void add(Map<String, String> values) {
        int id = fieldLengths.size();
        int[] lengths = new int[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            String[] tokens = tokenize(value(values, fields.get(f)));
            lengths[f] = new HashSet<>(List.of(tokens)).size(); // distinct tokens before lower-casing, as MiniSearch counts
            // The running mean, computed in MiniSearch's order, so the doubles are the same to the last bit.
            averageFieldLength[f] = (averageFieldLength[f] * id + lengths[f]) / (id + 1);
            for (String token : tokens) {
                String term = token.toLowerCase(Locale.ROOT);
                if (term.isEmpty()) continue;
                index.computeIfAbsent(term, t -> new Postings(fields.size())).add(f, id);
            }
        }
        fieldLengths.add(lengths);
        stored.add(storeFields.stream().map(name -> value(values, name)).toList());
    }

    private static String value(Map<String, String> values, String name) {
        String v = values.get(name);
        if (v == null) throw new IllegalArgumentException("no value for field " + name);
        return v;
    }

    /** JavaScript's {@code split}: keeps empty leading and trailing pieces, and {@code ""} gives one empty piece. */
    private static String[] tokenize(String text) {
        return SPACE_OR_PUNCTUATION.split(text, -1);
    }

    /** The object {@code toJSON} returns, keys in its order; terms sorted, so the bytes depend only on the documents. */
    void write(JsonGenerator g) throws IOException {
        int n = fieldLengths.size();
        g.writeStartObject();
        g.writeNumberField("documentCount", n);
        g.writeNumberField("nextId", n);
        g.writeObjectFieldStart("documentIds");
        for (int i = 0; i < n; i++) g.writeNumberField(Integer.toString(i), i);
        g.writeEndObject();
        g.writeObjectFieldStart("fieldIds");
        for (int f = 0; f < fields.size(); f++) g.writeNumberField(fields.get(f), f);
        g.writeEndObject();
        g.writeObjectFieldStart("fieldLength");
        for (int i = 0; i < n; i++) {
            g.writeFieldName(Integer.toString(i));
            g.writeArray(fieldLengths.get(i), 0, fields.size());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("averageFieldLength");
        for (int f = 0; n > 0 && f < fields.size(); f++) g.writeNumber(averageFieldLength[f]); // MiniSearch starts with []
        g.writeEndArray();
        g.writeObjectFieldStart("storedFields");
        for (int i = 0; i < n; i++) {
            g.writeObjectFieldStart(Integer.toString(i));
            for (int s = 0; s < storeFields.size(); s++) g.writeStringField(storeFields.get(s), stored.get(i).get(s));
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeNumberField("dirtCount", 0);
        g.writeArrayFieldStart("index");
        for (Map.Entry<String, Postings> term : new TreeMap<>(index).entrySet()) {
            g.writeStartArray();
            g.writeString(term.getKey());
            term.getValue().write(g);
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeNumberField("serializationVersion", 2);
        g.writeEndObject();
    }

    /** Digits of the compact numbers in the sharded form: the last digit of a number, base 32. */
    static final String LAST_DIGITS = "0123456789abcdefghijklmnopqrstuv";
    /** And every digit before its last, so numbers need no separator. Neither set needs escaping in JSON or JavaScript. */
    static final String MORE_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ@$%&*+";

    /** A number in the compact form, most significant digit first. */
    static void compact(StringBuilder b, int v) {
        if (v < 0) throw new IllegalArgumentException("negative: " + v);
        int shift = 0;
        while (shift < 30 && (v >>> (shift + 5)) != 0) shift += 5;
        for (; shift > 0; shift -= 5) b.append(MORE_DIGITS.charAt((v >>> shift) & 31));
        b.append(LAST_DIGITS.charAt(v & 31));
    }

    int documentCount() { return fieldLengths.size(); }

    /** The indexed terms in order (Java's String order is JavaScript's: UTF-16 code units). */
    SortedMap<String, Postings> terms() { return new TreeMap<>(index); }

    /**
     * The head of the sharded form: what scoring needs about the whole corpus ({@code documentCount}, {@code fieldIds},
     * {@code averageFieldLength}, each document's field lengths as compact numbers, field by field) and every term in
     * order, written into the object {@code g} is in.
     */
    void writeHeadFields(JsonGenerator g) throws IOException {
        int n = fieldLengths.size();
        g.writeNumberField("documentCount", n);
        g.writeObjectFieldStart("fieldIds");
        for (int f = 0; f < fields.size(); f++) g.writeNumberField(fields.get(f), f);
        g.writeEndObject();
        g.writeArrayFieldStart("averageFieldLength");
        for (int f = 0; n > 0 && f < fields.size(); f++) g.writeNumber(averageFieldLength[f]);
        g.writeEndArray();
        StringBuilder lengths = new StringBuilder(n * (fields.size() + 1));
        for (int[] l : fieldLengths) for (int v : l) compact(lengths, v);
        g.writeStringField("fieldLength", lengths.toString());
    }

    /** Document {@code doc}'s stored values, in the order of the stored fields. */
    List<String> stored(int doc) { return stored.get(doc); }

    /** One term's occurrences: per field, the documents it occurs in (ascending, as they arrive) and how often. */
    static final class Postings {
        private final int[][] docs;
        private final int[][] counts;
        private final int[] size;

        Postings(int fields) {
            docs = new int[fields][];
            counts = new int[fields][];
            size = new int[fields];
        }

        void add(int field, int doc) {
            int n = size[field];
            if (n > 0 && docs[field][n - 1] == doc) {
                counts[field][n - 1]++;
                return;
            }
            if (n == 0) {
                docs[field] = new int[2];
                counts[field] = new int[2];
            } else if (n == docs[field].length) {
                docs[field] = Arrays.copyOf(docs[field], 2 * n);
                counts[field] = Arrays.copyOf(counts[field], 2 * n);
            }
            docs[field][n] = doc;
            counts[field][n] = 1;
            size[field] = n + 1;
        }

        /** {@code {fieldId: {docId: count}}}, as {@code toJSON} writes a term's data. */
        void write(JsonGenerator g) throws IOException {
            g.writeStartObject();
            for (int f = 0; f < size.length; f++) {
                if (size[f] == 0) continue;
                g.writeObjectFieldStart(Integer.toString(f));
                for (int i = 0; i < size[f]; i++) {
                    g.writeFieldName(Integer.toString(docs[f][i]));
                    g.writeNumber(counts[f][i]);
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }

        /**
         * {@code {fieldId: "compact"}}: per document, in order, its distance from the one before (the first from -1)
         * times 4 plus its count less one, capped at 3; a count of 4 or more follows as count - 4.
         */
        void writeCompact(JsonGenerator g) throws IOException {
            g.writeStartObject();
            StringBuilder b = new StringBuilder();
            for (int f = 0; f < size.length; f++) {
                if (size[f] == 0) continue;
                b.setLength(0);
                int previous = -1;
                for (int i = 0; i < size[f]; i++) {
                    int c = counts[f][i];
                    compact(b, (docs[f][i] - previous) * 4 + Math.min(c, 4) - 1);
                    if (c >= 4) compact(b, c - 4);
                    previous = docs[f][i];
                }
                g.writeStringField(Integer.toString(f), b.toString());
            }
            g.writeEndObject();
        }
    }
}
