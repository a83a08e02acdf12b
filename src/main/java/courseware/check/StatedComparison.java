package courseware.check;

import courseware.model.Stated;
import courseware.model.StatedValue;
import java.util.ArrayList;
import java.util.List;

/** Compares a stated answer, typed at parse, with the engine's value, by the kind of value. */
final class StatedComparison {
    /** The verdict and what the statement accepts, or a problem with the statement itself. */
    record Outcome(boolean passed, Acceptance acceptance, String problem) {
        static Outcome problem(String message) { return new Outcome(false, new Acceptance.Shown(), message); }
    }

    private StatedComparison() {}

    static Outcome compare(Stated stated, Value engine) {
        StatedValue said = stated.value();
        if (engine instanceof Value.Num n) {
            if (!(said instanceof StatedValue.Number s)) return Outcome.problem("the engine gives a number, but '" + stated.text() + "' is not one");
            Tolerance t = Tolerance.of(s.value(), stated.tolerance());
            return new Outcome(t.accepts(n.value()), new Acceptance.Within(List.of(t)), null);
        }
        if (engine instanceof Value.Vec v) {
            if (!(said instanceof StatedValue.Vector s)) {
                return Outcome.problem(said instanceof StatedValue.Word w && w.bracketed()
                        ? "'" + stated.text() + "' has a component that is not a number; write the vector as (a, b, ...) with a number for each"
                        : "the engine gives a vector, write it as (a, b, ...)");
            }
            if (s.components().size() != v.values().length) {
                return Outcome.problem("the engine gives " + v.values().length + " components, '" + stated.text() + "' has " + s.components().size());
            }
            boolean passed = true;
            List<Tolerance> ranges = new ArrayList<>();
            for (int i = 0; i < v.values().length; i++) {
                Tolerance t = Tolerance.of(s.components().get(i).value(), stated.tolerance());
                passed &= t.accepts(v.values()[i]);
                ranges.add(t);
            }
            return new Outcome(passed, new Acceptance.Within(ranges), null);
        }
        if (engine instanceof Value.Bool b) {
            java.util.Optional<Boolean> s = said instanceof StatedValue.Word w ? w.truth() : java.util.Optional.empty();
            if (s.isEmpty()) return Outcome.problem("the engine gives true or false; state yes, no, true or false");
            return new Outcome(s.get() == b.value(), new Acceptance.Exactly(new Value.Bool(s.get())), null);
        }
        if (engine instanceof Value.Str t) {
            String text = stated.text().strip();
            return new Outcome(t.value().equals(text), new Acceptance.Exactly(new Value.Str(text)), null);
        }
        if (engine instanceof Value.Sched sched) {
            return Outcome.problem("the engine gives the schedule " + sched.show() + ", not a number; give the schedule function a step"
                    + " (step=...) or write lr_at(schedule, step)");
        }
        return Outcome.problem("the engine gives " + engine.kind() + "; state one of its fields, e.g. {{ result.norm ~ ... }}");
    }
}
