package org.briefing.it.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, the request line exactly as given: the JDK client may normalise or
 * refuse the paths an attacker sends (dot segments, doubled slashes, odd methods).
 */
public final class RawHttp {

  /** The status code and the whole answer as text. */
  public record Answer(int status, String text) {}

  private RawHttp() {}

  public static Answer send(
      int port, String method, String target, Map<String, String> headers, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(UTF_8);
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    request.append("Host: localhost:").append(port).append("\r\n");
    request.append("Connection: close\r\n");
    headers.forEach(
        (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(UTF_8));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      String text = answer.toString(UTF_8);
      int status = text.startsWith("HTTP/") ? Integer.parseInt(text.substring(9, 12)) : -1;
      return new Answer(status, text);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + target + " failed", e);
    }
  }
}
