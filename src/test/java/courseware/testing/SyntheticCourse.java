package courseware.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a course of N small lessons (every part, a compute block, checked answers, a quiz, math)
 * for measuring how the build scales. Not a test. After {@code mvn test-compile}:
 * <pre>
 * java -cp target/test-classes courseware.testing.SyntheticCourse 20000 /tmp/course
 * /usr/bin/time -f "%e s %U user %M KB" ./courseware build --content /tmp/course --out /tmp/site --cache /tmp/cache
 * </pre>
 */
public final class SyntheticCourse {
    private static final int MODULES = 10;

    private SyntheticCourse() {}

    public static void main(String[] args) throws IOException {
        int lessons = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        StringBuilder course = new StringBuilder("title: Synthetic\nmodules:\n");
        for (int m = 0; m < MODULES; m++) course.append("  - id: m").append(m).append("\n    title: Module ").append(m).append('\n');
        Files.writeString(dir.resolve("course.yml"), course);
        for (int i = 0; i < lessons; i++) Files.writeString(dir.resolve(String.format(Locale.ROOT, "%05d.md", i)), lesson(i));
        System.out.println("wrote " + lessons + " lessons to " + dir);
    }

    static String lesson(int i) {
        String id = String.format(Locale.ROOT, "%05d", i);
        String prerequisites = i % 50 == 0 ? "[]" : String.format(Locale.ROOT, "[%05d]", i - 1);
        int w0 = 1 + i % 5;
        String w1 = String.format(Locale.ROOT, "%.1f", w0 * 0.8);
        return """
                ---
                id: @ID@
                title: Lesson @N@
                module: m@M@
                order: @N@
                prerequisites: @PRE@
                ---

                Intro with $x^2$ and $a_{@K@}$.

                ## Learning objectives
                - Compute a step on $f(w) = w^2$.

                ## Core content
                The update is $w_{t+1} = w_t - \\alpha \\nabla f(w_t)$ for lesson @N@.

                ## Worked examples
                ### One step
                ```compute
                given w0 = @W0@
                given alpha = 0.1
                w1 = gd("x^2", w0, alpha, 1).x
                ```
                Start at $w_0 = {{w0}}$.
                #### Solution
                So $w_1 = {{w1 ~ @W1@}}$.
                #### Answer
                $w_1 = {{w1 ~ @W1@}}$

                ## Quiz
                ```quiz
                kind: single
                prompt: Which way does a gradient step move?
                options:
                  - text: Downhill
                    correct: true
                    feedback: Right, against the gradient.
                  - text: Uphill
                    feedback: No, that increases f.
                ```

                ## Key terms
                Gradient
                : The vector of partial derivatives.

                ## Summary
                - Steps go downhill.
                """.replace("@ID@", id).replace("@PRE@", prerequisites).replace("@M@", Integer.toString(i % MODULES))
                .replace("@K@", Integer.toString(i % 7)).replace("@W0@", Integer.toString(w0)).replace("@W1@", w1)
                .replace("@N@", Integer.toString(i));
    }
}
