package org.releaseradar.schemas.registry;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JDK HTTP server on 127.0.0.1 that answers scripted responses, in order, the way the Confluent API would,
 * and records every request it gets.
 */
final class StubRegistryServer implements AutoCloseable {

    record Request(String method, String path, String query, String contentType, String authorization, String body) {
    }

    record Response(int status, String body) {
    }

    private final HttpServer server;
    private final Deque<Response> script = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    StubRegistryServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getQuery(), exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            Response response;
            synchronized (script) {
                response = script.isEmpty() ? new Response(500, "{\"error_code\":50000,\"message\":\"no scripted answer\"}") : script.poll();
            }
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** Queues the next answer. */
    StubRegistryServer then(int status, String body) {
        synchronized (script) {
            script.add(new Response(status, body));
        }
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
