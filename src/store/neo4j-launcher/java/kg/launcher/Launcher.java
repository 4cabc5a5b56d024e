// Runs Neo4j Community embedded with Bolt on 127.0.0.1, auth on, usage reporting and file URLs off.
// Lives while a lease holder lives: src/store/embedded.ts writes one lease file per client process.
package kg.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public final class Launcher {
  private static final String USER = "neo4j";

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable t) {
      // Neo4j's own threads would keep a failed launcher alive: say why and leave.
      System.out.println("KG_NEO4J_FAILED " + t);
      t.printStackTrace(System.out);
      System.out.flush();
      Runtime.getRuntime().halt(1);
    }
  }

  private static void run(String[] args) throws Exception {
    Map<String, String> opts = parseArgs(args);
    Path dir = Path.of(require(opts, "dir")).toAbsolutePath();
    int port = Integer.parseInt(require(opts, "port"));
    Path leases = dir.resolve("leases");
    Files.createDirectories(leases);

    String password = readOrCreatePassword(dir.resolve("password"));

    Map<String, String> cfg = new LinkedHashMap<>();
    cfg.put("server.bolt.enabled", "true");
    cfg.put("server.bolt.listen_address", "127.0.0.1:" + port);
    cfg.put("server.bolt.advertised_address", "127.0.0.1:" + port);
    cfg.put("server.bolt.tls_level", "DISABLED");
    cfg.put("server.http.enabled", "false");
    cfg.put("server.https.enabled", "false");
    cfg.put("dbms.security.auth_enabled", "true");
    cfg.put("dbms.usage_report.enabled", "false");
    cfg.put("dbms.security.allow_csv_import_from_file_urls", "false");
    cfg.put("server.memory.pagecache.size", opts.getOrDefault("pagecache", "512m"));
    cfg.put("db.tx_log.rotation.retention_policy", "2 files");
    cfg.put("db.transaction.timeout", opts.getOrDefault("tx-timeout", "0s"));
    // One transaction may not take the heap: a query that needs more fails alone (loads need a few MB).
    cfg.put("db.memory.transaction.max", opts.getOrDefault("tx-memory", "256m"));

    Path conf = dir.resolve("neo4j.conf");
    StringBuilder text = new StringBuilder("# Written by the kg launcher at every start; edit the launcher, not this file.\n");
    cfg.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    writeAtomically(conf, text.toString());

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dir.resolve("home")).loadPropertiesFromFile(conf).build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        Files.deleteIfExists(dir.resolve("state.json"));
      } catch (IOException ignored) {
        // the state file is advisory: clients also check the pid and the port
      }
      dbms.shutdown();
    }, "kg-neo4j-shutdown"));

    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER " + USER + " SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      // a restart: the password was set by an earlier start
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }

    long pid = ProcessHandle.current().pid();
    String uri = "bolt://127.0.0.1:" + port;
    writeAtomically(dir.resolve("state.json"),
        "{\"pid\":" + pid + ",\"port\":" + port + ",\"uri\":\"" + uri + "\",\"user\":\"" + USER + "\"}\n");
    System.out.println("KG_NEO4J_READY " + uri + " pid=" + pid);
    System.out.flush();

    // Stay up while any lease holder is alive; a lease named "persistent" keeps it up until `kg db stop`.
    int idleChecks = 0;
    while (true) {
      Thread.sleep(1000);
      if (anyLiveLease(leases)) {
        idleChecks = 0;
      } else if (++idleChecks >= 2) {
        System.out.println("KG_NEO4J_STOPPING no live client");
        System.exit(0);
      }
    }
  }

  private static boolean anyLiveLease(Path leases) throws IOException {
    boolean live = false;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(leases)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.equals("persistent")) {
          live = true;
          continue;
        }
        long pid;
        try {
          pid = Long.parseLong(name);
        } catch (NumberFormatException e) {
          continue;
        }
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (alive) {
          live = true;
        } else {
          Files.deleteIfExists(f);
        }
      }
    }
    return live;
  }

  private static String readOrCreatePassword(Path file) throws IOException {
    if (Files.exists(file)) {
      String pw = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (pw.length() >= 8) {
        return pw;
      }
    }
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String pw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    writeAtomically(file, pw + "\n");
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException ignored) {
      // not a POSIX file system: the folder's own permissions apply
    }
    return pw;
  }

  private static void writeAtomically(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static Map<String, String> parseArgs(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      out.put(args[i].substring(2), args[i + 1]);
    }
    return out;
  }

  private static String require(Map<String, String> opts, String name) {
    String v = opts.get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return v;
  }

  private Launcher() {}
}
