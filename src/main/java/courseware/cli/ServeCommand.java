package courseware.cli;

import courseware.serve.LiveSite;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "Build, serve the site on this machine, and rebuild and reload open pages on every edit.")
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8000;

    @Mixin ProjectOptions options;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT, description = "Port to serve on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LiveSite site;
        courseware.pipeline.BuildOptions build = options.toBuildOptions();
        try {
            site = LiveSite.start(build, host, port, out, err);
        } catch (BindException e) {
            err.println("courseware: error: cannot serve on " + host + ":" + port + " (" + e.getMessage()
                    + "); stop what uses it or choose another port with --port");
            err.flush();
            return ExitCodes.USAGE_OR_IO;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                site.close();
            } catch (java.io.IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }, "courseware-stop"));
        String watched = java.nio.file.Files.isDirectory(build.templates()) ? options.content + " and " + build.templates() : options.content.toString();
        out.println("serving " + site.address() + " (watching " + watched + "; Ctrl-C stops)");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
