package dev.flotilla.cli.support;

import dev.flotilla.cli.operator.OperatorContext;
import java.lang.reflect.Constructor;
import java.util.IdentityHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Creates commands for picocli. Commands whose constructor takes an {@link OperatorContext} get one
 * built from flotilla.yaml; the {@code --config} option is added to them as a mixin.
 */
public final class CommandFactory implements CommandLine.IFactory {
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();
  private final Map<Object, ConfigFile> configFiles = new IdentityHashMap<>();

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    for (Constructor<?> c : cls.getConstructors()) {
      if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == OperatorContext.class) {
        ConfigOperatorContext context = new ConfigOperatorContext(new ConfigFile());
        K command = cls.cast(c.newInstance(context));
        configFiles.put(command, context.configFile());
        return command;
      }
    }
    return fallback.create(cls);
  }

  /** Adds {@code --config} and {@code --help} to every command this factory gave a context. */
  public void decorate(CommandLine root) {
    for (CommandLine sub : root.getSubcommands().values()) {
      ConfigFile file = configFiles.remove(sub.getCommand());
      if (file != null) {
        sub.addMixin("configFile", file);
        sub.getCommandSpec().mixinStandardHelpOptions(true);
      }
    }
  }
}
