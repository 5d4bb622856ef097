package dev.omnigraph.storage;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a repository lives: a local directory or an {@code s3://bucket/prefix}, plus the object-store
 * options Lance needs to reach it (engine.md §1.5).
 *
 * @param root           normalised root URI: an absolute local path (no trailing {@code /}) or
 *                       {@code s3://bucket/prefix}
 * @param local          true for a local file-system root
 * @param storageOptions Lance/object_store options ({@code aws_region}, {@code aws_endpoint}, ...);
 *                       empty for local roots
 */
public record RepoLocation(String root, boolean local, Map<String, String> storageOptions) {

  public RepoLocation {
    storageOptions = Map.copyOf(storageOptions);
  }

  /** Parses a user-given URI, reading S3 settings from the process environment. */
  public static RepoLocation parse(String uri) {
    return parse(uri, System.getenv());
  }

  /** Parses a user-given URI with the given environment (tests pass their own). */
  public static RepoLocation parse(String uri, Map<String, String> env) {
    if (uri == null || uri.isBlank()) {
      throw new InvalidLocationException("repository URI cannot be empty");
    }
    String u = uri.trim();
    if (u.startsWith("s3://")) {
      while (u.endsWith("/") && u.length() > "s3://".length()) {
        u = u.substring(0, u.length() - 1);
      }
      return new RepoLocation(u, false, s3Options(env));
    }
    if (u.startsWith("http://") || u.startsWith("https://")) {
      throw new InvalidLocationException(
          "'" + uri + "' is a server address, not a repository location");
    }
    if (u.contains("://") && !u.startsWith("file://")) {
      throw new InvalidLocationException("unsupported repository URI scheme: " + uri);
    }
    if (u.startsWith("file://")) {
      u = u.substring("file://".length());
    }
    String path = Path.of(u).toAbsolutePath().normalize().toString();
    return new RepoLocation(path, true, Map.of());
  }

  /** The URI of something under the root, e.g. {@code nodes/40d76f1f51639ec0}. */
  public String resolve(String relative) {
    return root + "/" + relative;
  }

  private static Map<String, String> s3Options(Map<String, String> env) {
    Map<String, String> o = new TreeMap<>();
    copy(env, "AWS_REGION", o, "aws_region");
    copy(env, "AWS_ACCESS_KEY_ID", o, "aws_access_key_id");
    copy(env, "AWS_SECRET_ACCESS_KEY", o, "aws_secret_access_key");
    copy(env, "AWS_SESSION_TOKEN", o, "aws_session_token");
    String endpoint = env.getOrDefault("AWS_ENDPOINT_URL_S3", env.get("AWS_ENDPOINT_URL"));
    if (endpoint != null && !endpoint.isBlank()) {
      o.put("aws_endpoint", endpoint);
      if (endpoint.startsWith("http://")) {
        o.put("allow_http", "true");
      }
    }
    if ("true".equalsIgnoreCase(env.get("AWS_ALLOW_HTTP"))) {
      o.put("allow_http", "true");
    }
    if ("true".equalsIgnoreCase(env.get("AWS_S3_FORCE_PATH_STYLE"))) {
      o.put("aws_virtual_hosted_style_request", "false");
    }
    return o;
  }

  private static void copy(Map<String, String> env, String var, Map<String, String> out, String key) {
    String v = env.get(var);
    if (v != null && !v.isBlank()) {
      out.put(key, v);
    }
  }
}
