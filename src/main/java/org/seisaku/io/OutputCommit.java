package org.seisaku.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces several output folders (the site and the index of one build) together, so that after any failure or
 * {@code kill -9} they are both the previous build or both the new one.
 *
 * <h2>Protocol</h2>
 *
 * For each target {@code T} (e.g. {@code site/}, {@code .seisaku/index/}), beside it in its parent folder:
 * <pre>
 *   .T.staging-PID-RAND/     the new output, written by this process; its {@code .seisaku-output} marker is
 *                            written first (build "staging") and made final by {@link #commit}
 *   .T.previous-PID-RAND/    the old output, between the swap and its deletion
 *   .T.seisaku-commit        the commit journal (JSON): pid, build id, and for every target of the commit its
 *                            path, staging, previous and journal
 * </pre>
 * <ol>
 *   <li>{@link #begin}: creates the staging folders (unique names: PID and 64 random bits), each with its marker.
 *   <li>The build writes into {@link #staging}. A failure or an abort ({@link #close} without commit) deletes only
 *       these staging folders; the targets are untouched.
 *   <li>{@link #commit}: writes the final markers, then the journal beside every target (each written to a
 *       temporary name and renamed). <em>The commit is decided when the last journal exists.</em> Then, target by
 *       target, {@code T → .T.previous-…} and {@code .T.staging-… → T} (renames in one file system); then the
 *       previous folders are deleted; then the journals.
 * </ol>
 *
 * <h2>Delta targets</h2>
 *
 * An incremental build changes a few files of a large site. Its target is a {@code delta} {@link Target}: the
 * staging folder holds only the new and changed files (and its marker), {@link #delete} names the files that go,
 * and at the decision their list is written into the staging folder ({@value #DELETIONS}). Rolling forward moves
 * each staged file over the target's (an atomic rename each), deletes the listed files and the folders they leave
 * empty, moves the marker last and deletes the staging folder; every step can be made again, so recovery rolls a
 * decided delta forward as it does a swap. A reader of the target may see some files new and some old for the
 * moments the renames take; the other targets of the commit (the index) are still swapped whole.
 *
 * <h2>Recovery</h2>
 *
 * {@link #recover} runs before every command that opens a target ({@code build}, {@code search}, {@code serve}).
 * For a journal beside the target whose process is no longer alive:
 * <ul>
 *   <li>every journal it lists exists: the commit was decided and is rolled <em>forward</em> (the renames not yet
 *       made are made, previous folders and journals deleted);
 *   <li>some journal is missing: either no rename was made yet or all were and cleanup had begun; in both cases
 *       rolling <em>back</em> is right: the staging folders it lists (if any are left) and its journals are
 *       deleted, the targets stay as they are.
 * </ul>
 * Then staging folders of dead processes ({@code .T.staging-PID-…} whose PID is not alive, or is this process's
 * but not one of its open commits) are deleted if they carry a marker of the target's kind. Nothing
 * else is ever deleted: not a folder without a marker, not another process's staging, not a {@code .T.previous}
 * that no journal of ours names, not 0.1's fixed {@code .site.staging}/{@code .site.previous}.
 *
 * <h2>Refusal</h2>
 *
 * {@link #refusal}: a target may be replaced only if it does not exist, is an empty folder, carries a marker of its
 * own kind ({@link OutputMarker}), or is recognised by {@link Target#legacy} (0.1's exact layout, which had no
 * marker).
 */
public final class OutputCommit implements AutoCloseable {
  /**
   * One folder that a build replaces; {@code legacy} recognises an earlier output that has no marker. A
   * {@code delta} target is updated rather than replaced: its staging folder holds only the files that change, and
   * {@link #delete} names the files that go (see "Delta targets" above).
   */
  public record Target(OutputMarker.Kind kind, Path path, Predicate<Path> legacy, boolean delta) {
    public Target {
      path = path.toAbsolutePath().normalize();
      if (path.getParent() == null) throw new IllegalArgumentException("an output folder cannot be the file system root");
    }

    /** A target replaced as a whole. */
    public Target(OutputMarker.Kind kind, Path path, Predicate<Path> legacy) {
      this(kind, path, legacy, false);
    }
  }

  /** Another live seisaku process is committing into a target. */
  public static final class BusyException extends IOException {
    public BusyException(String message) {
      super(message);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String JOURNAL = ".seisaku-commit";
  /** Milliseconds to wait before each rename of a commit: lets the kill test land inside a commit. Testing only. */
  private static final long PAUSE_MS = Long.getLong("seisaku.test.commitPauseMillis", 0L);

  /** The list of a delta staging folder: the target's files to delete, one relative path a line. */
  static final String DELETIONS = ".seisaku-delete";

  /** Where one target's new and old outputs stay during a commit. */
  private record Slot(OutputMarker.Kind kind, Path target, Path staging, Path previous, Path journal, boolean delta) {}

  /** Staging folders of the commits open in this process, which {@link #recover} must leave alone. */
  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

  private final List<Slot> slots;
  /** Per delta target: the relative paths of its files to delete at the commit. */
  private final java.util.Map<OutputMarker.Kind, java.util.SortedSet<String>> deletions = new java.util.EnumMap<>(OutputMarker.Kind.class);
  private boolean decided;
  private boolean closed;

  private OutputCommit(List<Slot> slots) {
    this.slots = slots;
  }

  /**
   * Checks that {@code t} may be replaced.
   *
   * @return null if it may, else the reason it may not, as one line
   */
  public static String refusal(Target t) {
    Path p = t.path();
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return null;
    if (!Files.isDirectory(p)) return p + " exists and is not a folder";
    Optional<OutputMarker> m = OutputMarker.read(p);
    if (m.isPresent()) {
      if (m.get().kind() == t.kind()) return null;
      return p + " is a seisaku " + m.get().kind().label() + ", not a " + t.kind().label() + ": refusing to replace it";
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
      if (!ds.iterator().hasNext()) return null;
    } catch (IOException e) {
      return p + " cannot be read: " + e.getMessage();
    }
    if (t.legacy().test(p)) return null;
    return p + " is not empty and has no " + OutputMarker.FILE + " marker (seisaku writes one into every " + t.kind().label()
        + " it builds): refusing to replace it; choose another folder or empty this one";
  }

  /**
   * Creates a staging folder beside each target, with its marker.
   *
   * @throws BusyException if another live process is committing into one of them
   */
  public static OutputCommit begin(List<Target> targets) throws IOException {
    String token = ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(randomBytes());
    List<Slot> slots = new ArrayList<>();
    for (Target t : targets) {
      Path parent = t.path().getParent();
      String name = t.path().getFileName().toString();
      slots.add(new Slot(t.kind(), t.path(), parent.resolve("." + name + ".staging-" + token),
          parent.resolve("." + name + ".previous-" + token), journalOf(t.path()), t.delta()));
    }
    OutputCommit c = new OutputCommit(List.copyOf(slots));
    try {
      for (Slot s : slots) {
        busy(s.journal());
        Files.createDirectories(s.staging().getParent());
        Files.createDirectory(s.staging());
        OPEN.add(s.staging());
        new OutputMarker(s.kind(), OutputMarker.FORMAT, OutputMarker.STAGING).writeInto(s.staging());
      }
    } catch (IOException | RuntimeException | Error e) {
      c.abort(e);
      throw e;
    }
    return c;
  }

  /** The staging folder of the target of this kind. */
  public Path staging(OutputMarker.Kind kind) {
    for (Slot s : slots) if (s.kind() == kind) return s.staging();
    throw new IllegalArgumentException("no target of kind " + kind);
  }

  /**
   * Names a file of a delta target to delete when the commit is made: {@code documents/x/index.html}.
   *
   * @throws IllegalArgumentException if the target is not a delta target or the path is not a plain relative path
   */
  public void delete(OutputMarker.Kind kind, String relative) {
    Slot slot = null;
    for (Slot s : slots) if (s.kind() == kind) slot = s;
    if (slot == null || !slot.delta()) throw new IllegalArgumentException("not a delta target: " + kind);
    if (!plainRelative(relative)) throw new IllegalArgumentException("not a plain relative path: " + relative);
    deletions.computeIfAbsent(kind, k -> new java.util.TreeSet<>()).add(relative);
  }

  /** {@code a/b.html}: '/'-separated, no empty, "." or ".." part, no backslash, not a marker or journal of ours. */
  private static boolean plainRelative(String rel) {
    if (rel.isEmpty() || rel.startsWith("/") || rel.contains("\\") || rel.contains("\0")) return false;
    for (String part : rel.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) return false;
    }
    return !rel.equals(OutputMarker.FILE) && !rel.equals(DELETIONS);
  }

  /**
   * Makes the staged folders the targets, all together (see the protocol above). After it returns, the targets
   * are the new outputs.
   *
   * @param build the build id written into every marker
   * @throws IOException if a step fails: before the decision the targets are untouched and the staging deleted;
   *     after it, the commit is finished by the next {@link #recover} if it could not be finished here
   */
  public void commit(String build) throws IOException {
    decide(build);
    try {
      rollForward(slots);
    } finally {
      closed = true;
      for (Slot s : slots) OPEN.remove(s.staging());
    }
  }

  /**
   * The first half of {@link #commit}: final markers, then the journals. Once it returns the commit is decided: a
   * process that dies here has its commit finished by the next {@link #recover}.
   */
  void decide(String build) throws IOException {
    if (closed) throw new IllegalStateException("commit after close");
    try {
      for (Slot s : slots) {
        if (s.delta()) {
          Files.write(s.staging().resolve(DELETIONS), deletions.getOrDefault(s.kind(), new java.util.TreeSet<>()),
              StandardCharsets.UTF_8);
        }
        new OutputMarker(s.kind(), OutputMarker.FORMAT, build).writeInto(s.staging());
      }
      byte[] journal = journal(build);
      for (Slot s : slots) {
        busy(s.journal());
        Path tmp = s.journal().resolveSibling(s.journal().getFileName() + ".tmp-" + s.staging().getFileName());
        Files.write(tmp, journal);
        pause();
        Files.move(tmp, s.journal(), StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException | RuntimeException | Error e) {
      abort(e);
      throw e;
    }
    decided = true;
  }

  /** Deletes the staging folders unless the commit was made (or decided). Never touches the targets. */
  @Override
  public void close() throws IOException {
    if (closed || decided) return;
    closed = true;
    IOException failure = null;
    for (Slot s : slots) {
      try {
        deleteTree(s.staging());
        OPEN.remove(s.staging());
        Files.deleteIfExists(s.journal().resolveSibling(s.journal().getFileName() + ".tmp-" + s.staging().getFileName()));
      } catch (IOException e) {
        if (failure == null) failure = e;
      }
    }
    if (failure != null) throw failure;
  }

  /** Cleans up after a failure in {@link #begin} or before the decision, keeping {@code cause} the one reported. */
  private void abort(Throwable cause) {
    for (Slot s : slots) {
      try {
        List<Slot> listed = Files.isRegularFile(s.journal()) ? readJournal(s.journal()) : null;
        if (listed != null && listed.stream().anyMatch(l -> l.staging().equals(s.staging()))) Files.delete(s.journal());
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
    }
    try {
      close();
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }

  /**
   * Finishes or undoes a commit into {@code target} that a dead process left, then deletes staging folders of dead
   * processes beside it (see the class comment). Returns quietly when there is nothing to do.
   *
   * @throws BusyException if a live process is committing into it (the caller decides whether that matters)
   */
  public static void recover(Path target, OutputMarker.Kind kind) throws IOException {
    Path t = target.toAbsolutePath().normalize();
    Path parent = t.getParent();
    if (parent == null || !Files.isDirectory(parent)) return;
    Path journal = journalOf(t);
    if (Files.isRegularFile(journal)) {
      busy(journal);
      List<Slot> slots = readJournal(journal);
      if (slots == null) {
        Files.deleteIfExists(journal); // unreadable: written by no version of this protocol (ours are renamed in whole)
      } else {
        boolean decided = slots.stream().allMatch(s -> Files.isRegularFile(s.journal()));
        if (decided) {
          rollForward(slots);
        } else {
          for (Slot s : slots) deleteTree(s.staging());
          for (Slot s : slots) Files.deleteIfExists(s.journal());
        }
      }
    }
    String name = t.getFileName().toString();
    Pattern staging = Pattern.compile(Pattern.quote("." + name + ".staging-") + "(\\d+)-[0-9a-f]+");
    Pattern tmpJournal = Pattern.compile(Pattern.quote("." + name + JOURNAL + ".tmp-." + name + ".staging-") + "(\\d+)-[0-9a-f]+");
    try (Stream<Path> siblings = Files.list(parent)) {
      for (Path p : (Iterable<Path>) siblings::iterator) {
        String n = p.getFileName().toString();
        Matcher m = staging.matcher(n);
        if (m.matches() && deadOwner(m.group(1), p) && isMarkedFolder(p, kind)) {
          deleteTree(p);
        } else if ((m = tmpJournal.matcher(n)).matches() && deadOwner(m.group(1), null)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Makes every rename not yet made, then deletes the previous folders, then the journals. */
  private static void rollForward(List<Slot> slots) throws IOException {
    for (Slot s : slots) {
      if (s.delta()) {
        applyDelta(s);
      } else if (Files.isDirectory(s.staging(), LinkOption.NOFOLLOW_LINKS)) {
        if (Files.exists(s.target(), LinkOption.NOFOLLOW_LINKS)) {
          if (Files.exists(s.previous(), LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot finish the commit into " + s.target() + ": both " + s.target().getFileName()
                + " and " + s.previous().getFileName() + " exist; move one of them away");
          }
          pause();
          Files.move(s.target(), s.previous(), StandardCopyOption.ATOMIC_MOVE);
        }
        pause();
        Files.move(s.staging(), s.target(), StandardCopyOption.ATOMIC_MOVE);
      } else if (!Files.exists(s.target(), LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(s.previous())) {
        // cannot happen in this protocol (a staging folder leaves only by becoming the target); keep what there was
        Files.move(s.previous(), s.target(), StandardCopyOption.ATOMIC_MOVE);
      }
    }
    for (Slot s : slots) {
      pause();
      deleteTree(s.previous());
    }
    for (Slot s : slots) Files.deleteIfExists(s.journal());
  }

  /**
   * Moves a delta staging folder's files over the target's (each rename atomic), deletes the files its list names
   * (and the folders they leave empty), moves the marker last and deletes the staging folder. Every step can be
   * made again: a file already moved is no longer in the staging folder, a file already deleted is gone.
   */
  private static void applyDelta(Slot s) throws IOException {
    Path staging = s.staging();
    if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) return;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(staging)) {
      files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    }
    Path deletions = staging.resolve(DELETIONS);
    Path marker = staging.resolve(OutputMarker.FILE);
    for (Path f : files) {
      if (f.equals(deletions) || f.equals(marker)) continue;
      Path to = s.target().resolve(staging.relativize(f).toString());
      Files.createDirectories(to.getParent());
      Files.move(f, to, StandardCopyOption.ATOMIC_MOVE);
    }
    if (Files.isRegularFile(deletions, LinkOption.NOFOLLOW_LINKS)) {
      for (String rel : Files.readAllLines(deletions, StandardCharsets.UTF_8)) {
        if (!plainRelative(rel)) continue; // written by delete(), which admits nothing else
        Path p = s.target().resolve(rel).normalize();
        if (!p.startsWith(s.target())) continue;
        Files.deleteIfExists(p);
        for (Path d = p.getParent(); d != null && !d.equals(s.target()) && d.startsWith(s.target()); d = d.getParent()) {
          if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) break;
          try (DirectoryStream<Path> ds = Files.newDirectoryStream(d)) {
            if (ds.iterator().hasNext()) break;
          }
          Files.delete(d);
        }
      }
    }
    if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
      pause();
      Files.move(marker, s.target().resolve(OutputMarker.FILE), StandardCopyOption.ATOMIC_MOVE);
    }
    deleteTree(staging);
  }

  private byte[] journal(String build) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", 1);
    root.put("pid", ProcessHandle.current().pid());
    root.put("build", build);
    ArrayNode targets = root.putArray("targets");
    for (Slot s : slots) {
      targets.addObject().put("kind", s.kind().label()).put("target", s.target().toString())
          .put("staging", s.staging().toString()).put("previous", s.previous().toString())
          .put("journal", s.journal().toString()).put("delta", s.delta());
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
  }

  /** The slots a journal lists, or null if it is not a journal of this protocol. */
  private static List<Slot> readJournal(Path journal) {
    try {
      JsonNode root = JSON.readTree(journal.toFile());
      if (root == null || root.path("format").asInt() != 1) return null;
      List<Slot> slots = new ArrayList<>();
      for (JsonNode n : root.path("targets")) {
        OutputMarker.Kind kind = OutputMarker.Kind.valueOf(n.path("kind").asText().toUpperCase(java.util.Locale.ROOT));
        Path target = Path.of(n.path("target").asText());
        Path staging = Path.of(n.path("staging").asText());
        Path previous = Path.of(n.path("previous").asText());
        Path j = Path.of(n.path("journal").asText());
        // only names this protocol makes, beside the target: a journal cannot send us elsewhere
        String name = target.getFileName().toString();
        Path parent = target.getParent();
        if (parent == null || !staging.getParent().equals(parent) || !previous.getParent().equals(parent)
            || !j.equals(journalOf(target)) || !staging.getFileName().toString().startsWith("." + name + ".staging-")
            || !previous.getFileName().toString().startsWith("." + name + ".previous-")) {
          return null;
        }
        slots.add(new Slot(kind, target, staging, previous, j, n.path("delta").asBoolean(false)));
      }
      return slots.isEmpty() ? null : slots;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Throws if the journal's process is alive and is not this one. */
  private static void busy(Path journal) throws IOException {
    if (!Files.isRegularFile(journal)) return;
    long pid;
    try {
      pid = JSON.readTree(journal.toFile()).path("pid").asLong(-1);
    } catch (IOException | RuntimeException e) {
      return;
    }
    if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      throw new BusyException("another seisaku process (pid " + pid + ") is replacing "
          + journal.getParent().resolve(journal.getFileName().toString().replaceFirst("^\\.(.*)\\.seisaku-commit$", "$1"))
          + "; try again when it has finished");
    }
  }

  /**
   * Whether the process named in a staging folder's name is gone: not alive, or this process when the folder is
   * not one of its open commits (a process of an earlier boot or container may have had the same PID).
   */
  private static boolean deadOwner(String pid, Path staging) {
    long p;
    try {
      p = Long.parseLong(pid);
    } catch (NumberFormatException e) {
      return false;
    }
    if (p == ProcessHandle.current().pid()) return staging != null && !OPEN.contains(staging);
    return !ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false);
  }

  private static boolean isMarkedFolder(Path p, OutputMarker.Kind kind) {
    return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && OutputMarker.marks(p, kind);
  }

  private static Path journalOf(Path target) {
    return target.resolveSibling("." + target.getFileName() + JOURNAL);
  }

  private static byte[] randomBytes() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return b;
  }

  private static void pause() {
    if (PAUSE_MS <= 0) return;
    try {
      Thread.sleep(PAUSE_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Deletes a folder and everything in it, without following links; nothing if it does not exist. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
        if (exc != null) throw exc;
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Number of regular files below {@code dir}, for reporting. */
  public static long countFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).count();
    }
  }
}
