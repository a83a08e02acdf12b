package courseware.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import courseware.check.CheckResults;
import courseware.check.CheckStage;
import courseware.diag.Diagnostics;
import courseware.load.Content;
import courseware.load.ContentLoader;
import courseware.parse.ContentParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ViewBuilderTest {

    @Test
    void theCourseViewIsBuiltOncePerRootNotOncePerPage() throws Exception {
        // It lists every lesson and every page asks for it: built per page, 20,000 lessons took over 400 s.
        Content content = new ContentLoader().load(Path.of("src/test/resources/fixtures/basic"), new Diagnostics());
        Diagnostics d = new Diagnostics();
        ContentParser.Result parsed = new ContentParser().parse(content.courseFile(), content.lessons(), d);
        CheckResults checks = new CheckStage().run(parsed.files(), d);
        ViewBuilder views = new ViewBuilder(parsed.course().orElseThrow(), span -> "", checks);
        assertSame(views.course("../"), views.course("../"));
        assertSame(views.course(""), views.course(""));
        assertEquals("lessons/01-01.html", views.course("").modules().get(0).lessons().get(0).href());
        assertEquals("../lessons/01-01.html", views.course("../").modules().get(0).lessons().get(0).href());
    }
}
