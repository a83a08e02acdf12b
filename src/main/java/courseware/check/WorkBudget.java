package courseware.check;

import courseware.diag.Pos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How much engine work each lesson may ask for. Each call's work is estimated from its arguments
 * before it runs ({@link Fn.Cost}: steps x objective nodes, seeds x steps, ...) and charged to its
 * lesson; a call that does not fit what is left is refused, at its place, with the lesson's
 * costliest calls named so the author knows what to shrink. The engine's per-call limits bound one
 * call; this bounds a dozen maximal calls in one lesson.
 *
 * <p>There is no budget shared by the lessons of a build: lessons are checked in parallel, and with a
 * shared one which lesson ran out would depend on timing. Each lesson's budget is its own, so its
 * verdict depends on its text alone (and a stored result stays true), and a build's work is at most
 * the lessons times one budget, paid once per changed lesson.
 *
 * <p>A unit is about 10 ns of one core here (WorkBudgetFigures measures it), so a lesson's budget
 * is about five seconds. The lessons of content/ use a few millionths of it.
 */
final class WorkBudget {
    /** Work units one lesson may use. */
    static final long LESSON = 500_000_000L;
    /** Costliest calls named in a message. */
    private static final int NAMED = 3;

    /** One charged call: what, where and how much. */
    record Charge(String what, Pos at, long units) {
        private static final Comparator<Charge> COSTLIEST_FIRST = Comparator.comparingLong(Charge::units).reversed()
                .thenComparing(c -> c.at().source().displayPath()).thenComparingInt(c -> c.at().line())
                .thenComparingInt(c -> c.at().col());
    }

    private final long lessonLimit;
    private final List<Lesson> lessons = new ArrayList<>(); // for figures; lessons start from several threads

    WorkBudget() {
        this(LESSON);
    }

    WorkBudget(long lessonLimit) {
        this.lessonLimit = lessonLimit;
    }

    /** Units charged so far over all lessons. */
    synchronized long used() {
        return lessons.stream().mapToLong(Lesson::used).sum();
    }

    synchronized List<Lesson> lessons() {
        return List.copyOf(lessons);
    }

    /** A lesson's own budget; it is used by one thread, the one checking that lesson. */
    synchronized Lesson lesson(String file) {
        Lesson l = new Lesson(file);
        lessons.add(l);
        return l;
    }

    /** Thrown by {@link Lesson#charge} when a call does not fit; the message says why and what costs most. */
    static final class Exceeded extends Exception {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message);
        }
    }

    final class Lesson {
        private final String file;
        private final List<Charge> costliest = new ArrayList<>(); // at most NAMED, costliest first
        private volatile long used; // charged by the lesson's thread, read by figures after
        private Pos firstRefusal;

        private Lesson(String file) {
            this.file = file;
        }

        String file() {
            return file;
        }

        long used() {
            return used;
        }

        /** Charges a call of {@code units} at {@code at}, or refuses it (nothing is charged then). */
        void charge(String what, Pos at, long units) throws Exceeded {
            Charge call = new Charge(what, at, units);
            if (units > lessonLimit) {
                throw new Exceeded(refusal(call, "a lesson may use " + amount(lessonLimit) + " in all", costliest));
            }
            if (units > lessonLimit - used) {
                throw new Exceeded(refusal(call, "this lesson has " + amount(lessonLimit - used) + " of its " + amount(lessonLimit)
                        + " left", costliest));
            }
            used += units;
            costliest.add(call);
            costliest.sort(Charge.COSTLIEST_FIRST);
            if (costliest.size() > NAMED) costliest.remove(NAMED);
        }

        /** The first refusal names the costliest calls; later ones point back to it. */
        private String refusal(Charge call, String left, List<Charge> named) {
            String head = call.what() + " needs about " + amount(call.units()) + " units of work, but " + left
                    + " (work budget, docs/engine.md)";
            if (firstRefusal != null) return head + "; the costliest calls are listed at line " + firstRefusal.line();
            firstRefusal = call.at();
            List<String> parts = new ArrayList<>();
            for (Charge c : named) parts.add(c.what() + " at line " + c.at().line() + " (" + amount(c.units()) + ")");
            return head + (parts.isEmpty() ? "" : "; costliest so far: " + String.join(", ", parts))
                    + "; use fewer steps, seeds or rows, or a shorter objective";
        }
    }

    /** 1234 as is, larger amounts as 1.2e8: what matters is the order of magnitude. */
    static String amount(long units) {
        if (units < 100_000) return Long.toString(units);
        int exponent = (int) Math.floor(Math.log10(units));
        double mantissa = units / Math.pow(10, exponent);
        if (Math.round(mantissa * 10) >= 100) {
            mantissa /= 10;
            exponent++;
        }
        return String.format(Locale.ROOT, "%.1fe%d", mantissa, exponent);
    }
}
