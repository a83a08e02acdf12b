package courseware.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and the folders inside them) with the JDK's WatchService, which uses the
 * platform's notifications (inotify on Linux) and needs no dependency. A burst of events (an editor
 * saving through a temporary file, a git checkout) becomes one call once the folders have been
 * quiet for {@link #QUIET_MS}.
 */
final class SourceWatcher implements AutoCloseable {
    static final long QUIET_MS = 80;

    private final WatchService service;
    private final Thread thread;

    private SourceWatcher(WatchService service, Runnable onChange) {
        this.service = service;
        this.thread = new Thread(() -> loop(onChange), "courseware-watch");
        this.thread.setDaemon(true);
    }

    static SourceWatcher start(List<Path> folders, Runnable onChange) throws IOException {
        SourceWatcher watcher = new SourceWatcher(FileSystems.getDefault().newWatchService(), onChange);
        for (Path folder : folders) watcher.registerTree(folder);
        watcher.thread.start();
        return watcher;
    }

    private void registerTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                // Drain until quiet: one rebuild per burst.
                while (key != null) {
                    handle(key);
                    key = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
                }
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                try {
                    registerTree(dir.resolve(name)); // a new folder is watched too
                } catch (IOException e) {
                    // it vanished again; the rebuild will see what is there
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
