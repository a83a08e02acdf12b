package courseware.check;

import courseware.model.NumberText;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What an expression evaluates to: a number, a vector, text, a truth value or a record of fields. */
public sealed interface Value extends java.io.Serializable {
    /** How the value reads in a message: full precision, so an author sees exactly what the engine got. */
    String show();

    /** The kind, for messages ("a number", "a vector"). */
    String kind();

    record Num(double value) implements Value {
        public String show() { return NumberText.exact(value); }

        public String kind() { return "a number"; }
    }

    record Vec(double[] values) implements Value {
        public String show() { return NumberText.vector(values, NumberText::exact); }

        public String kind() { return "a vector of " + values.length; }

        @Override
        public boolean equals(Object o) { return o instanceof Vec v && Arrays.equals(values, v.values); }

        @Override
        public int hashCode() { return Arrays.hashCode(values); }
    }

    record Str(String value) implements Value {
        public String show() { return value; }

        public String kind() { return "text"; }
    }

    record Bool(boolean value) implements Value {
        public String show() { return value ? "true" : "false"; }

        public String kind() { return "true or false"; }
    }

    /** An objective: a differentiable function of x (and y), written "sin(x) + b*x" and compiled once. */
    record Fun(courseware.engine.objective.Objective objective) implements Value {
        public String show() { return "\"" + objective.text() + "\""; }

        public String kind() { return "an objective"; }
    }

    /**
     * One step of a recurrence, written by the author in quotes and evaluated in the lesson's names
     * plus the state {@code s} and the 0-based step index {@code k}.
     */
    record Step(String text, StepFunction function) implements Value {
        public String show() { return "\"" + text + "\""; }

        public String kind() { return "a step"; }
    }

    @FunctionalInterface
    interface StepFunction {
        Value apply(Value state, long k);
    }

    /** A result with named fields, e.g. a clipping result: {@code .vector}, {@code .norm}, {@code .clipped}. */
    record Rec(String type, Map<String, Value> fields) implements Value {
        public String show() {
            return type + fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().show())
                    .collect(Collectors.joining(", ", "{", "}"));
        }

        public String kind() { return "a " + type + " result (fields: " + String.join(", ", List.copyOf(fields.keySet())) + ")"; }
    }

    /**
     * A learning-rate schedule as a value: what a schedule function returns when called without
     * {@code step}, so schedules can be passed to sequential, chained, join and lr_at.
     * {@code description} is the call that made it, for messages.
     */
    record Sched(String description, courseware.engine.schedule.Schedule schedule) implements Value {
        public String show() { return description; }

        public String kind() { return "a schedule"; }
    }

    /** The default of a parameter that may be left out (such as a schedule's step); never computed. */
    record None() implements Value {
        public String show() { return "none"; }

        public String kind() { return "nothing"; }
    }
}
