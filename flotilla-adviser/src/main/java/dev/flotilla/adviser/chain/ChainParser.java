package dev.flotilla.adviser.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a log excerpt into exception chains. Tolerates log prefixes (timestamps, levels, thread
 * and logger names, "container | " prefixes, quote marks), truncated traces ("... 12 more"), frames
 * folded onto one line and several traces in one excerpt. Never throws on text.
 */
public final class ChainParser {
  private static final Pattern FQ_HEADER =
      Pattern.compile(
          "((?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error|Throwable|Failure))"
              + "(?:\\s*:\\s*|\\{|\\s*$|\\s+(?=[A-Z])|\\s+(?=at\\s))(.*)");
  private static final Pattern SHORT_HEADER =
      Pattern.compile("\\b([A-Z][\\w$]*(?:Exception|Error))\\s*:\\s*(.*)");
  private static final Pattern FRAME =
      Pattern.compile(
          "\\bat\\s+((?:[\\w$]+[./])*[\\w$<>]+)\\.([\\w$<>]+)\\(([^)]*)\\)(?:\\s*~?\\[([^\\]:\\s]+))?");
  private static final Pattern PREFIXES =
      Pattern.compile(
          "^(?:\\s*>\\s?|\\s*[\\w.-]+\\s+\\|\\s+|\\s*\\d{4}-\\d{2}-\\d{2}[ T][\\d:.,]+\\S*\\s*"
              + "|\\s*(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\\s+)+");
  private static final Pattern CAUSED_BY = Pattern.compile("(?i)\\bCaused by\\s*:\\s*\\[?");
  private static final Pattern SUPPRESSED = Pattern.compile("(?i)^\\s*Suppressed\\s*:\\s*");

  /** Parses all chains in the text, in order of appearance. */
  public List<ExceptionChain> parse(String text) {
    List<ExceptionChain> chains = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return chains;
    }
    Builder current = null;
    for (String raw : text.split("\\R")) {
      String line = PREFIXES.matcher(raw).replaceFirst("");
      if (line.isBlank() || line.trim().matches("\\.\\.\\.\\s*\\d+\\s+more")) {
        continue;
      }
      Matcher frame = FRAME.matcher(line);
      boolean framesOnly = line.trim().startsWith("at ");
      if (framesOnly) {
        if (current != null) {
          while (frame.find()) {
            current.frame(frameOf(frame));
          }
        }
        continue;
      }
      Matcher cause = CAUSED_BY.matcher(line);
      boolean isCause = cause.find();
      String body = isCause ? line.substring(cause.end()) : line;
      boolean isSuppressed = SUPPRESSED.matcher(body).find();
      body = SUPPRESSED.matcher(body).replaceFirst("");
      Header header = header(body);
      if (header == null) {
        if (current != null) {
          current.continueMessage(line.trim());
        }
        continue;
      }
      ExceptionLinkDraft draft =
          new ExceptionLinkDraft(header.className, header.message, raw.trim());
      if (isSuppressed && current != null) {
        current.suppressed(draft);
      } else if (isCause && current != null) {
        current.cause(draft);
      } else {
        if (current != null) {
          chains.add(current.build());
        }
        current = new Builder(draft);
      }
      frame = FRAME.matcher(body);
      while (frame.find()) {
        current.frame(frameOf(frame));
      }
    }
    if (current != null) {
      chains.add(current.build());
    }
    return chains;
  }

  private record Header(String className, String message) {}

  private static Header header(String body) {
    Matcher fq = FQ_HEADER.matcher(body);
    if (fq.find()) {
      return new Header(fq.group(1), cutFrames(fq.group(2)));
    }
    Matcher sh = SHORT_HEADER.matcher(body);
    if (sh.find()) {
      return new Header(sh.group(1), cutFrames(sh.group(2)));
    }
    return null;
  }

  private static String cutFrames(String message) {
    Matcher inline = FRAME.matcher(message);
    return (inline.find() ? message.substring(0, inline.start()) : message).trim();
  }

  /** Mutable draft of a link while its frames are read. */
  private static final class ExceptionLinkDraft {
    final String className;
    final StringBuilder message;
    final String header;
    final List<StackFrame> frames = new ArrayList<>();
    final List<ExceptionLink> suppressed = new ArrayList<>();

    ExceptionLinkDraft(String className, String message, String header) {
      this.className = className;
      this.message = new StringBuilder(message);
      this.header = header;
    }

    ExceptionLink build() {
      return new ExceptionLink(className, message.toString().trim(), frames, suppressed, header);
    }
  }

  /** Collects the links of one chain. */
  private static final class Builder {
    private final List<ExceptionLinkDraft> links = new ArrayList<>();
    private ExceptionLinkDraft suppressedDraft;

    Builder(ExceptionLinkDraft first) {
      links.add(first);
    }

    void cause(ExceptionLinkDraft d) {
      closeSuppressed();
      links.add(d);
    }

    void suppressed(ExceptionLinkDraft d) {
      closeSuppressed();
      suppressedDraft = d;
    }

    void frame(StackFrame f) {
      (suppressedDraft != null ? suppressedDraft : last()).frames.add(f);
    }

    void continueMessage(String line) {
      ExceptionLinkDraft d = suppressedDraft != null ? suppressedDraft : last();
      if (d.frames.isEmpty() && d.message.length() < 600) {
        d.message.append(' ').append(line);
      }
    }

    private ExceptionLinkDraft last() {
      return links.get(links.size() - 1);
    }

    private void closeSuppressed() {
      if (suppressedDraft != null) {
        last().suppressed.add(suppressedDraft.build());
        suppressedDraft = null;
      }
    }

    ExceptionChain build() {
      closeSuppressed();
      return new ExceptionChain(links.stream().map(ExceptionLinkDraft::build).toList());
    }
  }

  private static StackFrame frameOf(Matcher m) {
    return new StackFrame(m.group(1), m.group(2), m.group(3), m.group(4) == null ? "" : m.group(4));
  }
}
