package courseware.render;

import courseware.check.CheckResults;
import courseware.model.Course;
import courseware.model.Lesson;
import courseware.model.MathSpan;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The render stage: one Freemarker configuration for the build, templates from the templates
 * folder ({@code index.ftlh}, {@code lesson.ftlh}, and whatever they include), and the folder's
 * {@code assets/} copied as is. Output is a sorted map of site paths to bytes.
 */
public final class SiteRenderer {
    public static final String ASSETS = "assets";

    private final Path templatesDir;
    private final Configuration freemarker;

    public SiteRenderer(Path templatesDir) throws IOException {
        if (!Files.isDirectory(templatesDir)) {
            throw new java.nio.file.NoSuchFileException(templatesDir.toString(), null, "templates folder not found");
        }
        this.templatesDir = templatesDir;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new FileTemplateLoader(templatesDir.toFile()));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(java.util.Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        this.freemarker = cfg;
    }

    /**
     * Loads every template of the folder, so {@code check} reports a missing or unparsable
     * template as {@code build} would.
     */
    public void validate() throws IOException {
        for (String name : new String[] {"index.ftlh", "lesson.ftlh", "glossary.ftlh"}) {
            try {
                freemarker.getTemplate(name);
            } catch (freemarker.core.ParseException e) {
                throw TemplateProblem.of(templatesDir, e);
            } catch (freemarker.template.TemplateNotFoundException e) {
                throw new java.nio.file.NoSuchFileException(templatesDir.resolve(name).toString(), null, "template not found");
            }
        }
        try (Stream<Path> all = Files.list(templatesDir)) {
            for (Path p : all.filter(f -> f.toString().endsWith(".ftlh")).sorted().toList()) {
                try {
                    freemarker.getTemplate(p.getFileName().toString());
                } catch (freemarker.core.ParseException e) {
                    throw TemplateProblem.of(templatesDir, e);
                }
            }
        }
    }

    /**
     * @param typeset HTML for each math expression (KaTeX output, or an error stand-in)
     * @param checks  the outcome of every {@code {{ }}} value, shown with a checked mark
     * @throws TemplateProblem when a template is broken (a usage problem: the templates are the user's)
     */
    public void render(Course course, Function<MathSpan, String> typeset, CheckResults checks, Output out)
            throws IOException {
        ViewBuilder views = new ViewBuilder(course, typeset, checks);
        out.write("index.html", page("index.ftlh", course.config().title(), "", null, views, Map.of()));
        out.write(ViewBuilder.GLOSSARY, page("glossary.ftlh", "Glossary", "", null, views,
                Map.of("glossary", views.glossary())));
        SearchIndex search = new SearchIndex();
        for (Lesson lesson : course.lessons()) { // each page goes out as soon as it is made: none is held
            String root = "../";
            out.write(ViewBuilder.lessonPath(lesson.id()), page("lesson.ftlh", lesson.meta().title(), root, lesson.id(),
                    views, Map.of("lesson", views.lesson(lesson, root))));
            search.add(lesson, views); // now, while the lesson's processed content is still at hand
        }
        out.write(SearchIndex.PATH, search.script());
        copyAssets(out);
    }

    /** The whole site in memory, for tests and small previews; a build streams with the method above. */
    public SortedMap<String, byte[]> render(Course course, Function<MathSpan, String> typeset, CheckResults checks)
            throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        render(course, typeset, checks, files::put);
        return files;
    }

    /** Where pages go: site-relative path ('/'-separated) and bytes. */
    @FunctionalInterface
    public interface Output {
        void write(String path, byte[] bytes) throws IOException;
    }

    private byte[] page(String template, String title, String root, String current, ViewBuilder views,
            Map<String, Object> extra) throws IOException {
        Map<String, Object> data = new HashMap<>(extra);
        data.put("page", new Views.Page(title, root, views.course(root).title(),
                template.substring(0, template.indexOf('.')), current));
        data.put("course", views.course(root));
        StringWriter out = new StringWriter();
        try {
            freemarker.getTemplate(template).process(data, out);
        } catch (freemarker.core.ParseException e) {
            throw TemplateProblem.of(templatesDir, e);
        } catch (TemplateException e) {
            throw TemplateProblem.of(templatesDir, e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void copyAssets(Output out) throws IOException {
        Path assets = templatesDir.resolve(ASSETS);
        if (!Files.isDirectory(assets)) return;
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.write(templatesDir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
    }
}
