package courseware.check;

import java.util.List;

/**
 * One function callable from check expressions: its parameters (with defaults) and what it
 * computes. {@code doc} is the one-line description shown in docs/engine.md and error messages.
 * {@code cost} estimates a call's work from its arguments before it runs, in the units of
 * {@link WorkBudget}.
 */
record Fn(String name, List<Param> params, String doc, Body body, Cost cost) {

    /** A function whose work is one unit plus the length of its vector arguments. */
    Fn(String name, List<Param> params, String doc, Body body) {
        this(name, params, doc, body, Cost.SMALL);
    }

    /** The same function with its own estimate of the work a call does. */
    Fn withCost(Cost estimate) {
        return new Fn(name, params, doc, body, estimate);
    }

    @FunctionalInterface
    interface Body {
        Value apply(Args args);
    }

    /** Work units a call will take; may throw IllegalArgumentException like the body would. */
    @FunctionalInterface
    interface Cost {
        Cost SMALL = a -> 1 + a.values().values().stream().mapToLong(v -> v instanceof Value.Vec vec ? vec.values().length : 0).sum();

        long of(Args args);
    }

    /** {@code defaultValue} null means required. */
    record Param(String name, Kind kind, Value defaultValue) {
        static Param required(String name, Kind kind) { return new Param(name, kind, null); }

        static Param optional(String name, Kind kind, Value defaultValue) { return new Param(name, kind, defaultValue); }

        /** May be left out; the default reads "none" and {@link Args#absent} tells. */
        static Param omittable(String name, Kind kind) { return new Param(name, kind, new Value.None()); }
    }

    enum Kind {
        NUMBER("a number"), WHOLE("a whole number"), VECTOR("a vector such as (3, 4)"), TEXT("text in quotes"),
        BOOL("true or false"), OBJECTIVE("an objective such as \"sin(x) + 0.2*x\""),
        STEP("a step in quotes, in the state s and the step index k, such as \"s - 0.1*grad(loss, s)\""), ANY("a value");

        final String description;

        Kind(String description) { this.description = description; }
    }

    /** Arguments bound to parameter names, converted to the parameter kinds. */
    record Args(java.util.Map<String, Value> values, java.util.Set<String> explicit) {
        double num(String name) { return ((Value.Num) values.get(name)).value(); }

        long whole(String name) { return (long) num(name); }

        /** A whole number that must fit a count (0 to 2^31 - 1), e.g. seeds or rows. */
        int count(String name) {
            long v = whole(name);
            if (v < 0 || v > Integer.MAX_VALUE) throw new IllegalArgumentException("'" + name + "' must be between 0 and " + Integer.MAX_VALUE + ", got " + v);
            return (int) v;
        }

        /** Whether the author passed this argument (rather than taking its default). */
        boolean given(String name) { return explicit.contains(name); }

        double[] vec(String name) { return ((Value.Vec) values.get(name)).values(); }

        String text(String name) { return ((Value.Str) values.get(name)).value(); }

        boolean bool(String name) { return ((Value.Bool) values.get(name)).value(); }

        Value any(String name) { return values.get(name); }

        courseware.engine.objective.Objective objective(String name) { return ((Value.Fun) values.get(name)).objective(); }

        Value.Step step(String name) { return (Value.Step) values.get(name); }

        /** Whether a parameter whose default is {@code none} was left out. */
        boolean absent(String name) { return values.get(name) instanceof Value.None; }

        /** A schedule value, such as cosine_decay(0.1, 100) called without its step. */
        courseware.engine.schedule.Schedule schedule(String name) {
            if (values.get(name) instanceof Value.Sched s) return s.schedule();
            Value v = values.get(name);
            throw new IllegalArgumentException("'" + name + "' must be a schedule, that is a schedule function called without its step"
                    + " such as cosine_decay(0.1, 100), got " + v.kind() + (v instanceof Value.Num ? " " + v.show() : ""));
        }
    }
}
