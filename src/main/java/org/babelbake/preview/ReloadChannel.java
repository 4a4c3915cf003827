package org.babelbake.preview;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to the open preview pages: "reload" after a good build, "problems" with the
 * error text after a failed one.
 */
final class ReloadChannel {
    private static final long HEARTBEAT_MILLIS = 15_000;
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private volatile String lastProblems = "";

    /** Registers a page and blocks until it goes away. */
    void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        clients.add(out);
        if (!lastProblems.isEmpty()) send(out, "problems", lastProblems);
        // The exchange stays open while the page is: a failing heartbeat means it has gone.
        try {
            while (clients.contains(out)) {
                Thread.sleep(HEARTBEAT_MILLIS);
                synchronized (out) {
                    out.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        } catch (IOException e) {
            clients.remove(out);
        } catch (InterruptedException e) {
            clients.remove(out);
            Thread.currentThread().interrupt();
        }
    }

    void reload() {
        lastProblems = "";
        broadcast("reload", "");
    }

    void problems(String text) {
        lastProblems = text;
        broadcast("problems", text);
    }

    private void broadcast(String event, String data) {
        for (OutputStream client : clients) send(client, event, data);
    }

    private void send(OutputStream client, String event, String data) {
        StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) message.append("data: ").append(line).append('\n');
        message.append('\n');
        try {
            synchronized (client) {
                client.write(message.toString().getBytes(StandardCharsets.UTF_8));
                client.flush();
            }
        } catch (IOException e) {
            clients.remove(client);
        }
    }
}
