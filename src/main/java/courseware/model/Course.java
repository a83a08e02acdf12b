package courseware.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The linked course: lessons grouped by module in reading order (prerequisites first), with
 * every lesson id resolvable to a written or a planned lesson.
 */
public record Course(CourseConfig config, List<ModuleLessons> modules, Map<String, Lesson> lessonsById) implements java.io.Serializable {
    public Course {
        modules = List.copyOf(modules);
        lessonsById = Map.copyOf(lessonsById);
    }

    public record ModuleLessons(CourseConfig.ModuleInfo module, List<Lesson> lessons) implements java.io.Serializable {
        public ModuleLessons {
            lessons = List.copyOf(lessons);
        }
    }

    /** Lessons in reading order across modules. */
    public List<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public Optional<CourseConfig.PlannedLesson> planned(String id) {
        return config.planned().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
