package org.seisaku.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seisaku.config.SourceSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The input options shared by {@code build} and {@code check}. */
final class SourceOptions {
  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Content folder (site.yml, ministries.yml, programs.yml, budget/, documents/). Default: ${DEFAULT-VALUE}")
  Path content;

  @Option(names = "--source", paramLabel = "TYPE:PATH", converter = SpecConverter.class,
      description = "Another source, e.g. judgit:../shared/corpus/judgit (repeatable)")
  List<SourceSpec> sources = new ArrayList<>();

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr")
  boolean quiet;

  static final class SpecConverter implements ITypeConverter<SourceSpec> {
    @Override
    public SourceSpec convert(String value) {
      return SourceSpec.parse(value).orElseThrow(() -> new TypeConversionException(
          "'" + value + "' is not TYPE:PATH with TYPE one of " + String.join(", ", new java.util.TreeSet<>(SourceSpec.TYPES))));
    }
  }
}
