package courseware.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Server-sent events to every open page: {@code reload} after a good build, {@code problems} (with
 * the compiler-style messages) after a failed one. A page that connects late gets the last event,
 * so an error overlay appears even on a page opened after the build failed.
 */
final class LiveEvents {
    /** Each open stream, with the latch its server thread waits on until the stream is gone. */
    private final Map<OutputStream, CountDownLatch> clients = new ConcurrentHashMap<>();
    private volatile String last = "";

    /**
     * Sends {@code stream} the last event and every later one; the returned latch opens when the
     * stream is dropped (a failed write, or {@link #closeAll()}), so the serving thread knows when to end.
     */
    CountDownLatch join(OutputStream stream) {
        CountDownLatch gone = new CountDownLatch(1);
        clients.put(stream, gone);
        if (!last.isEmpty() && !send(stream, last)) drop(stream);
        return gone;
    }

    void reload() {
        publish(frame("reload", "ok"), false);
    }

    void problems(String text) {
        publish(frame("problems", text), true);
    }

    /** A comment line every so often, so dead connections are noticed and dropped. */
    void ping() {
        publish(": ping\n\n", false);
    }

    int clients() {
        return clients.size();
    }

    void closeAll() {
        for (OutputStream c : clients.keySet()) {
            try {
                c.close();
            } catch (IOException e) {
                // already gone
            }
            drop(c);
        }
    }

    private void drop(OutputStream stream) {
        CountDownLatch gone = clients.remove(stream);
        if (gone != null) gone.countDown();
    }

    private void publish(String frame, boolean remember) {
        if (!frame.startsWith(":")) last = remember ? frame : "";
        for (OutputStream c : clients.keySet()) if (!send(c, frame)) drop(c);
    }

    private static boolean send(OutputStream stream, String frame) {
        try {
            stream.write(frame.getBytes(StandardCharsets.UTF_8));
            stream.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** One event; each line of the data is its own {@code data:} line, as the format requires. */
    static String frame(String event, String data) {
        StringBuilder out = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) out.append("data: ").append(line).append('\n');
        return out.append('\n').toString();
    }
}
