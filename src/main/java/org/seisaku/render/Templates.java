package org.seisaku.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates and assets of a site, set up once and shared by every render (and every thread): one Freemarker
 * {@link Configuration}, HTML auto-escaping, UTF-8, no {@code ?api}, errors rethrown; the shared variable {@code num}
 * gives every template {@link Yen}'s formatting ({@code ${num.count(3305)}} → 3,305).
 *
 * <p>Templates come from {@code site-templates/} of the classpath, overridden file by file by a templates folder
 * ({@code build --templates DIR}); {@code assets/} likewise:
 *
 * <pre>
 *   new Templates(null)                 → the built-in program.ftlh, layout.ftlh … and assets/site.css …
 *   new Templates(Path.of("my-theme"))  → my-theme/index.ftlh if present, else the built-in one; my-theme/assets/* added
 *   templates.closure("program.ftlh")   → [layout.ftlh, parts.ftlh, program.ftlh] (what a page made with it reads)
 * </pre>
 *
 * <p>Thread-safe. What it has read (closures, assets) it keeps: make a new one when the templates folder changes.
 */
public final class Templates {
  /** {@code <#import "x.ftlh" as y>} and {@code <#include "x.ftlh">}: the templates a template reads. */
  private static final Pattern USES = Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");

  private final Configuration cfg;
  private final Path folder;
  private final Map<String, SortedSet<String>> closures = new ConcurrentHashMap<>();
  private volatile SortedMap<String, byte[]> assets;

  /** @param folderOrNull a folder of templates overriding the built-in ones, or null for the built-in ones only */
  public Templates(Path folderOrNull) {
    this.folder = folderOrNull;
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    try {
      TemplateLoader builtIn = new ClassTemplateLoader(Templates.class.getClassLoader(), "site-templates");
      cfg.setTemplateLoader(folderOrNull == null ? builtIn
          : new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(folderOrNull.toFile()), builtIn}));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read templates folder " + folderOrNull, e);
    }
    DefaultObjectWrapper wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    cfg.setObjectWrapper(wrapper);
    try {
      // number formatting in one place: ${num.count(n)}, ${num.exact(yen)} … are Yen's static methods
      cfg.setSharedVariable("num", wrapper.getStaticModels().get(Yen.class.getName()));
    } catch (TemplateModelException e) {
      throw new IllegalStateException(e);
    }
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.JAPAN);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
  }

  /** Whether a template of this name exists (in the folder or built in). */
  public boolean exists(String name) {
    try {
      cfg.getTemplate(name);
      return true;
    } catch (TemplateNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Processes a template with a data model.
   *
   * @param forPath the output path, named in the message when the template fails
   * @throws IllegalStateException naming the template and the path when the template fails
   */
  public String render(String name, Map<String, Object> data, String forPath) {
    StringWriter w = new StringWriter(8192);
    try {
      cfg.getTemplate(name).process(data, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("template " + name + " failed for " + forPath + ": " + e.getMessage(), e);
    }
    return w.toString();
  }

  /**
   * The template and every template it imports or includes, transitively, sorted: what a page made with it reads.
   * A name that does not resolve is listed all the same (its absence is what the page read).
   */
  public SortedSet<String> closure(String name) {
    return closures.computeIfAbsent(name, n -> {
      SortedSet<String> seen = new TreeSet<>();
      Deque<String> todo = new ArrayDeque<>(java.util.List.of(n));
      while (!todo.isEmpty()) {
        String t = todo.pop();
        if (!seen.add(t)) continue;
        Matcher m = USES.matcher(source(t));
        while (m.find()) todo.push(m.group(1));
      }
      return Collections.unmodifiableSortedSet(seen);
    });
  }

  /** The text of a template as the loader finds it, or "" when there is none. */
  String source(String name) {
    try {
      TemplateLoader loader = cfg.getTemplateLoader();
      Object source = loader.findTemplateSource(name);
      if (source == null) return "";
      try (Reader r = loader.getReader(source, "UTF-8")) {
        StringWriter w = new StringWriter();
        r.transferTo(w);
        return w.toString();
      } finally {
        loader.closeTemplateSource(source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + name, e);
    }
  }

  /** The assets, relative path ('/'-separated) → bytes: the built-in ones, overridden by the folder's {@code assets/}. */
  public SortedMap<String, byte[]> assets() {
    SortedMap<String, byte[]> a = assets;
    if (a == null) {
      try {
        a = new TreeMap<>(Assets.builtIn());
        if (folder != null) a.putAll(Assets.fromFolder(folder.resolve("assets")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assets = a = Collections.unmodifiableSortedMap(a);
    }
    return a;
  }
}
