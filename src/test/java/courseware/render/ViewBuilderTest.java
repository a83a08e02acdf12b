package courseware.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import courseware.testing.CheckedContent;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ViewBuilderTest {

    @Test
    void theCourseViewIsBuiltOncePerRootNotOncePerPage() throws Exception {
        // It lists every lesson and every page asks for it: built per page, 20,000 lessons took over 400 s.
        CheckedContent content = CheckedContent.of(Path.of("src/test/resources/fixtures/basic"));
        ViewBuilder views = new ViewBuilder(content.course(), span -> "", content.checks());
        assertSame(views.course("../"), views.course("../"));
        assertSame(views.course(""), views.course(""));
        assertEquals("lessons/01-01.html", views.course("").modules().get(0).lessons().get(0).href());
        assertEquals("../lessons/01-01.html", views.course("../").modules().get(0).lessons().get(0).href());
    }
}
