package org.briefing.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A lean HTTP/1.1 client for the load generator: one kept-alive connection per thread, blocking
 * reads and writes, nothing else. The JDK's {@code HttpClient} took half a millisecond of processor
 * time per post, a sixth of what a post cost the whole machine, on the machine it measured; this
 * takes a fraction of that, so that the service gets the processor time the load used to take. Only
 * what the benchmark needs: POST with a JSON body, answers with Content-Length or chunked.
 */
final class PlainHttp {

  /** An answer: its status and its body as text. */
  record Response(int status, String body) {}

  private static final int TIMEOUT_MILLIS = 60_000;

  private final String host;
  private final int port;
  private final String apiKey;
  private final ThreadLocal<Connection> connections = new ThreadLocal<>();

  PlainHttp(URI base, String apiKey) {
    this.host = base.getHost();
    this.port = base.getPort();
    this.apiKey = apiKey;
  }

  /**
   * Posts {@code json} to {@code path} on this thread's connection (opened on first use, and again
   * after a failure); throws when there is no answer.
   */
  Response post(String path, String json) throws IOException {
    Connection connection = connections.get();
    if (connection == null) {
      connection = new Connection(host, port);
      connections.set(connection);
    }
    try {
      Response response = connection.exchange(request(path, json));
      if (connection.closedByServer) {
        connection.close();
        connections.remove();
      }
      return response;
    } catch (IOException | RuntimeException e) {
      connection.close();
      connections.remove();
      throw e;
    }
  }

  private byte[] request(String path, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(160);
    head.append("POST ").append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(host).append(':').append(port).append("\r\n");
    head.append("Content-Type: application/json\r\n");
    if (apiKey != null) {
      head.append("X-API-Key: ").append(apiKey).append("\r\n");
    }
    head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(body, 0, request, headBytes.length, body.length);
    return request;
  }

  /** One kept-alive connection. */
  private static final class Connection {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private boolean closedByServer;

    Connection(String host, int port) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      socket.connect(new InetSocketAddress(host, port), 5_000);
      out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    Response exchange(byte[] request) throws IOException {
      out.write(request);
      out.flush();
      String statusLine = line();
      if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
        throw new IOException("Not an HTTP/1.1 answer: " + statusLine);
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        int colon = header.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> closedByServer = value.equalsIgnoreCase("close");
          default -> {}
        }
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream(256);
      if (chunked) {
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
          copy(size, body);
          line(); // the CRLF after each chunk
        }
        for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
          // trailers: none expected, read and dropped
        }
      } else if (length >= 0) {
        copy(length, body);
      } else {
        closedByServer = true; // the body runs to the end of the connection
        in.transferTo(body);
      }
      return new Response(status, body.toString(StandardCharsets.UTF_8));
    }

    private long chunkSize() throws IOException {
      String line = line();
      int extension = line.indexOf(';');
      return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private void copy(long length, ByteArrayOutputStream body) throws IOException {
      byte[] buffer = new byte[8192];
      long left = length;
      while (left > 0) {
        int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (read < 0) {
          throw new IOException("The connection closed " + left + " bytes before the answer's end");
        }
        body.write(buffer, 0, read);
        left -= read;
      }
    }

    /** One header line, without its CRLF. */
    private String line() throws IOException {
      StringBuilder line = new StringBuilder(64);
      while (true) {
        int c = in.read();
        if (c < 0) {
          throw new IOException("The connection closed in the middle of an answer");
        }
        if (c == '\n') {
          int end = line.length();
          if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
          }
          return line.toString();
        }
        line.append((char) c);
      }
    }

    void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // closing after a failure: nothing more to do
      }
    }
  }
}
