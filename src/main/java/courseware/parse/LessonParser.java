package courseware.parse;

import courseware.diag.Suggest;
import courseware.parse.blocks.BlockKind;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.diag.Source;
import courseware.model.Binding;
import courseware.model.FrontMatter;
import courseware.model.KeyTerm;
import courseware.model.Lesson;
import courseware.model.LessonFile;
import courseware.model.ValueRef;
import courseware.model.Markup;
import courseware.model.PracticeProblem;
import courseware.model.QuizQuestion;
import courseware.model.WorkedExample;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parses one lesson file into a {@link Lesson}, reporting every format problem it finds. */
final class LessonParser {
    private final Markdown markdown;
    private final Yaml yaml;
    private final QuizReader quizReader;

    LessonParser(Markdown markdown, Yaml yaml) {
        this.markdown = markdown;
        this.yaml = yaml;
        this.quizReader = new QuizReader(markdown, yaml);
    }

    /**
     * The lesson (empty when its front matter is unusable) and every Markdown fragment of its body,
     * which is returned either way so its math is still checked: one run reports all problems.
     */
    ParsedLesson parse(Source source, Diagnostics diagnostics) {
        Optional<FrontMatterSplit> split = FrontMatterSplit.of(source, diagnostics);
        Optional<FrontMatter> meta = split.flatMap(s -> readFrontMatter(source, s, diagnostics));
        String body = split.map(FrontMatterSplit::body).orElse(source.text());
        Document document = markdown.parse(body);
        PosMap positions = source::pos;
        Body parts = new BodyReader(source, positions, diagnostics).read(document);
        Lesson whole = parts.toLesson(source, new FrontMatter(null, null, null, null, null, null, null));
        List<ValueRef> answers = whole.quiz().stream().flatMap(q -> java.util.stream.Stream.concat(
                java.util.stream.Stream.ofNullable(q.answerRef()), q.misconceptions().stream().map(courseware.model.Misconception::value))).toList();
        Optional<String> id = meta.map(FrontMatter::id).or(() -> split.flatMap(s -> yaml.lenientString(s.yaml(), "id")));
        return new ParsedLesson(meta.map(m -> parts.toLesson(source, m)),
                new LessonFile(source, whole.markups().toList(), parts.bindings(), answers, whole.items()), id);
    }

    private Optional<FrontMatter> readFrontMatter(Source source, FrontMatterSplit split, Diagnostics diagnostics) {
        Yaml.Origin origin = new Yaml.Origin(source, split.yamlFirstLine(), 0);
        Optional<FrontMatter> meta = yaml.read(split.yaml(), FrontMatter.class, origin, diagnostics);
        meta.ifPresent(m -> {
            Pos top = source.pos(1, 1);
            if (m.id() == null || m.id().isBlank()) diagnostics.error(top, "front matter needs an 'id'");
            else LessonIds.problem(m.id()).ifPresent(problem -> diagnostics.error(
                    origin.valueAt(Yaml.keyLine(split.yaml(), "id", 1), "id"), "id '" + LessonIds.shown(m.id()) + "' " + problem));
            if (m.title() == null || m.title().isBlank()) diagnostics.error(top, "front matter needs a 'title'");
            if (m.module() == null || m.module().isBlank()) diagnostics.error(top, "front matter needs a 'module'");
            if (m.order() == null) diagnostics.error(top, "front matter needs an 'order' (a whole number)");
            if (m.minutes() != null && m.minutes() <= 0) {
                diagnostics.error(origin.keyAt(Yaml.keyLine(split.yaml(), "minutes", 1), "minutes"), "'minutes' must be positive");
            }
        });
        return meta.filter(m -> m.id() != null && m.title() != null && m.module() != null && m.order() != null);
    }

    /** The parts of a lesson body, as read; missing optional parts are empty. */
    private record Body(Markup intro, List<Markup> objectives, Markup content, List<WorkedExample> examples,
            List<QuizQuestion> quiz, List<PracticeProblem> practice, List<KeyTerm> keyTerms,
            List<Markup> pitfalls, List<Markup> summary, List<Binding> bindings) {
        Lesson toLesson(Source source, FrontMatter meta) {
            return new Lesson(source, meta, intro, objectives, content, examples, quiz, practice, keyTerms, pitfalls,
                    summary, bindings);
        }
    }

