package courseware.model;

import courseware.diag.Source;
import java.util.List;
import java.util.stream.Stream;

/** One lesson, every part in the fixed order of format v1, and the givens and computations its checks use. */
public record Lesson(
        Source source,
        FrontMatter meta,
        Markup intro,
        List<Markup> objectives,
        Markup content,
        List<WorkedExample> examples,
        List<QuizQuestion> quiz,
        List<PracticeProblem> practice,
        List<KeyTerm> keyTerms,
        List<Markup> pitfalls,
        List<Markup> summary,
        List<Binding> bindings) implements java.io.Serializable {

    public Lesson {
        objectives = List.copyOf(objectives);
        examples = List.copyOf(examples);
        quiz = List.copyOf(quiz);
        practice = List.copyOf(practice);
        keyTerms = List.copyOf(keyTerms);
        pitfalls = List.copyOf(pitfalls);
        summary = List.copyOf(summary);
        bindings = List.copyOf(bindings);
    }

    public String id() { return meta.id(); }

    /** The worked examples, quiz questions and practice problems as the check stage sees them, in page order. */
    public List<Item> items() {
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            WorkedExample e = examples.get(i);
            items.add(new Item(Item.exampleAnchor(i), e.variation(), List.of(e.title(), e.statement(), e.solution(), e.answer()),
                    List.of(), null, List.of()));
        }
        for (int i = 0; i < quiz.size(); i++) {
            QuizQuestion q = quiz.get(i);
            List<Markup> shown = new java.util.ArrayList<>(List.of(q.prompt()));
            for (QuizQuestion.Option o : q.options()) { shown.add(o.text()); shown.add(o.feedback()); }
            shown.add(q.explanation());
            q.misconceptions().forEach(m -> shown.add(m.feedback()));
            items.add(new Item(Item.questionAnchor(i), q.variation(), shown, q.options().stream().map(QuizQuestion.Option::text).toList(),
                    q.answerRef(), q.misconceptions().stream().map(Misconception::value).toList()));
        }
        for (int i = 0; i < practice.size(); i++) {
            PracticeProblem p = practice.get(i);
            items.add(new Item(Item.problemAnchor(i), p.variation(), List.of(p.title(), p.statement(), p.solution(), p.answer()),
                    List.of(), null, List.of()));
        }
        return items;
    }

    /** Every fragment of the lesson, in page order: what the math stage must typeset. */
    public Stream<Markup> markups() {
        Stream.Builder<Markup> all = Stream.builder();
        all.add(intro);
        objectives.forEach(all);
        all.add(content);
        for (WorkedExample e : examples) {
            all.add(e.title()); all.add(e.statement()); all.add(e.solution()); all.add(e.answer());
        }
        for (QuizQuestion q : quiz) {
            all.add(q.prompt());
            for (QuizQuestion.Option o : q.options()) { all.add(o.text()); all.add(o.feedback()); }
            all.add(q.explanation());
            q.misconceptions().forEach(m -> all.add(m.feedback()));
        }
        for (PracticeProblem p : practice) {
            all.add(p.title()); all.add(p.statement()); all.add(p.solution()); all.add(p.answer());
        }
        for (KeyTerm t : keyTerms) { all.add(t.term()); all.add(t.definition()); }
        pitfalls.forEach(all);
        summary.forEach(all);
        return all.build();
    }
}
