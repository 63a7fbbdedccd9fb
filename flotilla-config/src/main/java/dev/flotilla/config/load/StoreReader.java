package dev.flotilla.config.load;

import dev.flotilla.config.StoreSettings;
import dev.flotilla.config.option.StoreOptions;
import java.nio.file.Path;

/** Reads the {@code store} section. */
final class StoreReader {
  private static final String SQLITE = "jdbc:sqlite:";

  private StoreReader() {}

  static StoreSettings read(Section s, Path baseDir) {
    String url = resolveSqlite(s.get(StoreOptions.URL), baseDir);
    return new StoreSettings(
        url,
        s.find(StoreOptions.USER),
        s.find(StoreOptions.PASSWORD),
        s.get(StoreOptions.POOL_SIZE));
  }

  /** {@code jdbc:sqlite:./x.db} → {@code jdbc:sqlite:/abs/dir/x.db}; other URLs unchanged. */
  static String resolveSqlite(String url, Path baseDir) {
    if (!url.startsWith(SQLITE)) {
      return url;
    }
    String file = url.substring(SQLITE.length());
    if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:")) {
      return url;
    }
    String query = "";
    int q = file.indexOf('?');
    if (q >= 0) {
      query = file.substring(q);
      file = file.substring(0, q);
    }
    Path path = Path.of(file);
    if (path.isAbsolute()) {
      return url;
    }
    return SQLITE + baseDir.resolve(path).toAbsolutePath().normalize() + query;
  }
}