    /** Walks the top-level nodes of one body, part by part. */
    private final class BodyReader {
        private final Source source;
        private final PosMap positions;
        private final Diagnostics diagnostics;
        private UncheckedNumbers unchecked;

        BodyReader(Source source, PosMap positions, Diagnostics diagnostics) {
            this.source = source;
            this.positions = positions;
            this.diagnostics = diagnostics;
        }

        private Pos pos(Node node) { return positions.at(node.getStartOffset()); }

        Body read(Document document) {
            List<Node> intro = new ArrayList<>();
            Map<Part, List<Node>> sections = new EnumMap<>(Part.class);
            List<Node> current = intro;
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Reference) {
                    // a link reference definition belongs to the document, not to a part
                } else if (node instanceof Heading h && h.getLevel() == 1) {
                    diagnostics.error(pos(h), "level-1 headings are not used: the page title comes from the front matter's 'title'");
                } else if (node instanceof Heading h && h.getLevel() == 2) {
                    current = startSection(h, sections);
                } else if (node instanceof Heading h && Part.byHeading(h.getText().toString()).isPresent()) {
                    diagnostics.error(pos(h), "'" + h.getChars().toString().strip() + "' names a part but is a level-" + h.getLevel()
                            + " heading; parts use level 2: '## " + Part.byHeading(h.getText().toString()).get().heading + "'");
                } else if (node instanceof Paragraph p && p.getChars().toString().matches("(?s)#{1,6}[^#\\s].*")) {
                    diagnostics.error(pos(p), "'#' must be followed by a space to make a heading: write '"
                            + p.getChars().toString().replaceFirst("^(#+)", "$1 ").lines().findFirst().orElse("") + "'");
                } else if (current == intro && node instanceof Heading h) {
                    diagnostics.error(pos(h), "heading before the first part: start a part with one of "
                            + String.join(", ", Part.headings().stream().map(p -> "'## " + p + "'").toList()));
                } else if (current != null) {
                    if (node instanceof Heading h && h.getLevel() == 4 && isItemSubheading(h) && !itemsAllowed(sections, current)) {
                        diagnostics.error(pos(h), "'#### " + h.getText().toString().strip()
                                + "' belongs to a worked example or practice problem ('### Title' under '## Worked examples' or '## Practice problems')");
                    }
                    current.add(node);
                }
                InlineChecks.check(node, positions, diagnostics);
            }
            for (Part part : Part.values()) {
                if (part.required && !sections.containsKey(part)) {
                    diagnostics.error(source.pos(1, 1), "missing required part '## " + part.heading + "'");
                }
                sections.getOrDefault(part, List.of()).forEach(node -> rejectHomelessBlocks(node, part.heading));
            }
            intro.forEach(node -> rejectHomelessBlocks(node, null));
            List<Binding> bindings = new ArrayList<>();
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                ComputeBlocks.collect(node, source, bindings, diagnostics);
            }
            unchecked = new UncheckedNumbers(bindings, diagnostics);
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) strayVary(node, sections);
            unchecked.scanTablesAndCode(sections.getOrDefault(Part.CONTENT, List.of()), positions);
            return new Body(
                    markdown.markup(intro, positions, diagnostics),
                    listItems(sections, Part.OBJECTIVES),
                    markdown.markup(sections.getOrDefault(Part.CONTENT, List.of()), positions, diagnostics),
                    examples(sections.getOrDefault(Part.EXAMPLES, List.of())),
                    quiz(sections.getOrDefault(Part.QUIZ, List.of())),
                    practice(sections.getOrDefault(Part.PRACTICE, List.of())),
                    keyTerms(sections.getOrDefault(Part.KEY_TERMS, List.of())),
                    listItems(sections, Part.PITFALLS),
                    listItems(sections, Part.SUMMARY),
                    bindings);
        }

        /** A {@code vary} block counts only as a top-level block of an example's or problem's own text. */
        private void strayVary(Node node, Map<Part, List<Node>> sections) {
            boolean itemLevel = node.getParent() instanceof Document && (sections.getOrDefault(Part.EXAMPLES, List.of()).contains(node)
                    || sections.getOrDefault(Part.PRACTICE, List.of()).contains(node));
            if (BlockKind.VARY.is(node) && !itemLevel) {
                diagnostics.error(pos(node), "a vary block stands in a worked example or practice problem (under its '### ' heading, "
                        + "not inside a list or quote); a quiz question takes a 'vary' key");
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) strayVary(child, sections);
        }

        private boolean isItemSubheading(Heading h) {
            String t = h.getText().toString().strip();
            return t.equalsIgnoreCase("solution") || t.equalsIgnoreCase("answer");
        }

        /** Whether {@code current} is the node list of a part made of items. */
        private boolean itemsAllowed(Map<Part, List<Node>> sections, List<Node> current) {
            return current == sections.get(Part.EXAMPLES) || current == sections.get(Part.PRACTICE);
        }

        /** The node list to fill for this heading, or null (nodes dropped after an error already reported). */
        private List<Node> startSection(Heading h, Map<Part, List<Node>> sections) {
            String text = h.getText().toString();
            Optional<Part> part = Part.byHeading(text);
            if (part.isEmpty()) {
                diagnostics.error(pos(h), "unknown part '## " + text.strip() + "'"
                        + Suggest.closest(text.strip(), Part.headings()).map(c -> " (did you mean '## " + c + "'?)").orElse("")
                        + "; parts are: " + String.join(", ", Part.headings()));
                return null;
            }
            if (sections.containsKey(part.get())) {
                diagnostics.error(pos(h), "part '## " + part.get().heading + "' appears twice; merge the two");
                return null;
            }
            List<Node> nodes = new ArrayList<>();
            sections.put(part.get(), nodes);
            return nodes;
        }

        /** A block whose kind has a home part, standing anywhere else ({@code part}: the heading it stands under, or null). */
        private void rejectHomelessBlocks(Node node, String part) {
            BlockKind.of(node).ifPresent(kind -> kind.home().filter(home -> !home.equals(part)).ifPresent(home ->
                    diagnostics.error(pos(node), kind.info() + " blocks belong under '## " + home + "'")));
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) rejectHomelessBlocks(child, part);
        }

        private List<Markup> listItems(Map<Part, List<Node>> sections, Part part) {
            List<Node> nodes = sections.get(part);
            if (nodes == null) return List.of();
            List<Markup> items = new ArrayList<>();
            boolean seenList = false;
            for (Node node : nodes) {
                if (node instanceof ListBlock list && !seenList) {
                    seenList = true;
                    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                        if (item instanceof ListItem li) items.add(tight(li));
                    }
                } else {
                    diagnostics.error(pos(node), "'## " + part.heading + "' holds one "
                            + (part == Part.OBJECTIVES ? "list" : "bullet list") + ", one item per line; found "
                            + (seenList && node instanceof ListBlock ? "a second list" : describe(node)) + (seenList ? " after the list" : ""));
                }
            }
            if (nodes.isEmpty()) {
                diagnostics.error(source.pos(1, 1), "'## " + part.heading + "' is empty");
            }
            return items;
        }

        /** A list item or definition of one paragraph renders as its text, without a {@code <p>}. */
        private Markup tight(Node container) {
            Node first = container.getFirstChild();
            if (first instanceof Paragraph p && p.getNext() == null) return markdown.inlineMarkup(p, positions, diagnostics);
            return markdown.markup(Markdown.children(container), positions, diagnostics);
        }

        private List<WorkedExample> examples(List<Node> nodes) {
            List<WorkedExample> out = new ArrayList<>();
            for (Item item : items(nodes, "worked example", List.of("Solution", "Answer"))) {
                Optional<Node> solution = item.subheading("Solution");
                Optional<Node> answer = item.subheading("Answer");
                if (solution.isEmpty()) diagnostics.error(pos(item.heading), "worked example needs a '#### Solution' heading");
                if (answer.isEmpty()) diagnostics.error(pos(item.heading), "worked example needs a '#### Answer' heading after its solution");
                List<courseware.model.Variation.Bare> small = new ArrayList<>();
                unchecked.collectSmall(small);
                unchecked.scan(item.headingAndStatement(), positions, "a worked-example statement");
                unchecked.scan(item.nodes("Solution"), positions, "a worked-example solution");
                unchecked.scan(item.nodes("Answer"), positions, "a worked-example answer");
                unchecked.collectSmall(null);
                out.add(new WorkedExample(pos(item.heading), markdown.inlineMarkup(item.heading, positions, diagnostics),
                        item.statement(), item.under("Solution"), item.under("Answer"), item.variation().withBare(small)));
            }
            return out;
        }

        private List<PracticeProblem> practice(List<Node> nodes) {
            List<PracticeProblem> out = new ArrayList<>();
            for (Item item : items(nodes, "practice problem", List.of("Answer", "Solution"))) {
                if (item.subheading("Solution").isEmpty()) {
                    diagnostics.error(pos(item.heading), "practice problem needs a '#### Solution' heading");
                }
                List<courseware.model.Variation.Bare> small = new ArrayList<>();
                unchecked.collectSmall(small);
                unchecked.scan(item.headingAndStatement(), positions, "a practice statement");
                unchecked.scan(item.nodes("Answer"), positions, "a practice answer");
                unchecked.scan(item.nodes("Solution"), positions, "a practice solution");
                unchecked.collectSmall(null);
                out.add(new PracticeProblem(pos(item.heading), markdown.inlineMarkup(item.heading, positions, diagnostics),
                        item.statement(), item.under("Solution"), item.under("Answer"), item.variation().withBare(small)));
            }
            return out;
        }

        private List<QuizQuestion> quiz(List<Node> nodes) {
            List<QuizQuestion> out = new ArrayList<>();
            for (Node node : nodes) {
                if (BlockKind.QUIZ.is(node) && node instanceof FencedCodeBlock f) {
                    int contentStart = f.getContentChars().getStartOffset();
                    Yaml.Origin origin = new Yaml.Origin(source, source.pos(contentStart).line(), 0);
                    quizReader.read(f.getContentChars().toString(), pos(f), origin, unchecked, diagnostics).ifPresent(q -> {
                        if (q.kind() == QuizQuestion.Kind.NUMERIC && q.answerRef() == null) {
                            diagnostics.warning(q.answer().pos(), "unchecked number " + q.answer().text()
                                    + " in a numeric quiz answer: write answer: \"{{ expression ~ " + q.answer().text() + " }}\"");
                        }
                        out.add(q);
                    });
                } else if (!BlockKind.COMPUTE.is(node)) {
                    diagnostics.error(pos(node), "'## Quiz' holds only ```quiz and ```compute blocks; found " + describe(node));
                }
            }
            return out;
        }

        private void undefinedTerm(DefinitionTerm term) {
            diagnostics.error(pos(term), "key term '" + plain(term) + "' has no definition: a term is one line, followed at once by ': its definition'");
        }

        private List<KeyTerm> keyTerms(List<Node> nodes) {
            List<KeyTerm> out = new ArrayList<>();
            for (Node node : nodes) {
                if (!(node instanceof DefinitionList list)) {
                    diagnostics.error(pos(node), "'## Key terms' holds a definition list: the term on one line, ': definition' on the next; found " + describe(node));
                    continue;
                }
                DefinitionTerm term = null;
                for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof DefinitionTerm t) {
                        if (term != null) undefinedTerm(term);
                        term = t;
                    } else if (child instanceof DefinitionItem d && term != null) {
                        out.add(new KeyTerm(pos(term), plain(term), markdown.inlineMarkup(term, positions, diagnostics), tight(d)));
                        term = null;
                    }
                }
                if (term != null) undefinedTerm(term);
            }
            return out;
        }

        /** Splits a part into {@code ###} items and their {@code ####} sub-parts. */
        private List<Item> items(List<Node> nodes, String noun, List<String> order) {
            List<Item> items = new ArrayList<>();
            Item current = null;
            for (Node node : nodes) {
                if (node instanceof Heading h && h.getLevel() == 3) {
                    current = new Item(h, noun, order);
                    items.add(current);
                } else if (current == null) {
                    diagnostics.error(pos(node), "start each " + noun + " with a '### Title' heading; found " + describe(node) + " before the first");
                } else if (node instanceof Heading h && h.getLevel() == 4) {
                    current.startSub(h);
                } else {
                    current.add(node);
                }
            }
            return items;
        }

        /** One {@code ###} example or problem: statement nodes, then Solution and Answer nodes. */
        private final class Item {
            final Heading heading;
            final List<Node> statement = new ArrayList<>();
            final Map<String, Node> subheadings = new java.util.LinkedHashMap<>();
            final Map<String, List<Node>> subparts = new java.util.HashMap<>();
            List<Node> current = statement;

            final String noun;
            final List<String> order;

            /** {@code order}: the two sub-headings in the order this kind of item writes them. */
            Item(Heading heading, String noun, List<String> order) {
                this.heading = heading;
                this.noun = noun;
                this.order = order;
            }

            void startSub(Heading h) {
                String name = h.getText().toString().strip();
                String key = name.equalsIgnoreCase("solution") ? "Solution" : name.equalsIgnoreCase("answer") ? "Answer" : null;
                if (key == null) {
                    diagnostics.error(pos(h), "unknown heading '#### " + name + "'" + Suggest.hint(name, List.of("Solution", "Answer"))
                            + "; an item has '#### Solution' and '#### Answer'");
                    current = new ArrayList<>();
                } else if (subheadings.containsKey(key)) {
                    diagnostics.error(pos(h), "'#### " + key + "' appears twice in this item");
                    current = new ArrayList<>();
                } else {
                    if (!subheadings.isEmpty() && !subheadings.containsKey(order.get(0))) {
                        diagnostics.error(pos(h), "in a " + noun + ", '#### " + order.get(0) + "' comes before '#### " + order.get(1) + "'");
                    }
                    if (statement.isEmpty() && subheadings.isEmpty()) {
                        diagnostics.error(pos(heading), "'### " + heading.getText() + "' has no statement before '#### " + key + "'");
                    }
                    subheadings.put(key, h);
                    current = new ArrayList<>();
                    subparts.put(key, current);
                }
            }

            void add(Node node) { current.add(node); }

            Optional<Node> subheading(String key) { return Optional.ofNullable(subheadings.get(key)); }

            List<Node> nodes(String key) { return subparts.getOrDefault(key, List.of()); }

            List<Node> headingAndStatement() {
                List<Node> out = new ArrayList<>(statement);
                out.add(0, heading);
                return out;
            }

            Markup statement() { return markdown.markup(statement, positions, diagnostics); }

            /** What its {@code vary} block declares, or none; one block per item. */
            courseware.model.Variation variation() {
                List<FencedCodeBlock> blocks = java.util.stream.Stream.concat(statement.stream(), subparts.values().stream().flatMap(List::stream))
                        .filter(BlockKind.VARY::is).map(FencedCodeBlock.class::cast).toList();
                for (FencedCodeBlock extra : blocks.subList(Math.min(1, blocks.size()), blocks.size())) {
                    diagnostics.error(pos(extra), "this " + noun + " already has a vary block at line " + pos(blocks.get(0)).line() + "; merge the two");
                }
                if (blocks.isEmpty()) return courseware.model.Variation.NONE;
                FencedCodeBlock block = blocks.get(0);
                int start = block.getContentChars().getStartOffset();
                return VarySyntax.read(block.getContentChars().toString(), offset -> positions.at(start + offset), diagnostics);
            }

            Markup under(String key) {
                List<Node> nodes = subparts.get(key);
                if (nodes != null && nodes.isEmpty()) diagnostics.error(pos(subheadings.get(key)), "'#### " + key + "' is empty");
                return nodes == null ? Markup.EMPTY : markdown.markup(nodes, positions, diagnostics);
            }
        }
    }


    private static String plain(Node node) {
        return node.getChars().toString().strip();
    }

    static String describe(Node node) {
        String name = node.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        if (node instanceof Heading h) return "a level-" + h.getLevel() + " heading";
        if (node instanceof BulletList) return "a bullet list";
        return "a " + name;
    }
}
