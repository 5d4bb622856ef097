package dev.omnigraph.server.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 keep-alive client for load generation: one connection, one request at a
 * time, responses with a {@code Content-Length}. {@code java.net.http.HttpClient} costs more CPU
 * per request than the server does on a 2-core machine, so it would measure itself.
 */
final class KeepAliveClient implements AutoCloseable {
  private final String host;
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private byte[] lastBody = new byte[0];

  KeepAliveClient(String host, int port) throws IOException {
    this.host = host;
    socket = new Socket(host, port);
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
  }

  /** The bytes of one request ({@code jsonBody} null: no body). */
  byte[] request(String method, String path, String jsonBody) {
    byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
    String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
        + (jsonBody == null ? "" : "Content-Type: application/json\r\n")
        + "Content-Length: " + body.length + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(body, 0, request, headBytes.length, body.length);
    return request;
  }

  /**
   * Sends the request and reads the whole response; returns the status code. With
   * {@code keepBody} the body is kept for {@link #lastBody()}.
   */
  int exchange(byte[] request, boolean keepBody) throws IOException {
    out.write(request);
    out.flush();
    String statusLine = line();
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = 0;
    for (String header = line(); !header.isEmpty(); header = line()) {
      if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
        length = Long.parseLong(header.substring(15).trim());
      }
    }
    if (keepBody) {
      lastBody = in.readNBytes((int) length);
      if (lastBody.length != length) {
        throw new IOException("connection closed mid-body");
      }
      return status;
    }
    for (long skipped = 0; skipped < length; ) {
      long n = in.skip(length - skipped);
      if (n <= 0) {
        throw new IOException("connection closed mid-body");
      }
      skipped += n;
    }
    return status;
  }

  /** The body of the last exchange made with {@code keepBody}. */
  String lastBody() {
    return new String(lastBody, StandardCharsets.UTF_8);
  }

  private String line() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
