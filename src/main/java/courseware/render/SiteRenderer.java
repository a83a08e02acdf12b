package courseware.render;

import courseware.check.CheckResults;
import courseware.model.Course;
import courseware.model.Lesson;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The render stage: one Freemarker configuration for the build, templates from the {@link Theme}
 * ({@code index.ftlh}, {@code lesson.ftlh}, and whatever they include), and the theme's
 * {@code assets/} copied as is. Output is a sorted map of site paths to bytes.
 */
public final class SiteRenderer {
    public static final String ASSETS = "assets";

    private final Theme theme;
    private final Configuration freemarker;

    /** The built-in theme overlaid by {@code templatesDir} where that folder exists. */
    public SiteRenderer(Path templatesDir) throws IOException {
        this(Theme.overlaidBy(templatesDir));
    }

    public SiteRenderer(Theme theme) throws IOException {
        this.theme = theme;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(theme.templateLoader());
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
     * Loads every template of the theme, so {@code check} reports an unparsable template as
     * {@code build} would.
     */
    public void validate() throws IOException {
        for (String name : theme.files().keySet()) {
            if (name.contains("/") || !name.endsWith(".ftlh")) continue;
            try {
                freemarker.getTemplate(name);
            } catch (freemarker.core.ParseException e) {
                throw TemplateProblem.of(theme, e);
            }
        }
    }

    /** {@link #render(Course, Typesetter, CheckResults, Output, PageCache)} with nothing kept, on this thread. */
    public void render(Course course, Typesetter typeset, CheckResults checks, Output out)
            throws IOException {
        render(course, typeset, checks, out, PageCache.NONE);
    }

    /**
     * @param typeset HTML for each math expression (KaTeX output, or an error stand-in)
     * @param checks  the outcome of every {@code {{ }}} value, shown with a checked mark
     * @param cache   lesson pages (and their search documents) kept from earlier builds, and the threads to make the
     *                others on; a page is reused only when its lesson and everything of the course it shows are unchanged
     * @throws TemplateProblem when a template is broken (a usage problem: the templates are the user's)
     */
    public void render(Course course, Typesetter typeset, CheckResults checks, Output out, PageCache cache)
            throws IOException {
        ViewBuilder views = new ViewBuilder(course, typeset, checks);
        List<String> pages = new ArrayList<>();
        out.write(written(pages, "index.html"), page("index.html", "index.ftlh", course.config().title(), "", null, views, Map.of(), course));
        out.write(written(pages, ViewBuilder.GLOSSARY), page(ViewBuilder.GLOSSARY, "glossary.ftlh", "Glossary", "", null, views,
                Map.of("glossary", views.glossary()), course));
        String shared = PageKeys.courseDigest(course, theme, views.glossaryModel());
        List<Lesson> lessons = course.lessons();
        List<String> keys = new ArrayList<>();
        SearchIndex search = new SearchIndex();
        // A few lessons at a time: made side by side, then written in order, so no more than a batch of pages is held.
        int batch = 16;
        for (int from = 0; from < lessons.size(); from += batch) {
            List<Lesson> some = lessons.subList(from, Math.min(lessons.size(), from + batch));
            List<Object> made = cache.map(some, lesson -> lessonPage(lesson, views, course, shared, cache));
            for (int i = 0; i < some.size(); i++) {
                if (made.get(i) instanceof IOException e) throw e;
                if (made.get(i) instanceof RuntimeException e) throw e;
                LessonPage page = (LessonPage) made.get(i);
                out.write(written(pages, ViewBuilder.lessonPath(some.get(i).id())), page.html());
                search.add(page.docs());
                keys.add(page.key());
            }
        }
        // The search files depend on the lessons' documents alone, so they are kept under all pages' keys together.
        String searchKey = keys.contains(null) ? null : PageKeys.of("search", shared, String.join("\n", keys));
        SearchFiles files = searchKey == null ? null : cache.load(searchKey, SearchFiles.class).orElse(null);
        if (files == null) {
            files = new SearchFiles(search.files());
            if (searchKey != null) cache.store(searchKey, files);
        }
        for (Map.Entry<String, byte[]> part : files.files().entrySet()) out.write(part.getKey(), part.getValue());
        if (course.config().url() != null) out.write(Sitemap.PATH, Sitemap.xml(course.config().url(), pages));
        copyAssets(out);
    }

    /** A lesson's page and search documents, kept or made now (and kept); a failure is returned, to be thrown in order. */
    private Object lessonPage(Lesson lesson, ViewBuilder views, Course course, String shared, PageCache cache) {
        String key = cache.lessonKey(lesson).map(k -> PageKeys.of("page", shared, k)).orElse(null);
        if (key != null) {
            Optional<LessonPage> kept = cache.load(key, LessonPage.class);
            if (kept.isPresent()) return kept.get();
        }
        try {
            String path = ViewBuilder.lessonPath(lesson.id());
            byte[] html = page(path, "lesson.ftlh", lesson.meta().title(), "../", lesson.id(), views,
                    Map.of("lesson", views.lesson(lesson, "../")), course);
            LessonPage made = new LessonPage(key, html, SearchIndex.docs(lesson, views)); // while its content is at hand
            if (key != null) cache.store(key, made);
            return made;
        } catch (IOException | RuntimeException e) {
            return e;
        }
    }

    /** The whole site in memory, for tests and small previews; a build streams with the method above. */
    public SortedMap<String, byte[]> render(Course course, Typesetter typeset, CheckResults checks)
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

    private static String written(List<String> pages, String path) {
        pages.add(path);
        return path;
    }

    private byte[] page(String path, String template, String title, String root, String current, ViewBuilder views,
            Map<String, Object> extra, Course course) throws IOException {
        Map<String, Object> data = new HashMap<>(extra);
        String url = course.config().url();
        data.put("page", new Views.Page(title, root, views.course(root).title(),
                template.substring(0, template.indexOf('.')), current, course.config().language(),
                url == null ? null : url + path));
        data.put("course", views.course(root));
        StringWriter out = new StringWriter();
        try {
            freemarker.getTemplate(template).process(data, out);
        } catch (freemarker.core.ParseException e) {
            throw TemplateProblem.of(theme, e);
        } catch (TemplateException e) {
            throw TemplateProblem.of(theme, e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void copyAssets(Output out) throws IOException {
        for (Map.Entry<String, byte[]> f : theme.files().entrySet()) {
            if (f.getKey().startsWith(ASSETS + "/")) out.write(f.getKey(), f.getValue());
        }
    }
}
