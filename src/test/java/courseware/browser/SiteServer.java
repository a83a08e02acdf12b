package courseware.browser;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/** A built site over local HTTP (the JDK's file server on a free loopback port), for browser tests. */
public final class SiteServer implements AutoCloseable {
    private final HttpServer server;

    public SiteServer(Path root) {
        try {
            server = SimpleFileServer.createFileServer(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0),
                    root.toAbsolutePath(), SimpleFileServer.OutputLevel.NONE);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        server.start();
    }

    /** The site's root URL, ending in '/'. */
    public String base() { return "http://127.0.0.1:" + server.getAddress().getPort() + "/"; }

    @Override
    public void close() { server.stop(0); }
}
