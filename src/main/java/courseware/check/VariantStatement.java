package courseware.check;

import courseware.model.Stated;
import courseware.model.StatedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stated answer as another variant states it: the variant's recomputed value written at the author's precision
 * (the {@code --fix} restatement rule), with the author's tolerance, so the accepted interval means the same in
 * every variant. A truth value or text is stated as the engine gives it. Empty when the value cannot be written in
 * the author's style and still pass (a zero in scientific notation).
 */
final class VariantStatement {
    private VariantStatement() {}

    static Optional<Stated> of(Stated stated, Value value) {
        Optional<String> text = switch (stated.value()) {
            case StatedValue.Number n -> value instanceof Value.Num num ? Restatement.of(stated, num.value()) : Optional.empty();
            case StatedValue.Vector v -> value instanceof Value.Vec vec && vec.values().length == v.components().size()
                    ? vector(stated, v, vec) : Optional.empty();
            case StatedValue.Word w -> value instanceof Value.Bool b ? Optional.of(truth(w, b.value()))
                    : value instanceof Value.Str s ? Optional.of(s.value()) : Optional.empty();
        };
        return text.map(t -> new Stated(t, stated.pos(), StatedValue.read(t), stated.tolerance()));
    }

    private static Optional<String> vector(Stated stated, StatedValue.Vector v, Value.Vec vec) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < vec.values().length; i++) {
            StatedValue.Number c = v.components().get(i);
            Stated component = new Stated(c.written(), stated.pos(), c, stated.tolerance());
            Optional<String> part = Restatement.of(component, vec.values()[i]);
            if (part.isEmpty()) return Optional.empty();
            parts.add(part.get());
        }
        boolean square = stated.text().strip().startsWith("[");
        return Optional.of((square ? "[" : "(") + String.join(", ", parts) + (square ? "]" : ")"));
    }

    /** The author's words for truth: yes/no or true/false, in their letter case. */
    private static String truth(StatedValue.Word w, boolean value) {
        String said = w.text().strip();
        boolean yesNo = said.equalsIgnoreCase("yes") || said.equalsIgnoreCase("no");
        String word = yesNo ? (value ? "yes" : "no") : (value ? "true" : "false");
        return Character.isUpperCase(said.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }

}
