package courseware.render.figure;

/** A small SVG writer: elements with attributes in the order given, numbers to one decimal. */
final class Svg {
    private final StringBuilder out = new StringBuilder();

    /** A coordinate: one decimal, no trailing ".0", never "-0". */
    static String n(double v) {
        long tenths = Math.round(v * 10);
        if (tenths == 0) return "0";
        String sign = tenths < 0 ? "-" : "";
        long a = Math.abs(tenths);
        return sign + (a / 10) + (a % 10 == 0 ? "" : "." + (a % 10));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    void open(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
    }

    void close(String name) {
        out.append("</").append(name).append('>');
    }

    void empty(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>");
    }

    void element(String name, String text, String... attributes) {
        open(name, attributes);
        out.append(escape(text));
        close(name);
    }

    /** A text element; {@code anchor} is start, middle or end. */
    void text(String text, double x, double y, String cls, String anchor) {
        if (anchor.equals("start")) element("text", text, "class", cls, "x", n(x), "y", n(y));
        else element("text", text, "class", cls, "x", n(x), "y", n(y), "text-anchor", anchor);
    }

    void raw(String markup) {
        out.append(markup);
    }

    private void attributes(String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) out.append(' ').append(pairs[i]).append("=\"").append(escape(pairs[i + 1])).append('"');
    }

    @Override
    public String toString() { return out.toString(); }
}
